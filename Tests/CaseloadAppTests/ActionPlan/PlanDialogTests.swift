import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// Issue #15 items 17, 18 and 6 in the plan editor's dialogs, headless on a real file: an open list
/// is drawn over the dialog's own text, typing on a closed list filters it, a choice moves on, the
/// closure reason must agree with the checkpoints, and Esc asks before throwing typed text away.
@MainActor @Suite struct PlanDialogTests {
    func editorWithPlan(_ f: AppFixture, size: Size = Size(width: 80, height: 24)) -> TestDriver<CaseloadApp> {
        let d = f.driver(as: f.caseworker, start: .planEditor(clientID: f.wang.id!), size: size)
        d.press(.char("o")); d.press(.ctrl("s"))
        return d
    }

    @Test func theOpenTypeListShowsEveryRowOverTheDialogText() throws {
        let f = try AppFixture()
        let d = editorWithPlan(f)
        d.press(.char("a")); d.press(.enter)
        // The fifth type sat on the dialog's hint row, which was drawn after the list.
        for type in ["Job Search", "Training", "Education", "Workshop", "Life Stabilization", "Financial Support"] {
            #expect(d.lines.contains { $0.contains("│> \(type)") || $0.contains("│  \(type)") || $0.contains(" \(type) ") }, "\(type)\n\(d.screen)")
        }
        #expect(d.screen.contains("Life Stabilization"), "\(d.screen)")
        #expect(!d.screen.contains("Enter on the last field or ^S saves"), "the list covers the hint row\n\(d.screen)")
    }

    @Test func theCloseDialogShowsTheHighlightedReasonBeforeEnterPicksIt() throws {
        let f = try AppFixture()
        let d = editorWithPlan(f)
        d.press(.char("C")); d.press(.tab, .enter)
        let highlighted = try #require(d.lines.first { $0.contains("> ") && $0.contains("Employed - 12 months complete") }, "\(d.screen)")
        #expect(!highlighted.isEmpty)
        #expect(d.screen.contains("Unable to contact"))
    }

    @Test func twelveMonthsCompleteIsRefusedWithoutTheTwelveMonthCheckpoint() throws {
        let f = try AppFixture()
        let d = editorWithPlan(f)
        d.press(.char("C")); d.press(.tab); d.type("12 months"); d.press(.enter)
        d.press(.enter)   // on the last field: submit
        #expect(!d.screen.contains("Early exit: close the plan anyway?"), "no warning that contradicts the reason\n\(d.screen)")
        #expect(d.screen.contains("! \"Employed - 12 months complete\" needs the 12-month checkpoint"), "\(d.screen)")
        #expect(d.screen.contains("record it (K on the Employment tab)"), "\(d.screen)")
        #expect(d.screen.contains("Close the plan"), "the dialog stays, the choice kept")
        #expect(d.statusLine.hasPrefix("! Not saved:"), "\(d.statusLine)")
        #expect(try f.db.profilePlan(clientID: f.wang.id!, by: f.caseworker)?.plan.status == .active)
        // Another reason closes it, with the R-10 warning.
        d.press(.enter); d.type("withdrew"); d.press(.enter); d.press(.enter)
        #expect(d.screen.contains("Early exit: close the plan anyway?"), "\(d.screen)")
    }

    @Test func typingOnAClosedListFiltersItAndAChoiceMovesOn() throws {
        let f = try AppFixture()
        let d = editorWithPlan(f)
        d.press(.char("a"))
        d.type("works")                       // opens the Type list and filters it
        #expect(d.screen.contains("Filter: works"), "\(d.screen)")
        d.press(.enter)                       // Workshop, and focus moves to Description
        d.type("Interview skills")
        d.press(.ctrl("s"))
        let item = try #require(try f.db.profilePlan(clientID: f.wang.id!, by: f.caseworker)?.items.first)
        #expect(item.type == "Workshop" && item.description == "Interview skills")
    }

    @Test func escWithTypedTextAsksBeforeDiscardingIt() throws {
        let f = try AppFixture()
        let d = editorWithPlan(f)
        d.press(.char("a")); d.press(.tab); d.type("Forklift certificate")
        d.press(.escape)
        #expect(d.screen.contains("Discard what you typed?"), "\(d.screen)")
        d.press(.char("n"))                   // back to the text
        #expect(!d.screen.contains("Discard what you typed?") && d.screen.contains("Forklift certificate"))
        d.type(" course")
        #expect(d.screen.contains("Forklift certificate course"))
        d.press(.escape); d.press(.char("y"))
        #expect(!d.screen.contains("Add a plan item") && d.statusLine == "Nothing changed.", "\(d.screen)")
        #expect(try f.db.profilePlan(clientID: f.wang.id!, by: f.caseworker)?.items.isEmpty == true)
        // Nothing typed: Esc closes at once; Esc in an open list only closes the list.
        d.press(.char("a")); d.press(.enter); d.press(.escape)
        #expect(d.screen.contains("Add a plan item") && !d.screen.contains("Discard what you typed?"))
        d.press(.escape)
        #expect(!d.screen.contains("Add a plan item") && !d.screen.contains("Discard what you typed?"))
    }

    @Test func theFooterOffersNoPlanKeysUnderADialog() throws {
        let f = try AppFixture()
        let d = editorWithPlan(f)
        #expect(d.lines.last?.contains("a Add") == true, "\(d.lines.last ?? "")")
        d.press(.char("a"))
        #expect(d.lines.last?.contains("a Add") == false, "\(d.lines.last ?? "")")
    }
}
