import CaseloadCore
import CaseloadStore
import TerminalKit

/// Find a client before doing anything for them: search as you type (the screen's effect asks the
/// store's `searchClients` and hands the result to `show`),
/// ↑↓ to choose, Enter to pick. Shows only what every role may see: name, date of birth, phone, and
/// (when the screen reads it: the walk-in) the caseworker and today's appointment.
struct ClientPicker {
    /// `ignored`: the list has focus and the key is not one of its own (the shell's keys may have it).
    enum Outcome: Equatable { case none, ignored, searchChanged, picked(ClientSummary), cancelled }

    var search = TextFieldState("", placeholder: "name or phone", maxLength: 80)
    var results: [ClientSummary] = []
    /// Shows each match's caseworker and today's appointment (the walk-in: same names told apart).
    var showsContext = false
    var context: [Int64: ClientMatchContext] = [:]
    var list = ListState()
    var visibleRows = 10
    /// The list has focus (Tab switches): then letters are commands, not text.
    var listFocused = false

    var selected: ClientSummary? { results.indices.contains(list.selected) ? results[list.selected] : nil }
    var query: String { search.text.trimmingCharacters(in: .whitespaces) }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .tab, .backTab: listFocused.toggle(); return .none
        case .up, .down, .pageUp, .pageDown:
            _ = list.handle(key, itemCount: results.count, visibleRows: visibleRows); return .none
        case .enter: return selected.map(Outcome.picked) ?? .none
        case .escape: return .cancelled
        default: break
        }
        if listFocused {
            return list.handle(key, itemCount: results.count, visibleRows: visibleRows) == .ignored ? .ignored : .none
        }
        return search.handle(key, width: 40) == .changed ? .searchChanged : .none
    }

    mutating func show(_ found: [ClientSummary], context: [Int64: ClientMatchContext] = [:]) {
        let keep = selected?.id
        results = found
        self.context = context
        list.select(keep.flatMap { id in found.firstIndex { $0.id == id } } ?? 0, itemCount: found.count, visibleRows: visibleRows)
    }

    var emptyMessage: String {
        query.isEmpty ? "Type the client's name or phone number." : "No client matches “\(query)”: check the spelling, or ^N to register them."
    }

    /// Where the results go under the search line, in the picker's `rect`.
    static func tableRect(in rect: Rect) -> Rect { rect.inset(top: 2) }

    /// The picker was laid out in `rect`: the results page by what shows.
    mutating func layOut(in rect: Rect) { visibleRows = Table.bodyRows(forHeight: Self.tableRect(in: rect).height) }

    /// The search line on the first row of `rect`, the results below it.
    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme, label: String) {
        guard rect.height > 2 else { return }
        buffer.put(label, x: rect.x, y: rect.y, style: theme[.label])
        let field = Rect(x: rect.x + label.terminalWidth, y: rect.y, width: min(40, rect.width - label.terminalWidth - 1), height: 1)
        search.render(into: &buffer, in: field, theme: theme, focused: !listFocused)
        let table = Self.tableRect(in: rect)
        var columns = [TableColumn("Name", minWidth: 16, maxWidth: 40), TableColumn("Date of birth", sizing: .fixed(13)),
                       TableColumn("Phone", minWidth: 5, maxWidth: 16)]
        if showsContext { columns += [TableColumn("Caseworker", minWidth: 10, maxWidth: 22), TableColumn("Today", minWidth: 5, maxWidth: 16)] }
        Table(columns: columns,
              rows: results.map { c in
                  let known = context[c.id]
                  return [c.sortName, c.dateOfBirth?.iso ?? "—", c.phone ?? "—"]
                      + (showsContext ? [known?.caseworkerName ?? "—", known?.today ?? "—"] : [])
              },
              emptyMessage: emptyMessage, focused: true)
            .render(list, into: &buffer, in: table, theme: theme)
        if listFocused, !results.isEmpty {
            let top = list.visibleOffset(itemCount: results.count, visibleRows: visibleRows)
            buffer.cursor = (table.x, table.y + 1 + list.selected - top)
        }
    }
}
