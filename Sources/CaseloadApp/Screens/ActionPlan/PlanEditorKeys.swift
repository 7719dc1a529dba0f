import CaseloadCore
import TerminalKit

enum PlanEditorAction: Sendable {
    case openPlan, add, edit, start, complete, cancelItem, hold, resume, closePlan
    /// Listed for help only: the table moves its selection itself.
    case navigate
}

extension PlanEditorState {
    /// The editor's one key table: dispatch, footer and `?` help all read it. Each disabled action
    /// says why, so a key never silently does nothing.
    var keymap: Keymap<PlanEditorAction> {
        let open = KeyBinding([.char("o")], PlanEditorAction.openPlan, help: "Open plan", group: "Plan",
                              showInFooter: !isOpen, disabledReason: openRefusal)
        // With no open plan, opening one is the only thing to do: it leads the footer.
        return Keymap((isOpen ? [] : [open]) + [
            KeyBinding([.char("a")], .add, help: "Add", group: "Items", showInFooter: true, disabledReason: editRefusal),
            KeyBinding([.char("e")], .edit, help: "Edit", group: "Items", showInFooter: true,
                       disabledReason: itemRefusal([.notStarted, .inProgress])),
            KeyBinding([.char("s")], .start, help: "Start", group: "Items", showInFooter: true,
                       disabledReason: itemRefusal([.notStarted])),
            KeyBinding([.char("c")], .complete, help: "Complete", group: "Items", showInFooter: true,
                       disabledReason: completeRefusal),
            KeyBinding([.char("x")], .cancelItem, help: "Cancel", group: "Items", showInFooter: true,
                       disabledReason: itemRefusal([.notStarted, .inProgress])),
            KeyBinding([.char("h")], .hold, help: "Hold", group: "Plan", showInFooter: true, disabledReason: holdRefusal),
            KeyBinding([.char("u")], .resume, help: "Resume", group: "Plan", showInFooter: true, disabledReason: resumeRefusal),
            KeyBinding([.char("C")], .closePlan, help: "Close plan", group: "Plan", showInFooter: true, disabledReason: editRefusal),
            KeyBinding([.up, .char("k"), .down, .char("j")], .navigate, help: "Move", group: "Navigation"),
            KeyBinding([.pageUp, .pageDown, .home, .end], .navigate, help: "Page / first / last", group: "Navigation"),
        ] + (isOpen ? [open] : []))
    }
}
