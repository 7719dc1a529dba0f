import CaseloadCore
@testable import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// Issue #19: F3 → an overdue R-08 item → `c` opens that checkpoint's form; saving records it, and
/// nothing else opens after the save (headless, keys in and screen text out, on a real database).
@MainActor @Suite struct CheckpointFromQueueScreenTests {
    @Test func cOnAnR08ItemOpensItsFormAndSavingRecordsOnlyThatCheckpoint() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .followUps(caseworkerID: nil), size: Size(width: 120, height: 40))
        #expect(d.select("1-month employment checkpoint"), "\(d.screen)")
        d.press(.char("c"))
        #expect(d.screen.contains("Record the 1-month checkpoint"), "\(d.screen)")
        d.press(.tab, .tab)
        d.press(Array(repeating: Key.backspace, count: 5)); d.type("25")
        d.press(.tab, .tab, .enter, .enter)   // Contact method: Phone
        d.press(.enter, .enter)               // Evidence: Pay stub
        d.type("paystub-2026-01.pdf")
        d.press(.tab)
        d.type("Pay stub seen: 25 hours a week.")
        d.press(.enter)
        #expect(d.statusLine.contains("Recorded the 1-month checkpoint (late)"), "\(d.screen)")
        #expect(!d.screen.contains("Record the"), "no other form opens after the save:\n\(d.screen)")
        let checkpoints = try f.db.checkpoints(employmentID: try f.db.employments(clientID: f.zoe.id!)[0].id!)
        #expect(checkpoints.map { $0.recordedOn != nil } == [true, false, false, false])
        #expect(checkpoints[0].hoursPerWeek == 25 && checkpoints[0].evidence == "Pay stub")
        d.press(.escape)
        #expect(!d.screen.contains("1-month employment checkpoint"), "the item left the queue:\n\(d.screen)")
    }
}
