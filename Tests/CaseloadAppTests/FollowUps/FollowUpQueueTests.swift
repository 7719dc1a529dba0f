import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// F3 driven by keys on a real database file (AppFixture: Thu 15 Jan 2026, Dana Lee's Zoë has a
/// job since 31 Oct 2025; `owReferral` gives Marie Roy an OW referral nobody has reached).
@MainActor @Suite struct FollowUpQueueTests {
    @Test func aCaseworkerSeesTheirQueueMarkedAndExplainedAndCompletesAnItem() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker)
        d.press(.function(3))
        #expect(d.lines[1].contains("My follow-ups") && d.lines[1].contains("1 overdue"))
        // Zoë's 1-month checkpoint was due Sun 30 Nov 2025: overdue, with the marker, not just colour.
        let row = try #require(d.lines.first { $0.contains("R-08") && $0.contains("Côté, Zoë") })
        #expect(row.contains("! 2025-11-30") && row.contains("overdue 31 bd"))
        #expect(d.select("R-08"))
        #expect(d.screen.contains("R-08 · Côté, Zoë · due Sun 30 Nov 2025 · overdue 31 business days"))
        #expect(d.screen.contains("1-month checkpoint"))
        #expect(d.lines.last?.contains("t Team") == false, "the team view is for supervisors (#16)")

        // Issue #19: an R-08 item is not completed with a note; `c` opens its checkpoint form on the Employment tab.
        let completionsBefore = try f.db.recentAudit(limit: 100, by: f.admin).filter { $0.recordType == "follow_up_action" }.count
        d.press(.char("c"))
        #expect(!d.screen.contains("Complete follow-up"))
        #expect(d.screen.contains("Record the 1-month checkpoint") && d.screen.contains("Evidence"), "\(d.screen)")
        #expect(d.tabLine.contains("[7 Jobs]"), "the Employment tab, by its 80-column title: \(d.tabLine)")
        let completionsAfter = try f.db.recentAudit(limit: 100, by: f.admin).filter { $0.recordType == "follow_up_action" }.count
        #expect(completionsAfter == completionsBefore, "nothing was completed")
    }

    @Test func snoozingMovesTheItemAndTheRowSaysSo() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .followUps(caseworkerID: nil))
        #expect(d.select("R-08"))
        d.press(.char("z"))
        d.press(.tab); d.type("Client on holiday until the 20th")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("Snoozed to Thu 22 Jan 2026"))
        let row = try #require(d.lines.first { $0.contains("R-08") })
        #expect(row.contains("2026-01-22") && row.contains("(snoozed)") && !row.hasPrefix("  !"))
        #expect(d.select("R-08"))
        #expect(d.screen.contains("Client on holiday until the 20th"))
    }

    @Test func enterOpensTheClientAtTheItemsTab() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .followUps(caseworkerID: nil))
        #expect(d.select("R-08"))
        d.press(.enter)
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .employment))
    }

    @Test func recordingTheMissingContactAttemptTakesTheItemAway() throws {
        let f = try AppFixture()
        let noel = try f.db.createClient(Client(firstName: "Noël", lastName: "Bélanger", phone: "519-555-0111", referralSource: .trf,
                                                referralReceivedOn: AppFixture.today.adding(days: -1), saCaseworkerName: "Pat Singh",
                                                caseworkerID: f.caseworker.id, status: .referred), by: f.caseworker, today: AppFixture.today)
        let d = f.driver(as: f.caseworker, start: .followUps(caseworkerID: nil))
        #expect(d.select("R-01"))
        d.press(.char("r"))
        #expect(d.screen.contains("Record contact attempt"))
        d.press(.tab, .enter); d.type("no ans"); d.press(.enter)   // the choice moves on to the note
        d.type("Rang twice, no voicemail box")
        d.press(.enter)
        #expect(d.statusLine == "Contact attempt recorded for Bélanger, Noël (Phone, No Answer).")
        #expect(!d.lines.contains { $0.contains("R-01") })
        #expect(try f.db.contactAttempts(clientID: noel.id!).map(\.result) == [.noAnswer])
        // R-08 cannot be recorded here: the key says why instead of doing nothing.
        #expect(d.select("R-08"))
        d.press(.char("r"))
        #expect(d.statusLine.contains("r records contacts for R-01, R-02, R-04 and R-11 items"))
    }

    /// Issue #16: the store refuses a colleague's queue to a caseworker, and the screen says so.
    @Test func aColleaguesQueueIsRefusedToACaseworker() throws {
        let f = try AppFixture()
        try f.owReferral()
        let d = f.driver(as: f.caseworker, start: .followUps(caseworkerID: f.otherCaseworker.id))
        #expect(!d.lines.contains { $0.contains("R-04") && $0.contains("Gagné, Hélène") })
        #expect(d.statusLine.contains("Could not compute the queue: Only a supervisor sees the whole team's queue."), "\(d.screen)")
        d.press(.char("w"))
        #expect(!d.screen.contains("Marie Roy ("))
    }

    @Test func theOwnerTellsTheSACaseworkerAndTheR04ItemLeaves() throws {
        let f = try AppFixture()
        try f.owReferral()
        let d = f.driver(as: f.otherCaseworker, start: .followUps(caseworkerID: nil))
        #expect(d.select("R-04"))
        d.press(.char("r"))
        #expect(d.screen.contains("Record word to the SA caseworker"))
        d.press(.tab); d.type("Told Lee Wong we could not reach Hélène")
        d.press(.enter)
        #expect(d.statusLine == "SA communication recorded for Gagné, Hélène.")
        #expect(!d.lines.contains { $0.contains("R-04") })
    }
}
