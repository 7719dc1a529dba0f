import CaseloadStore
import TerminalKit

extension ClientProfileState {
    /// Selects the first Notes row whose note is not in `known` (one just written); no change when none is new.
    mutating func selectFirstNote(notIn known: Set<Int64>) {
        let rows = noteRows
        guard let index = rows.firstIndex(where: { !known.contains($0.header.id) }) else { return }
        var list = list(.notes)
        list.select(index, itemCount: rows.count, visibleRows: visibleRows)
        lists[.notes] = list
    }
}
