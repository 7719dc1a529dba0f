import CaseloadCore
import TerminalKit

enum DaySheetAction: Sendable, Equatable {
    case checkIn, late, noShow, cancel, reschedule, revert, voidWalkIn, contact
    /// Enter: the selected row's menu of the actions above.
    case rowMenu
    case book, walkIn, sweep
    case previousDay, nextDay, today, caseworker, site, find
    /// Listed for help only: the table moves the selection itself.
    case navigate

    /// What the row menu (Enter) offers, in its order; their letters act only inside the menu.
    static let rowActions: [DaySheetAction] = [.checkIn, .late, .noShow, .cancel, .reschedule, .revert, .voidWalkIn, .contact]
    var isRowAction: Bool { Self.rowActions.contains(self) }
}

extension DaySheetState {
    /// Where help lists the row menu's letters.
    static let rowMenuGroup = "Row menu (Enter, then the letter)"

    /// The day sheet's one key table: dispatch, the row menu, footer and `?` help all read it.
    /// Typing on the sheet finds (any letter, digit or `:` starts the find), so no action sits on a
    /// printable key outside the row menu: the sheet's own commands are Ctrl keys.
    var keymap: Keymap<DaySheetAction> {
        Keymap([
            KeyBinding([.enter], .rowMenu, help: "Actions", group: "Appointments", showInFooter: true,
                       disabledReason: selectedRow == nil ? "No appointment selected: move to one with ↑↓ first." : nil),
            KeyBinding([.char("/")], .find, help: "Find", group: "Appointments", showInFooter: true),
            KeyBinding([.ctrl("w")], .walkIn, help: "Walk-in", group: "Appointments", showInFooter: true),
            // ^N ("new"), not ^B: ^B is tmux's and screen's prefix key, which the program never sees there.
            KeyBinding([.ctrl("n")], .book, help: "Book", group: "Appointments", showInFooter: true),
            KeyBinding([.ctrl("e")], .sweep, help: "Sweep", group: "Appointments", showInFooter: true,
                       disabledReason: sweepRefusal),
            KeyBinding([.ctrl("t")], .today, help: "Today", group: "Day", showInFooter: true),
            KeyBinding([.ctrl("f")], .caseworker, help: "Caseworker", group: "Day", showInFooter: true),
            KeyBinding([.ctrl("o")], .site, help: "Site", group: "Day",
                       disabledReason: sites.count >= 2 ? nil : actor.role.allows(.viewAllSites)
                           ? "The agency has one site." : "You work at \(siteName): other sites' day sheets are for their own staff."),
            KeyBinding([.left, .char("[")], .previousDay, help: "Previous day", group: "Day"),
            KeyBinding([.right, .char("]")], .nextDay, help: "Next day", group: "Day"),

            KeyBinding([.char("a")], .checkIn, help: "Check in", group: Self.rowMenuGroup,
                       disabledReason: statusRefusal(for: .attended)),
            KeyBinding([.char("l")], .late, help: "Late", group: Self.rowMenuGroup,
                       disabledReason: statusRefusal(for: .late)),
            KeyBinding([.char("x")], .noShow, help: "No show", group: Self.rowMenuGroup,
                       disabledReason: statusRefusal(for: .noShow)),
            KeyBinding([.char("c")], .cancel, help: "Cancel", group: Self.rowMenuGroup,
                       disabledReason: statusRefusal(for: .cancelled)),
            KeyBinding([.char("r")], .reschedule, help: "Reschedule", group: Self.rowMenuGroup,
                       disabledReason: statusRefusal(for: .rescheduled)),
            KeyBinding([.char("u")], .revert, help: "Undo the status", group: Self.rowMenuGroup,
                       disabledReason: revertRefusal),
            KeyBinding([.char("v")], .voidWalkIn, help: "Void a walk-in entered by mistake", group: Self.rowMenuGroup,
                       disabledReason: voidRefusal),
            KeyBinding([.char("p")], .contact, help: "Correct the phone and email", group: Self.rowMenuGroup,
                       disabledReason: contactRefusal),

            KeyBinding([.up], .navigate, help: "Move up (typing a name or a time finds it: any letter, digit or :)", group: "Navigation"),
            KeyBinding([.down], .navigate, help: "Move down", group: "Navigation"),
            KeyBinding([.pageUp, .pageDown], .navigate, help: "Page up / down", group: "Navigation"),
            KeyBinding([.home, .end], .navigate, help: "First / last", group: "Navigation"),
        ])
    }

    /// The row menu's entries: the table's row actions, with their letters and whether each can run.
    var rowMenuBindings: [KeyBinding<DaySheetAction>] { keymap.bindings.filter { $0.action.isRowAction } }
}
