import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Finding a row by typing: any letter, digit or `:` (or `/`) opens a field, each keystroke jumps to
/// the first row whose client name or time matches. Typing only moves the selection; it never marks
/// anyone: the actions are in the row's menu (Enter).
extension DaySheetState {
    /// What another printable key says, instead of doing anything.
    static let findHint = "Type a name or a time to find a client; Enter on a row for its actions."

    /// The find field, empty.
    static var findField: TextFieldState { TextFieldState("", placeholder: "name or time", maxLength: 40) }

    /// A character a name or a time can begin with: a letter of any script or case, a digit, `:`.
    static func beginsAFind(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == ":" }

    /// The first row matching `query`: a name (either order, any case or accent) or a time ("10:3", "1030").
    func firstRow(matching query: String) -> Int? {
        rows.firstIndex { Self.row($0, matches: query) }
    }

    /// Whether `row`'s client name or time matches what was typed.
    static func row(_ row: DaySheetRow, matches query: String) -> Bool {
        let needle = query.trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else { return false }
        let digits = needle.filter(\.isNumber)
        let names = [row.clientSortName, row.clientDisplayName]
        if names.contains(where: { $0.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil }) { return true }
        let time = row.appointment.startText, clock = time.filter(\.isNumber)
        if time.hasPrefix(needle) || (needle.hasPrefix(":") && time.contains(needle)) { return true }
        // "930" and "9" find 09:30 as "0930" does.
        return !digits.isEmpty && digits == needle && (clock.hasPrefix(digits) || clock.hasPrefix("0" + digits))
    }

    /// Selects the first match, if any; says whether there was one.
    @discardableResult
    mutating func jump(to query: String) -> Bool {
        guard let index = firstRow(matching: query) else { return false }
        list.select(index, itemCount: rows.count, visibleRows: visibleRows)
        return true
    }

    /// ↑↓ while finding: the previous or next row that also matches (two Adams, or two at 10:30).
    mutating func moveToMatch(_ query: String, forward: Bool) {
        let order = forward ? Array(rows.indices.dropFirst(list.selected + 1)) : Array(rows.indices.prefix(list.selected).reversed())
        guard let next = order.first(where: { Self.row(rows[$0], matches: query) }) else { return }
        list.select(next, itemCount: rows.count, visibleRows: visibleRows)
    }

    /// After a status is set on the row with `id`: the next row below still Scheduled (none: stay).
    mutating func selectNextScheduled(after id: Int64) {
        guard let start = rows.firstIndex(where: { $0.id == id }),
              let next = rows.indices[(start + 1)...].first(where: { rows[$0].appointment.status == .scheduled }) else { return }
        list.select(next, itemCount: rows.count, visibleRows: visibleRows)
    }
}
