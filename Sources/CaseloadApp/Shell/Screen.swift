import TerminalKit

/// What a screen asks of the shell after handling an event.
public enum AppCommand: Hashable, Sendable {
    case open(Route)                 // push a screen
    case replace(Route)              // swap the current screen
    case back                        // pop (Esc)
    case status(String, isError: Bool)
    case quit                        // asks first when anything is unsaved
}

/// What the shell hands a screen.
public enum ScreenEvent: Hashable, Sendable {
    case key(Key)
    /// Another process (or another screen) changed the database: reload, keeping the selection.
    case reload
    /// Shown again after the screen above it closed.
    case reappeared
}

/// One screen of the app. Its state and pure `update` live in a struct beside it; the class only
/// wires update to effects (the only place the store is touched) and draws.
@MainActor public protocol Screen: AnyObject {
    var title: String { get }
    func handle(_ event: ScreenEvent) -> [AppCommand]
    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme)
    func renderFooter(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme)
    /// The screen's key table, for the `?` overlay (the footer draws from the same table).
    var helpKeymap: Keymap<Int> { get }
    /// Typed text that would be lost by leaving.
    var hasUnsavedInput: Bool { get }
    /// A text field has focus: printable keys are text, so global letter keys (q, ?) stay off.
    var isEditingText: Bool { get }
    /// Draws over everything (dropdown popups, dialogs) after the chrome.
    func renderOverlay(into buffer: inout ScreenBuffer, theme: Theme)
    /// The user paused (no key for a moment): time for work that must not slow typing down.
    func idle() -> [AppCommand]
    /// Brought back by F2 or the menu (not by closing the screen above): a screen may start afresh.
    func summoned() -> [AppCommand]
}

extension Screen {
    public func renderOverlay(into buffer: inout ScreenBuffer, theme: Theme) {}
    public func idle() -> [AppCommand] { [] }
    public func summoned() -> [AppCommand] { handle(.reappeared) }
}

extension Keymap {
    /// Footer and help for a screen, both from its one key table.
    func renderFooter(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        Footer(self).render(into: &buffer, in: rect, theme: theme)
    }
}
