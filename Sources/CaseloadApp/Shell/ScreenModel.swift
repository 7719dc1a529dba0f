import CaseloadCore
import CaseloadStore
import TerminalKit

/// Everything a screen's `update` can be told.
public enum ScreenInput<Message> {
    case key(Key)
    /// Another process (or another screen) changed the database: reload, keeping the selection.
    case reload
    /// Shown again after the screen above it closed.
    case reappeared
    /// Brought back by F2 or the menu (not by closing the screen above): may start afresh.
    case summoned
    /// The user paused (no key for a moment): time for work that must not slow typing down.
    case idle
    /// The content area was laid out at this size (first draw and every resize); a view that
    /// pages needs to know how many rows it shows.
    case laidOut(Rect)
    /// A `.read` or `.write` effect finished with this message.
    case loaded(Message)
    /// A `.read` or `.write` effect failed; the shell has already shown `failure.sentence`.
    case failed(ScreenFailure)
}

/// Why an effect failed, already turned into one sentence for the person.
public struct ScreenFailure: Sendable {
    /// What was being done, as the sentence says it ("load this client").
    public let doing: String
    public let sentence: String
    public let error: any Error

    public init(doing: String, error: any Error) {
        self.doing = doing; self.error = error
        sentence = UserSentence.failure(doing: doing, error)
    }
}

/// What `update` asks for. Data, not actions: the shell carries them out in order and feeds the
/// result of a `.read` or `.write` back to `update` before the next effect.
public enum Effect<Message> {
    /// The key was used, even though nothing else follows (closing a popup, moving a cursor).
    case handled
    case command(AppCommand)
    /// Reads through the store in one read transaction (one moment of the database), then
    /// `update(.loaded(message))`. `doing` completes "Could not …" if it throws.
    case read(_ doing: String, (AppEnvironment) throws -> Message)
    /// Writes through the store (each store call is its own audited transaction).
    case write(_ doing: String, (AppEnvironment) throws -> Message)

    public static func status(_ text: String, isError: Bool = false) -> Effect { .command(.status(text, isError: isError)) }
    public static func open(_ route: Route) -> Effect { .command(.open(route)) }
    public static var back: Effect { .command(.back) }
}

/// The one contract every screen follows, after bubbletea's model–update–view: the state is a
/// value; `update` is pure (it cannot reach the store: a model holds no database, only the
/// `ScreenContext`); `view` draws the state and changes nothing. `ScreenHost` runs the effects.
@MainActor public protocol ScreenModel {
    associatedtype Message
    var title: String { get }
    mutating func update(_ input: ScreenInput<Message>) -> [Effect<Message>]
    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme)
    /// Popups and dialogs, drawn over everything after the chrome.
    func overlay(into buffer: inout ScreenBuffer, theme: Theme)
    /// The keys the footer offers now (the shell draws it, leaving out what the role may not do).
    var footerKeys: Keymap<Int> { get }
    /// The `?` overlay's table; the footer's by default.
    var helpKeys: Keymap<Int> { get }
    /// Typed text that would be lost by leaving.
    var hasUnsavedInput: Bool { get }
    /// A text field has focus: printable keys are text, so global letter keys (q, ?) stay off.
    var isEditingText: Bool { get }
    /// Unsaved typing to keep if the session ends without a save; nil when there is none.
    var draftToKeep: FormDraft? { get }
    /// Someone committed `change` (what the change feed says: kinds of record, clients, or
    /// everything). A model that can refresh only what the change concerns answers here, and skips
    /// what does not concern it; by default it gets `.reload`.
    mutating func update(changed change: DatabaseChange) -> [Effect<Message>]
}

extension ScreenModel {
    public func overlay(into buffer: inout ScreenBuffer, theme: Theme) {}
    public var helpKeys: Keymap<Int> { footerKeys }
    public var hasUnsavedInput: Bool { false }
    public var isEditingText: Bool { false }
    public var draftToKeep: FormDraft? { nil }
    public mutating func update(changed change: DatabaseChange) -> [Effect<Message>] { update(.reload) }
}
