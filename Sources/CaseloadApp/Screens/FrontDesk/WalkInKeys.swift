import TerminalKit

enum WalkInAction: Sendable { case pick, newClient, switchFocus, checkIn, back, navigate }

extension WalkInState {
    var keymap: Keymap<WalkInAction> {
        let searching = phase == .search
        let notInSearch = "only while finding the client"
        return Keymap([
            KeyBinding([.enter], .pick, help: "Choose client", group: "Walk-in", showInFooter: searching,
                       disabledReason: !searching ? notInSearch : (picker.selected == nil ? "no client found yet: type a name, or ^N registers a new client" : nil)),
            KeyBinding([.ctrl("n"), .char("n")], .newClient, help: "New client", group: "Walk-in", showInFooter: searching,
                       disabledReason: searching ? newClientRefusal : notInSearch),
            KeyBinding([.tab], .switchFocus, help: searching ? "Search ↔ list" : "Next field", group: "Walk-in", showInFooter: true),
            KeyBinding([.ctrl("s")], .checkIn, help: "Check in", group: "Walk-in", showInFooter: !searching,
                       disabledReason: searching ? "choose the client first" : nil),
            KeyBinding([.escape], .back, help: searching ? "Back to the day sheet" : "Back to the search", group: "Walk-in", showInFooter: true),
            KeyBinding([.up, .down], .navigate, help: searching ? "Move in the results" : "Previous / next field", group: "Navigation"),
        ])
    }
}
