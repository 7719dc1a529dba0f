import CaseloadCore
import CaseloadStore
import TerminalKit

/// Search before add: existing clients whose names match what is typed, same birth date first.
struct DuplicateList {
    /// What the last search was for; a new search runs only when the names change.
    var query = ""
    var matches: [ClientSummary] = []
    var list = ListState()

    /// Orders matches so those born on the typed date come first (they are the likeliest duplicates).
    mutating func update(_ found: [ClientSummary], query: String, born: LocalDate?) {
        let keep = selected?.id
        self.query = query
        matches = Self.ordered(found, born: born)
        list.select(keep.flatMap { id in matches.firstIndex { $0.id == id } } ?? 0, itemCount: matches.count, visibleRows: 3)
    }

    mutating func reorder(born: LocalDate?) { update(matches, query: query, born: born) }

    static func ordered(_ found: [ClientSummary], born: LocalDate?) -> [ClientSummary] {
        guard let born else { return found }
        return found.filter { $0.dateOfBirth == born } + found.filter { $0.dateOfBirth != born }
    }

    var selected: ClientSummary? { matches.indices.contains(list.selected) ? matches[list.selected] : nil }

    mutating func move(by step: Int, visibleRows: Int) {
        list.select(list.selected + step, itemCount: matches.count, visibleRows: visibleRows)
    }
}

/// Draws the duplicate list in a box; rows born on the typed date are marked and highlighted.
struct DuplicatePanel {
    let duplicates: DuplicateList
    let born: LocalDate?

    static func rows(forHeight height: Int) -> Int { Table.bodyRows(forHeight: max(0, height - 2)) }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme, ascii: Bool) {
        let count = duplicates.matches.count
        let title = count == 0 ? "Possible duplicates" : "Possible duplicates: \(count) · F5 opens · ^N/^P choose"
        let inner = Box(title: title, ascii: ascii).render(into: &buffer, in: rect, theme: theme)
        guard !inner.isEmpty else { return }
        let empty = duplicates.query.isEmpty
            ? "Type a name: existing clients with similar names show here."
            : "No existing client matches “\(duplicates.query)”."
        let matches = duplicates.matches
        Table(columns: [TableColumn("Name", minWidth: 12, maxWidth: 30), TableColumn("Born", sizing: .fixed(10)),
                        TableColumn("Match", minWidth: 4, maxWidth: 15), TableColumn("Phone", minWidth: 5, maxWidth: 14),
                        TableColumn("CaMS", minWidth: 4, maxWidth: 12), TableColumn("Status", minWidth: 6, maxWidth: 9)],
              rows: matches.map { m in
                  [m.sortName, m.dateOfBirth?.iso ?? "—", sameBirth(m) ? "= same birth" : "name",
                   m.phone ?? "—", m.camsReference ?? "—", m.status.rawValue]
              },
              emptyMessage: empty, focused: false,
              rowRole: { i in sameBirth(matches[i]) ? .warning : nil })
            .render(duplicates.list, into: &buffer, in: inner, theme: theme)
    }

    private func sameBirth(_ m: ClientSummary) -> Bool { born != nil && m.dateOfBirth == born }
}
