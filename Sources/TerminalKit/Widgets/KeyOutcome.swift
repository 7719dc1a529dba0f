/// What a widget did with a key, so the owner knows whether to keep dispatching it.
public enum KeyOutcome: Hashable, Sendable {
    /// Not for this widget: pass it on (screen, then global bindings).
    case ignored
    /// Used, but the value did not change (cursor moved, popup opened…).
    case consumed
    /// The value (text, selection, choice) changed.
    case changed
    /// The user confirmed (Enter in a field or list, Ctrl-S in a form).
    case submitted
    /// The user backed out (Esc).
    case cancelled

    /// True unless the key should be passed on.
    public var wasHandled: Bool { self != .ignored }
}
