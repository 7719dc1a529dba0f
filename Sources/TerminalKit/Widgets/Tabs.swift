/// A row of tab titles; the owner maps keys (←/→, 1–9) to `index(after:)` / `index(forNumber:)`.
public struct Tabs: Hashable, Sendable {
    public struct Tab: Hashable, Sendable {
        public var title: String
        /// Why the tab cannot be opened now (greyed out), nil when it can.
        public var disabledReason: String?
        public init(_ title: String, disabledReason: String? = nil) { self.title = title; self.disabledReason = disabledReason }
    }

    public var tabs: [Tab]
    public var active: Int

    public init(tabs: [Tab], active: Int = 0) { self.tabs = tabs; self.active = active }

    /// Where a move from `active` by `step` (±1) lands, skipping disabled tabs; nil when nowhere.
    public func index(movingBy step: Int) -> Int? {
        guard !tabs.isEmpty else { return nil }
        var i = active
        for _ in 0..<tabs.count {
            i = (i + step + tabs.count) % tabs.count
            if tabs[i].disabledReason == nil { return i == active ? nil : i }
        }
        return nil
    }

    /// The result of pressing a tab's number (1-based), as the footer/status line should report it.
    public enum Choice: Hashable, Sendable { case open(Int), disabled(reason: String), none }

    public func choice(forNumber n: Int) -> Choice {
        guard tabs.indices.contains(n - 1) else { return .none }
        if let reason = tabs[n - 1].disabledReason { return .disabled(reason: "\(tabs[n - 1].title): \(reason)") }
        return .open(n - 1)
    }

    /// ` 1 Profile │[2 Plan]│ 3 Notes ` — the active tab is bracketed, so it shows without colour.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.tabInactive])
        var x = rect.x
        for (i, tab) in tabs.enumerated() {
            let label = "\(i + 1) \(tab.title)"
            let text = i == active ? "[\(label)]" : " \(label) "
            let role: ThemeRole = i == active ? .tabActive : tab.disabledReason == nil ? .tabInactive : .muted
            x += buffer.put(text, x: x, y: rect.y, style: theme[role], clip: rect)
            if i < tabs.count - 1 { x += buffer.put("│", x: x, y: rect.y, style: theme[.border], clip: rect) }
        }
    }
}
