import TerminalKit

enum BookingAction: Sendable { case pick, save, nextField, back }

extension BookingState {
    var keymap: Keymap<BookingAction> {
        let choosing = isChoosingClient
        return Keymap([
            KeyBinding([.enter], .pick, help: "Choose client", group: "Booking", showInFooter: choosing,
                       disabledReason: choosing ? (picker.selected == nil ? "no client found yet: type a name" : nil) : "the client is chosen"),
            KeyBinding([.ctrl("s")], .save, help: "Book", group: "Booking", showInFooter: !choosing,
                       disabledReason: choosing ? "choose the client first" : nil),
            KeyBinding([.tab, .backTab], .nextField, help: choosing ? "Search ↔ list" : "Next / previous field", group: "Booking", showInFooter: true),
            KeyBinding([.escape], .back, help: isDirty ? "Back (asks first)" : "Back", group: "Booking", showInFooter: true),
        ])
    }
}
