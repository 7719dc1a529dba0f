import CaseloadCore
import TerminalKit

/// Keys that work on every screen. Function and control keys work even while typing in a field;
/// the letter keys only when no text field has focus.
enum GlobalAction: Sendable { case help, menu, clients, followUps, frontDesk, back, quit, quitEverywhere, interrupt }

enum GlobalKeys {
    static func keymap(role: StaffRole) -> Keymap<GlobalAction> {
        return Keymap([
            KeyBinding([.function(1), .char("?")], .help, help: "Help: every key of this screen", group: "Everywhere"),
            KeyBinding([.function(10)], .menu, help: "Main menu", group: "Everywhere"),
            KeyBinding([.function(2)], .clients, help: "Clients", group: "Everywhere"),
            KeyBinding([.function(3)], .followUps, help: "Follow-ups", group: "Everywhere",
                       disabledReason: role.allows(.viewFollowUps) ? nil : Permission.viewFollowUps.refusal),
            KeyBinding([.function(4)], .frontDesk, help: "Front desk: today's appointments", group: "Everywhere"),
            KeyBinding([.escape], .back, help: "Back / cancel", group: "Everywhere"),
            KeyBinding([.char("q")], .quit, help: "Quit (from a top-level screen)", group: "Everywhere"),
            KeyBinding([.char("Q")], .quitEverywhere, help: "Quit from anywhere", group: "Everywhere"),
            KeyBinding([.ctrl("c")], .interrupt, help: "Quit (asks first when typed text would be lost)", group: "Everywhere"),
        ])
    }

    /// Letter keys would steal typed text, so inside a field only these reach the shell.
    static func worksWhileTyping(_ key: Key) -> Bool {
        switch key {
        case .function, .ctrl: return true
        default: return false
        }
    }
}

extension Keymap {
    /// The same bindings with the action dropped, so keymaps of different screens can share one overlay.
    var forHelp: Keymap<Int> {
        Keymap<Int>(bindings.map { KeyBinding($0.keys, 0, help: $0.help, group: $0.group, showInFooter: $0.showInFooter, disabledReason: $0.disabledReason) })
    }
}
