import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// F3 and the team view, driven by keys on a real database file.
@MainActor @Suite struct FollowUpQueueTests {
    @Test func aCaseworkerSeesTheirQueueWithExplanationsAndCompletesAnItem() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker)
        d.press(.function(3))
        #expect(d.screen.contains("My follow-ups"))
        // Zoë's 1-month checkpoint (job started 31 Oct 2025) was due Sun 30 Nov 2025: overdue, marked.
        let row = try #require(d.lines.first { $0.contains("R-08") && $0.contains("Côté, Zoë") })
        #expect(row.contains("! 2025-11-30") && row.contains("overdue"))
        for _ in 0..<50 where !(d.lines.first { $0.hasPrefix("> ") }?.contains("R-08") ?? false) { d.press(.down) }
        #expect(d.screen.contains("R-08"))
        d.press(.char("c"))
        #expect(d.screen.contains("Complete"))
        d.press(.enter)                                   // empty note: refused on the field
        #expect(d.screen.contains("Say what was done"))
        d.type("Called Zoë: still at Maple Foods, 24 h")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("Completed: "))
        #expect(!d.screen.contains("2025-11-30"))
        let audit = try f.db.recentAudit(limit: 5, by: f.admin)
        #expect(audit.contains { $0.recordType == "follow_up_action" && $0.staffID == f.caseworker.id })
    }

    @Test func snoozingMovesTheItemAndSaysWhy() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .followUps(caseworkerID: nil))
        for _ in 0..<50 where !(d.lines.first { $0.hasPrefix("> ") }?.contains("R-08") ?? false) { d.press(.down) }
        d.press(.char("z"))
        d.press(.tab); d.type("Client on holiday until the 20th")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("Snoozed to Thu 22 Jan 2026"))
        let items = try f.db.followUpQueue(asOf: AppFixture.today, now: AppFixture.now, scope: FollowUpScope(caseworkerID: f.caseworker.id))
        let snoozed = try #require(items.first { $0.rule == .r08 && $0.explanation.contains("snoozed") })
        #expect(snoozed.explanation.contains("Client on holiday until the 20th"))
    }

    @Test func supervisorsSeeTheTeamAndDrillIntoOneCaseworker() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.supervisor, start: .followUps(caseworkerID: nil))
        #expect(d.screen.contains("Everyone's follow-ups"))
        d.press(.char("t"))
        let dana = try #require(d.lines.first { $0.contains("Dana Lee") })
        #expect(dana.contains("█"))
        for _ in 0..<50 where !(d.lines.first { $0.hasPrefix("> ") }?.contains("Dana Lee") ?? false) { d.press(.down) }
        d.press(.enter)
        #expect(d.screen.contains("Dana Lee's follow-ups"))
        #expect(d.route == .followUps(caseworkerID: f.caseworker.id))
    }

    @Test func frontDeskHasNoQueueAndCaseworkersNoTeamView() throws {
        let f = try AppFixture()
        let desk = f.driver(as: f.frontDesk)
        desk.press(.function(3))
        #expect(desk.statusLine.contains("Front desk has no follow-up queue."))
        let cw = f.driver(as: f.caseworker, start: .followUps(caseworkerID: nil))
        cw.press(.char("t"))
        #expect(cw.statusLine.contains("Only a supervisor sees the whole team's queue."))
    }
}
