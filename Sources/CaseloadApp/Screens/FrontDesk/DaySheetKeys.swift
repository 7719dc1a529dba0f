import CaseloadCore
import TerminalKit

enum DaySheetAction: Sendable {
    case checkIn, late, noShow, cancel, reschedule, revert, voidWalkIn, contact
    case book, walkIn, sweep
    case previousDay, nextDay, today, caseworker, site, find
    /// Listed for help only: the table moves the selection itself.
    case navigate
}

extension DaySheetState {
    /// The day sheet's one key table: dispatch, footer and `?` help all read it.
    var keymap: Keymap<DaySheetAction> {
        Keymap([
            KeyBinding([.char("a")], .checkIn, help: "Check in", group: "Attendance", showInFooter: true,
                       disabledReason: statusRefusal(for: .attended)),
            KeyBinding([.char("l")], .late, help: "Late", group: "Attendance", showInFooter: true,
                       disabledReason: statusRefusal(for: .late)),
            KeyBinding([.char("x")], .noShow, help: "No show", group: "Attendance", showInFooter: true,
                       disabledReason: statusRefusal(for: .noShow)),
            KeyBinding([.char("c")], .cancel, help: "Cancel", group: "Attendance", showInFooter: true,
                       disabledReason: statusRefusal(for: .cancelled)),
            KeyBinding([.char("r")], .reschedule, help: "Reschedule", group: "Attendance", showInFooter: true,
                       disabledReason: statusRefusal(for: .rescheduled)),
            KeyBinding([.char("u")], .revert, help: "Undo", group: "Attendance", showInFooter: true,
                       disabledReason: revertRefusal),
            KeyBinding([.char("v")], .voidWalkIn, help: "Void a walk-in entered by mistake", group: "Attendance",
                       disabledReason: voidRefusal),
            KeyBinding([.char("p")], .contact, help: "Correct the client's phone and email", group: "Appointments",
                       disabledReason: contactRefusal),
            KeyBinding([.char("w")], .walkIn, help: "Walk-in", group: "Appointments", showInFooter: true),
            KeyBinding([.char("b")], .book, help: "Book", group: "Appointments", showInFooter: true),
            KeyBinding([.char("e")], .sweep, help: "End-of-day sweep", group: "Appointments", showInFooter: true,
                       disabledReason: sweepRefusal),
            KeyBinding([.left, .char("[")], .previousDay, help: "Previous day", group: "Day", showInFooter: true),
            KeyBinding([.right, .char("]")], .nextDay, help: "Next day", group: "Day", showInFooter: true),
            KeyBinding([.char("t")], .today, help: "Today", group: "Day", showInFooter: true),
            KeyBinding([.char("f")], .caseworker, help: "Caseworker filter", group: "Day", showInFooter: true),
            KeyBinding([.char("s")], .site, help: "Site", group: "Day",
                       disabledReason: sites.count >= 2 ? nil : actor.role.allows(.viewAllSites)
                           ? "The agency has one site." : "You work at \(siteName): other sites' day sheets are for their own staff."),
            KeyBinding([.char("/")], .find, help: "Find a client by name or time", group: "Navigation"),
            KeyBinding([.up, .char("k")], .navigate, help: "Move up", group: "Navigation"),
            KeyBinding([.down, .char("j")], .navigate, help: "Move down", group: "Navigation"),
            KeyBinding([.pageUp, .pageDown], .navigate, help: "Page up / down", group: "Navigation"),
            KeyBinding([.home, .char("g"), .end, .char("G")], .navigate, help: "First / last", group: "Navigation"),
        ])
    }
}
