import CaseloadCore
import TerminalKit

/// The tab row, labelled with each tab's number key (1–9, then 0). Wide terminals get full titles
/// in boxes (` 1 Summary │[2 Client Info]│ …`); narrower ones `[1 Summary] 2 Info …` with shorter
/// titles; when even those do not fit (80 columns, ten tabs) the row scrolls so the selected tab is
/// always shown, with ‹ and › where more tabs are. Disabled tabs stay visible, dimmed.
enum ProfileTabBar {
    static func label(_ tab: Tabs.Tab, at index: Int) -> String { "\(ProfileTab.numberKey(at: index)) \(tab.title)" }

    static func fullWidth(_ tabs: Tabs) -> Int {
        tabs.tabs.enumerated().reduce(0) { $0 + label($1.element, at: $1.offset).terminalWidth + 2 } + max(0, tabs.tabs.count - 1)
    }

    /// `[1 Summary] 2 Info …` for the tabs `range`, with its ‹ › markers: labels one space apart,
    /// brackets round the active one.
    static func compactWidth(_ tabs: Tabs, _ range: ClosedRange<Int>) -> Int {
        range.reduce(0) { $0 + label(tabs.tabs[$1], at: $1).terminalWidth } + (range.count - 1) + 2
            + (range.lowerBound > 0 ? 2 : 0) + (range.upperBound < tabs.tabs.count - 1 ? 2 : 0)
    }

    /// The tabs shown in `width` columns: all when they fit, else the leftmost run that holds the
    /// active tab (nil when nothing fits).
    static func visibleRange(_ tabs: Tabs, width: Int) -> ClosedRange<Int>? {
        let last = tabs.tabs.count - 1, active = min(max(0, tabs.active), last)
        guard last >= 0 else { return nil }
        for first in 0...active {
            var end = active
            guard compactWidth(tabs, first...end) <= width else { continue }
            while end < last, compactWidth(tabs, first...(end + 1)) <= width { end += 1 }
            return first...end
        }
        return nil
    }

    static func render(role: StaffRole, active: ProfileTab, into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.tabInactive])
        let full = ProfileTab.tabs(for: role, active: active, short: false)
        if fullWidth(full) <= rect.width {
            renderFull(full, into: &buffer, in: rect, theme: theme)
            return
        }
        var tabs = ProfileTab.tabs(for: role, active: active, short: true)
        if compactWidth(tabs, 0...(tabs.tabs.count - 1)) > rect.width { tabs = ProfileTab.tabs(for: role, active: active, short: true, tight: true) }
        guard let range = visibleRange(tabs, width: rect.width) else { return }
        var x = rect.x
        if range.lowerBound > 0 { x += buffer.put("‹ ", x: x, y: rect.y, style: theme[.muted], clip: rect) }
        for i in range {
            let tab = tabs.tabs[i], isActive = i == tabs.active
            let role: ThemeRole = isActive ? .tabActive : tab.disabledReason == nil ? .tabInactive : .muted
            if i > range.lowerBound { x += buffer.put(" ", x: x, y: rect.y, style: theme[.tabInactive], clip: rect) }
            x += buffer.put(isActive ? "[\(label(tab, at: i))]" : label(tab, at: i), x: x, y: rect.y, style: theme[role], clip: rect)
        }
        if range.upperBound < tabs.tabs.count - 1 { buffer.put(" ›", x: x, y: rect.y, style: theme[.muted], clip: rect) }
    }

    /// ` 1 Profile │[2 Plan]│ 3 Notes `: the active tab is bracketed, so it shows without colour.
    private static func renderFull(_ tabs: Tabs, into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        var x = rect.x
        for (i, tab) in tabs.tabs.enumerated() {
            let text = i == tabs.active ? "[\(label(tab, at: i))]" : " \(label(tab, at: i)) "
            let role: ThemeRole = i == tabs.active ? .tabActive : tab.disabledReason == nil ? .tabInactive : .muted
            x += buffer.put(text, x: x, y: rect.y, style: theme[role], clip: rect)
            if i < tabs.tabs.count - 1 { x += buffer.put("│", x: x, y: rect.y, style: theme[.border], clip: rect) }
        }
    }
}
