import CaseloadCore
import TerminalKit

/// The tab row. Wide terminals get TerminalKit's `Tabs` with full titles; at 80 columns the eight
/// tabs only fit as `[1 Summary] 2 Info 3 Assessment …`. Disabled tabs stay visible, dimmed.
enum ProfileTabBar {
    static func fullWidth(_ tabs: Tabs) -> Int {
        tabs.tabs.enumerated().reduce(0) { $0 + "\($1.offset + 1) \($1.element.title)".terminalWidth + 2 } + max(0, tabs.tabs.count - 1)
    }

    /// `[1 Summary] 2 Info …` as drawn below: labels, one space apart, brackets round the active one.
    static func shortWidth(_ tabs: Tabs) -> Int {
        tabs.tabs.enumerated().reduce(0) { $0 + "\($1.offset + 1) \($1.element.title)".terminalWidth } + max(0, tabs.tabs.count - 1) + 2
    }

    static func render(role: StaffRole, active: ProfileTab, into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        let full = ProfileTab.tabs(for: role, active: active, short: false)
        if fullWidth(full) <= rect.width {
            full.render(into: &buffer, in: rect, theme: theme)
            return
        }
        var short = ProfileTab.tabs(for: role, active: active, short: true)
        if shortWidth(short) > rect.width { short = ProfileTab.tabs(for: role, active: active, short: true, tight: true) }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.tabInactive])
        var x = rect.x
        for (i, tab) in short.tabs.enumerated() {
            let label = "\(i + 1) \(tab.title)"
            let isActive = i == short.active
            let role: ThemeRole = isActive ? .tabActive : tab.disabledReason == nil ? .tabInactive : .muted
            if i > 0 { x += buffer.put(" ", x: x, y: rect.y, style: theme[.tabInactive], clip: rect) }
            x += buffer.put(isActive ? "[\(label)]" : label, x: x, y: rect.y, style: theme[role], clip: rect)
        }
    }
}
