import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// Issue #19 through the app: a supervisor merges Zoë's duplicate file into hers from the profile
/// (`M`: pick, see what moves and both CaMS references, say why, `y`); the retired file shows where
/// it went, refuses changes with that, and Enter opens the kept file.
@MainActor @Suite struct ProfileMergeTests {
    /// Zoë registered a second time (confirmed as someone else at the time), with a note of its own.
    static func duplicate(in f: AppFixture) throws -> Client {
        let dup = try f.db.createClient(Client(firstName: "Zoe", lastName: "Cote", dateOfBirth: LocalDate(year: 1998, month: 7, day: 5),
                                               phone: "519-555-0142", referralSource: .selfReferred, caseworkerID: f.caseworker.id),
                                        by: f.caseworker, today: AppFixture.today, allowingDuplicate: true, duplicateReason: "Thought it was her cousin")
        _ = try f.db.addCaseNote(CaseNote(clientID: dup.id!, authorID: 0, interactionAt: AppFixture.now.addingTimeInterval(-86_400),
                                          communication: "Phone", type: "General", subject: "Called the second file",
                                          body: "Spoke with Zoe about the workshop."), by: f.caseworker)
        return dup
    }

    @Test func aSupervisorMergesTheDuplicateFromTheProfileAndTheOldFilePointsToTheKeptOne() throws {
        let f = try AppFixture()
        let dup = try Self.duplicate(in: f)
        let zoeNotes = try f.db.noteHeaders(clientID: f.zoe.id!, by: f.supervisor).count

        let caseworker = f.profile(f.zoe, as: f.caseworker)
        caseworker.press(.char("M"))
        #expect(caseworker.statusLine == "! \(Permission.mergeClients.refusal)")

        let d = f.profile(f.zoe, as: f.supervisor)
        d.press(.char("M"))
        #expect(d.screen.contains("Merge a duplicate into Côté, Zoë"), "\(d.screen)")
        #expect(d.screen.contains("Cote, Zoe"), "the likely duplicate is offered first")
        d.press(.enter)
        #expect(d.screen.contains("Retire: Cote, Zoe (#\(dup.id!)), CaMS none"), "\(d.screen)")
        #expect(d.screen.contains("Moves to the kept file: 1 note, 0 plans"))
        d.press(.enter)
        #expect(d.statusLine == "! Not merged: say why these two files are one person.")
        d.type("Same person: same birth date and phone")
        d.press(.enter)
        #expect(d.screen.contains("Merge these files?"))
        d.press(.char("y"))
        #expect(d.statusLine.hasPrefix("Merged Cote, Zoe (#\(dup.id!)) into this file: 1 note"), "\(d.statusLine)")
        #expect(try f.db.noteHeaders(clientID: f.zoe.id!, by: f.supervisor).count == zoeNotes + 1)

        let old = f.profile(dup, as: f.supervisor)
        let merged = try #require(try f.db.mergePointer(retiredClientID: dup.id!))
        let on = ProfileFormat(today: AppFixture.today, zone: AppFixture.zone).dateTime(merged.mergedAt)
        #expect(old.lines[3].hasPrefix(" Merged into Côté, Zoë (#\(f.zoe.id!)), Enter opens it · on \(on)"), "\(old.screen)")
        #expect(old.screen.contains("Merged      Merged into Côté, Zoë (#\(f.zoe.id!)) on \(on) by Sam Boss"), "the Summary says it in full")
        let refusal = "! Read-only: merged into Côté, Zoë (#\(f.zoe.id!)); Enter opens that file."
        for key in ["n", "e", "M", "b"] {
            old.press(.char(Character(key)))
            #expect(old.statusLine == refusal, "\(key): \(old.statusLine)")
        }
        old.press(.enter)
        #expect(old.route == .profile(clientID: f.zoe.id!, tab: .summary))
    }

    @Test func twoCamsReferencesAreRefusedInTheDialogWithTheReason() throws {
        let f = try AppFixture()
        let other = try f.db.createClient(Client(camsReference: "004417299", firstName: "Xiuying", lastName: "Wang",
                                                 referralSource: .selfReferred, caseworkerID: f.caseworker.id), by: f.caseworker, today: AppFixture.today)
        let d = f.profile(f.wang, as: f.supervisor, size: Size(width: 200, height: 60))
        d.press(.char("M"))
        d.type("Xiuying")
        d.press(.enter)
        #expect(d.screen.contains("different CaMS references (004417236, 004417299)"), "\(d.screen)")
        #expect(try f.db.mergeRecord(retiredClientID: other.id!) == nil)
    }
}
