import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// A refused date's message is shown once, in full: once a form has put it under the field, the
/// date field does not repeat it (cut short) beside itself. One shared drawing (`Form`) serves the
/// job forms (C, E, K), the job entry, intake and the assessment, so each is checked here.
@MainActor @Suite struct DateMessageOnceTests {
    static let narrow = Size(width: 80, height: 24), wide = Size(width: 200, height: 60)
    static let future = "9999-01-01 is in the future: check the year"
    static let afterLast = "9999-01-01 is after 2100-12-31: check the year"

    static func count(_ text: String, in screen: String) -> Int { screen.components(separatedBy: text).count - 1 }

    /// How often the message, or any start of it long enough to be it cut short, is on screen.
    static func mentions(_ message: String, in screen: String) -> Int { count(String(message.prefix(14)), in: screen) }

    func clearAndType(_ d: TestDriver<CaseloadApp>, _ text: String) {
        d.press(.end)
        d.press(Array(repeating: Key.backspace, count: 30))
        d.type(text)
    }

    func expectOnceInFull(_ message: String, _ d: TestDriver<CaseloadApp>, _ what: String) {
        #expect(d.screen.contains("! \(message)"), "\(what): in full\n\(d.screen)")
        #expect(Self.mentions(message, in: d.screen) == 1, "\(what): once\n\(d.screen)")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func theEndJobFormShowsA9999EndOnce(size: Size) throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker, tab: .employment, size: size)
        d.press(.char("E"))
        d.type("9999-01-01")
        #expect(Self.mentions(Self.future, in: d.screen) == 1, "while typing, beside the field\n\(d.screen)")
        d.press(.ctrl("s"))
        expectOnceInFull(Self.future, d, "E at \(size.width)")
        #expect(d.screen.contains("End the job"), "the form stays with what was typed")
        // Esc with typing asks first; saying no keeps the form and its message.
        d.press(.escape)
        #expect(d.screen.contains("Discard what you typed?"), "\(d.screen)")
        d.press(.char("n"))
        expectOnceInFull(Self.future, d, "E after keeping the typing")
        #expect(try f.db.employments(clientID: f.zoe.id!)[0].endDate == nil, "nothing written")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func theCorrectJobAndCheckpointFormsShowA9999DateOnce(size: Size) throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker, tab: .employment, size: size)
        d.press(.char("C"))
        d.press(.down, .down, .down)   // Start date
        clearAndType(d, "9999-01-01")
        d.press(.ctrl("s"))
        expectOnceInFull(Self.afterLast, d, "C at \(size.width)")
        d.press(.escape, .char("y"))
        #expect(!d.screen.contains("Correct the job"), "\(d.screen)")

        d.press(.char("K"))
        clearAndType(d, "9999-01-01")   // Reached on
        d.press(.ctrl("s"))
        expectOnceInFull(Self.future, d, "K at \(size.width)")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func theIntakeShowsA9999BirthDateOnce(size: Size) throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .intake(clientID: f.wang.id!), size: size)
        for _ in 0..<10 where d.intakeScreen?.state.form.focusedID != IntakeForm.ID.dateOfBirth { d.press(.tab) }
        #expect(d.intakeScreen?.state.form.focusedID == IntakeForm.ID.dateOfBirth)
        clearAndType(d, "9999-01-01")
        d.press(.ctrl("s"))
        expectOnceInFull(Self.future, d, "intake at \(size.width)")
    }

    @Test func theAssessmentShowsA9999DateOnceAt80Columns() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .assessmentEntry(clientID: f.wang.id!, startsNew: false), size: Self.narrow)
        #expect(d.screen.contains("Module 1 done"), "\(d.screen)")
        clearAndType(d, "9999-01-01")
        d.press(.ctrl("s"))
        expectOnceInFull(Self.future, d, "assessment")
    }

    @Test func theJobEntryShowsA9999StartOnceAt80Columns() throws {
        let f = try AppFixture()
        let d = f.profile(f.wang, as: f.caseworker, tab: .employment)
        d.press(.char("J"))
        d.press(.enter, .enter)
        d.type("Northside Logistics")
        d.press(.tab); d.type("Warehouse associate")
        d.press(.tab); d.type("9999-01-01")
        d.press(.tab); d.type("25")
        d.press(.ctrl("s"))
        expectOnceInFull(Self.afterLast, d, "job entry")
    }
}
