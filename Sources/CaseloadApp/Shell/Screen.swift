import CaseloadCore
import CaseloadStore
import TerminalKit

/// What a screen asks of the shell after handling an event.
public enum AppCommand: Hashable, Sendable {
    case open(Route)                 // push a screen
    case replace(Route)              // swap the current screen
    case back                        // pop (Esc)
    /// Go back, but first ask `LeaveQuestion` when the screen holds unsaved typing.
    case leave(LeaveQuestion = .standard)
    case status(String, isError: Bool)
    case quit                        // asks first when anything is unsaved
    case remember(SessionChoice)     // kept for the session (F3's last queue and site)
}

/// What the shell hands a screen.
public enum ScreenEvent: Hashable, Sendable {
    case key(Key)
    /// Another process (or another screen) changed the database: reload, keeping the selection.
    case reload
    /// Shown again after the screen above it closed.
    case reappeared
}

/// One screen as the shell drives it. New screens are a `ScreenModel` run by `ScreenHost`; the
/// screens not yet moved to that contract implement this directly.
@MainActor public protocol Screen: AnyObject {
    var title: String { get }
    func handle(_ event: ScreenEvent) -> [AppCommand]
    /// A key, answered with whether the screen used it (else the shell's global keys may).
    func handleKey(_ key: Key) -> ScreenResponse
    /// The keys the shell's footer offers; nil while a screen still draws its own.
    var footerKeymap: Keymap<Int>? { get }
    /// Commands asked for while drawing (a layout's effects), applied by the shell next.
    func takePendingCommands() -> [AppCommand]
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
    /// `idle()`, and whether the screen asked for anything (if not, nothing on it changed).
    func idleResponse() -> ScreenResponse
    /// Unsaved typing to keep if the session ends without a save (an SSH drop, SIGTERM); nil when
    /// nothing was typed or the screen has no form.
    var draftToKeep: FormDraft? { get }
    /// Brought back by F2 or the menu (not by closing the screen above): a screen may start afresh.
    func summoned() -> [AppCommand]
    /// Someone committed this change (the change feed says what): refresh what it concerns.
    /// Screens that cannot tell reload everything (the default).
    func changed(_ change: DatabaseChange) -> [AppCommand]
    /// `changed(_:)`, and whether the screen asked for anything (if not, nothing on it changed).
    func changeResponse(_ change: DatabaseChange) -> ScreenResponse
}

extension Screen {
    /// Older screens: a key counts as used when it produced commands.
    public func handleKey(_ key: Key) -> ScreenResponse {
        let commands = handle(.key(key))
        return ScreenResponse(handled: !commands.isEmpty, commands: commands)
    }
    public var footerKeymap: Keymap<Int>? { nil }
    public func takePendingCommands() -> [AppCommand] { [] }
    public func renderFooter(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        footerKeymap?.renderFooter(into: &buffer, in: rect, theme: theme)
    }
    public func renderOverlay(into buffer: inout ScreenBuffer, theme: Theme) {}
    public func idle() -> [AppCommand] { [] }
    /// Older screens cannot say, so they count as changed.
    public func idleResponse() -> ScreenResponse { ScreenResponse(handled: true, commands: idle()) }
    public var draftToKeep: FormDraft? { nil }
    public func summoned() -> [AppCommand] { handle(.reappeared) }
    public func changed(_ change: DatabaseChange) -> [AppCommand] { handle(.reload) }
    /// Older screens cannot say, so they count as changed.
    public func changeResponse(_ change: DatabaseChange) -> ScreenResponse { ScreenResponse(handled: true, commands: changed(change)) }
}

extension Keymap {
    /// Footer and help for a screen, both from its one key table. The footer offers only what this
    /// role may do: a key refused for lack of a permission never acts for it, so it is left out
    /// (the `?` help still lists it, with the refusal).
    func renderFooter(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        Footer(offeredToRole).render(into: &buffer, in: rect, theme: theme)
    }

    /// The table without the bindings refused by a role permission.
    var offeredToRole: Keymap {
        Keymap(bindings.filter { b in b.disabledReason.map { !Permission.refusals.contains($0) } ?? true })
    }
}

extension Permission {
    /// Every permission's refusal, as the key tables give them for a role that lacks it.
    static let refusals = Set(allCases.map(\.refusal))
}
