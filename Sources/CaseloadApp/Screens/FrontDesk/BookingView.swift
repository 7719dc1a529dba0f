import CaseloadCore
import CaseloadStore
import TerminalKit

/// Draws booking: the client line, the form, and the caseworker's day with any overlap marked.
enum BookingView {
    /// The client search, under the heading line.
    static func pickerRect(in rect: Rect) -> Rect { rect.inset(top: 1, left: 1, right: 1) }

    static func render(_ state: BookingState, into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > 6 else { return }
        guard let client = state.client else {
            buffer.put(" Book an appointment: find the client first", x: rect.x, y: rect.y, style: theme[.muted], maxWidth: rect.width)
            state.picker.render(into: &buffer, in: pickerRect(in: rect), theme: theme, label: "Search: ")
            return
        }
        buffer.put(" \(client.sortName) · born \(client.dateOfBirth?.iso ?? "—") · \(client.phone ?? "no phone")", x: rect.x, y: rect.y,
                   style: theme[.header], maxWidth: rect.width)
        let formHeight = state.form.fields.count + state.form.fields.filter { $0.error != nil }.count
        let side = rect.width >= 120
        let formRect = Rect(x: rect.x + 1, y: rect.y + 1, width: side ? 60 : min(rect.width - 2, 70), height: formHeight)
        let panel = side ? Rect(x: formRect.maxX + 2, y: rect.y + 1, width: rect.maxX - formRect.maxX - 3, height: rect.height - 2)
                         : Rect(x: rect.x + 1, y: formRect.maxY + 1, width: rect.width - 2, height: rect.maxY - formRect.maxY - 2)
        renderDay(state, into: &buffer, in: panel, theme: theme)
        buffer.put("^S books · Tab next field · Enter/Space opens a list · Esc back", x: rect.x + 1, y: rect.maxY - 1,
                   style: theme[.muted], maxWidth: rect.width - 2)
        Form.render(state.form, into: &buffer, in: formRect, theme: theme)   // last, so an open list draws on top
    }

    /// "Dana Lee on Thu 15 Jan 2026": each appointment, the clashing ones marked and in the warning style.
    private static func renderDay(_ state: BookingState, into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height >= 3, let worker = state.caseworker, let day = state.day else { return }
        let clashes = Set(state.overlapping.map(\.id))
        let title = clashes.isEmpty ? "\(worker.fullName) on \(day.long)"
                                    : "\(worker.fullName) on \(day.long) · \(theme.warningMarker) overlaps \(clashes.count)"
        let inner = Box(title: title, borderRole: clashes.isEmpty ? .border : .warning).render(into: &buffer, in: rect, theme: theme)
        let rows = state.dayRows
        let empty = "\(worker.fullName) has no other appointments on \(day.medium)."
        Table(columns: [TableColumn("Time", sizing: .fixed(11)), TableColumn("Client", minWidth: 12, maxWidth: 30),
                        TableColumn("Purpose", minWidth: 8, maxWidth: 26), TableColumn("Status", minWidth: 9, maxWidth: 22)],
              rows: rows.map { row in
                  [AppointmentText.span(row), row.clientSortName, row.appointment.purpose,
                   clashes.contains(row.id) ? "\(theme.warningMarker) overlaps" : row.appointment.status.rawValue]
              },
              emptyMessage: empty, focused: false,
              rowRole: { i in clashes.contains(rows[i].id) ? .warning : nil })
            .render(ListState(selected: -1), into: &buffer, in: inner, theme: theme)
    }
}
