import CaseloadCore
import CaseloadStore
import TerminalKit

/// Enter on a day-sheet row (#22): a small menu titled with the row's client and time, listing what
/// can be done to it, each under its letter. Only here do letters act; on the sheet they find.
struct DaySheetRowMenu: Equatable {
    enum Outcome: Equatable { case none, close, run(DaySheetAction), refused(String) }

    /// The row it was opened on: if a reload loses that row, the menu closes rather than act on another.
    let rowID: Int64
    /// "Côté, Zoë · 09:00"
    let title: String
    /// The entry ↑↓ highlight and Enter runs.
    var selected = 0

    init(row: DaySheetRow) {
        rowID = row.id
        title = "\(row.clientSortName) · \(row.appointment.startText)"
    }

    /// A letter runs its entry (or says why it cannot); ↑↓ and Enter do the same by highlight; Esc closes.
    mutating func handle(_ key: Key, entries: [KeyBinding<DaySheetAction>]) -> Outcome {
        switch key {
        case .escape: return .close
        case .up: selected = (selected + entries.count - 1) % max(1, entries.count)
        case .down: selected = (selected + 1) % max(1, entries.count)
        case .enter: return entries.indices.contains(selected) ? choose(entries[selected]) : .none
        case .char(let c):
            // Caps Lock or Shift must not turn a status key into nothing.
            let key = Key.char(Character(c.lowercased()))
            if let i = entries.firstIndex(where: { $0.keys.contains(key) }) { selected = i; return choose(entries[i]) }
        default: break
        }
        return .none
    }

    private func choose(_ entry: KeyBinding<DaySheetAction>) -> Outcome {
        entry.disabledReason.map(Outcome.refused) ?? .run(entry.action)
    }

    /// Centred over the sheet: one line per entry, the ones that cannot run now muted.
    func render(entries: [KeyBinding<DaySheetAction>], into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, ascii: Bool) {
        let footer = "letter or ↑↓ Enter · Esc closes"
        let widest = entries.map { $0.help.terminalWidth + 6 }.max() ?? 20
        let width = min(area.width - 2, max(widest, title.terminalWidth + 4, footer.terminalWidth + 2) + 2)
        let rect = area.centered(Size(width: width, height: entries.count + 4))
        let inner = Box(title: title, borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii).render(into: &buffer, in: rect, theme: theme)
        guard !inner.isEmpty else { return }
        buffer.cursor = nil
        for (i, entry) in entries.enumerated() where i < inner.height - 2 {
            let isSelected = i == selected
            let role: ThemeRole = isSelected ? .selected : (entry.isEnabled ? .dialog : .muted)
            let marker = isSelected ? theme.selectedMarker : " "
            let line = Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1)
            buffer.fill(line, style: theme[role])
            buffer.put("\(marker) \(entry.footerKey)  \(entry.help)", x: inner.x, y: inner.y + i, style: theme[role], maxWidth: inner.width)
        }
        buffer.put(" " + footer, x: inner.x, y: inner.maxY - 1, style: theme[.muted], maxWidth: inner.width)
    }
}
