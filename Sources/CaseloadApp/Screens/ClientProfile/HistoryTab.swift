import CaseloadCore
import TerminalKit

/// Tab 9 (supervisors and administrators): who changed or looked at this client, and when, newest
/// first, in the agency's time. Ids and field names only: the trail's values stay in the store.
struct HistoryTab {
    let entries: [ClientHistoryEntry]
    let format: ProfileFormat
    let width: Int

    func lines() -> [StyledLine] {
        guard !entries.isEmpty else {
            return [StyledLine("Nothing recorded about this client yet.", .muted)]
        }
        var out = [StyledLine("\(entries.count) change\(entries.count == 1 ? "" : "s") and view\(entries.count == 1 ? "" : "s"), newest first (agency time)", .muted), .blank]
        for entry in entries {
            let style: ThemeRole = entry.source == .view ? .muted : .normal
            let text = "\(format.dateTime(entry.at))  \(entry.who)  \(entry.what)"
            // The first row takes the whole width; the rest hang under the text, after the time.
            let wrapped = TextWrap.wrap(text, width: max(20, width))
            out.append(StyledLine(wrapped.first ?? text, style))
            let rest = wrapped.dropFirst().joined(separator: " ")
            if !rest.isEmpty { out += TextWrap.wrap(rest, width: max(10, width - 18)).map { StyledLine(String(repeating: " ", count: 18) + $0, style) } }
        }
        return out
    }
}
