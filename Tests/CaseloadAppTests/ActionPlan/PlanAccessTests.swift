import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// Front desk never reaches the plan editor, the job form or checkpoint recording.
@MainActor @Suite struct PlanAccessTests {
    @Test func frontDeskIsRefusedEveryWayIn() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.frontDesk)
        for key in ["p", "J", "K"] {
            d.press(.char(Character(key)))
            #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary), "\(key) must not open anything")
            #expect(d.statusLine.contains(Permission.viewActionPlan.refusal) || d.statusLine.contains(Permission.editActionPlan.refusal),
                    "\(key): \(d.statusLine)")
        }
        // Even started directly on the routes (nothing to go back to), the screens show only the refusal.
        let editor = f.driver(as: f.frontDesk, start: .planEditor(clientID: f.zoe.id!))
        #expect(editor.screen.contains(Permission.viewActionPlan.refusal))
        #expect(!editor.screen.contains("Status"))
        let job = f.driver(as: f.frontDesk, start: .employmentEntry(clientID: f.zoe.id!))
        #expect(job.screen.contains(Permission.editActionPlan.refusal))
        #expect(!job.screen.contains("Job title"))
    }

    @Test func checkpointKeyExplainsWhatItNeeds() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("K"))
        #expect(d.statusLine.contains("open the Employment tab (7) and choose a checkpoint first"))
        d.press(.char("7"))
        #expect(d.screen.contains("▸ 1 month"), "the first checkpoint is selected")
        d.press(.down)
        #expect(d.screen.contains("▸ 3 months"))
        d.press(.char("K"))
        #expect(d.screen.contains("Record the 3-month checkpoint"))
        d.press(.escape)
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary), "Esc closes the dialog, not the profile")
        #expect(d.statusLine.contains("Checkpoint not recorded."))
    }
}
