/// One row of a screen's key table: which keys run which action, and how help describes it.
/// The footer, the `?` overlay and key dispatch all read the same table.
public struct KeyBinding<Action: Sendable>: Sendable {
    public var keys: [Key]
    public var action: Action
    public var help: String
    /// Heading the help overlay lists this under ("Navigation", "Client").
    public var group: String
    public var showInFooter: Bool
    /// Why the action cannot run now; shown instead of silently doing nothing.
    public var disabledReason: String?

    public init(_ keys: [Key], _ action: Action, help: String, group: String = "General",
                showInFooter: Bool = false, disabledReason: String? = nil) {
        self.keys = keys; self.action = action; self.help = help; self.group = group
        self.showInFooter = showInFooter; self.disabledReason = disabledReason
    }

    public var isEnabled: Bool { disabledReason == nil }

    /// All keys, as the help overlay shows them: `↓/j`.
    public var keysLabel: String { keys.map(\.description).joined(separator: "/") }

    /// The first key, as the footer shows it.
    public var footerKey: String { keys.first?.description ?? "" }
}

/// What a key means on a screen right now.
public enum KeyLookup<Action: Sendable>: Sendable {
    case run(Action)
    /// Bound, but disabled: show the reason in the status line.
    case disabled(reason: String)
    case unbound
}

/// A screen's key table, searched in order (the first binding for a key wins).
public struct Keymap<Action: Sendable>: Sendable {
    public var bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) { self.bindings = bindings }

    /// The binding for `key`, enabled or not.
    public func binding(for key: Key) -> KeyBinding<Action>? { bindings.first { $0.keys.contains(key) } }

    /// The action to run for `key`, the reason it cannot run, or `.unbound`.
    public func lookup(_ key: Key) -> KeyLookup<Action> {
        guard let b = binding(for: key) else { return .unbound }
        if let reason = b.disabledReason { return .disabled(reason: reason) }
        return .run(b.action)
    }

    /// The action for `key` if it is bound and enabled.
    public func action(for key: Key) -> Action? {
        if case .run(let a) = lookup(key) { return a }
        return nil
    }

    /// A copy with each binding's disabled reason computed from the current state:
    /// `keymap.evaluatingDisabled { $0 == .delete && list.isEmpty ? "No client selected" : nil }`.
    public func evaluatingDisabled(_ reason: (Action) -> String?) -> Keymap {
        Keymap(bindings.map { var b = $0; b.disabledReason = reason(b.action); return b })
    }

    /// Keys that appear in more than one binding (a table mistake tests can check for).
    public var duplicateKeys: [Key] {
        var seen = Set<Key>(), dupes: [Key] = []
        for key in bindings.flatMap(\.keys) { if !seen.insert(key).inserted, !dupes.contains(key) { dupes.append(key) } }
        return dupes
    }

    /// Group names in the order they first appear.
    public var groups: [String] {
        var out: [String] = []
        for b in bindings where !out.contains(b.group) { out.append(b.group) }
        return out
    }
}
