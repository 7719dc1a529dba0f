import CaseloadCore
import CaseloadStore
import TerminalKit

/// Tab 5: the filter line, then note headers newest first with each amendment under its original
/// and late entries marked in words (SOP 2). Only roles that read notes ever get here.
struct NotesTab {
    let data: ProfileData
    let format: ProfileFormat
    let filter: NotesTabState

    var rows: [NoteRow] { filter.rows(data.notes ?? []) }

    /// The filter line's height above the table.
    static let filterRows = 1

    func filterLine(width: Int) -> StyledLine {
        if filter.isSearching {
            return StyledLine([Span("Search: ", .label)])   // the field itself is drawn over the rest of the line
        }
        let words = filter.searchWords.isEmpty ? "" : " · Words: “\(filter.searchWords)”"
        let keys = filter.hasFilters ? "  (t c w / filter · x clear)" : "  (t c w / filter)"
        return StyledLine([Span(filter.summary(data.notes ?? []) + words, filter.hasFilters ? .label : .muted), Span(keys, .muted)])
    }

    func table(width: Int) -> TableContent {
        let wide = width >= 120
        let rows = self.rows
        let late = rows.map { lateMarker($0.header) }
        let empty = (data.notes ?? []).isEmpty
            ? "No notes yet. Press n to write the first one (SOP 2: every interaction, noted now)."
            : "No note matches these filters. Press x to clear them."
        return TableContent(
            // "Comm." and "Late" keep the subject readable at 80 columns.
            columns: [TableColumn("Date", sizing: .fixed(10)), TableColumn("Late", sizing: .fixed(4)),
                      TableColumn("Comm.", minWidth: 5, maxWidth: 14), TableColumn("Type", minWidth: 8, maxWidth: wide ? 22 : 15),
                      TableColumn("Subject", minWidth: 12), TableColumn("Author", minWidth: 8, maxWidth: wide ? 24 : 14)],
            rows: rows.enumerated().map { i, r in
                let n = r.header
                var subject = n.subject ?? ""
                if let original = n.amends { subject = String(repeating: "  ", count: max(0, r.depth - 1)) + "↳ amends #\(original): " + subject }
                return [format.short(LocalDate(n.interactionAt, in: format.zone)), late[i] ? "late" : "",
                        n.communication, n.type, subject, n.authorName]
            },
            empty: empty,
            rowRole: { i in late[i] ? .warning : nil })
    }

    private func lateMarker(_ n: CaseNoteHeader) -> Bool {
        guard let calendar = data.noteCalendar else { return false }
        return LateEntry.marker(interaction: n.interactionAt, entered: n.enteredAt, calendar: calendar, zone: format.zone) != nil
    }

    /// Draws the filter line and the table into the tab body.
    func render(_ list: ListState, into buffer: inout ScreenBuffer, in body: Rect, theme: Theme) {
        let line = Rect(x: body.x, y: body.y, width: body.width, height: 1)
        LinesView.render([filterLine(width: body.width)], scroll: 0, into: &buffer, in: line, theme: theme)
        if filter.isSearching {
            let x = body.x + 8
            filter.search.render(into: &buffer, in: Rect(x: x, y: body.y, width: max(1, min(50, body.maxX - x)), height: 1), theme: theme, focused: true)
        }
        table(width: body.width).render(list, into: &buffer, in: body.inset(top: Self.filterRows), theme: theme)
    }
}
