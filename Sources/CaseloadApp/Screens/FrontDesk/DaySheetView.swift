import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Draws the day sheet: the day, site and filter; a warning line for forgotten appointments; the
/// table; and two detail lines for the selected row (date of birth, phone; what was recorded, when, with whom).
struct DaySheetView {
    let state: DaySheetState
    let zone: TimeZone

    /// Two header lines, the table, two detail lines.
    static func tableRect(in rect: Rect) -> Rect { rect.inset(top: 2, bottom: 2) }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > 4 else { return }
        let who = state.filterName ?? "all caseworkers"
        let head = " \(state.dayTitle) · \(state.siteName) · \(who)"
        buffer.put(head, x: rect.x, y: rect.y, style: theme[.header], maxWidth: rect.width)
        let counts = countText
        if head.terminalWidth + counts.terminalWidth + 3 <= rect.width {
            buffer.put(counts, x: rect.maxX - counts.terminalWidth - 1, y: rect.y, style: theme[.muted])
        }
        renderAlert(into: &buffer, y: rect.y + 1, in: rect, theme: theme)

        let wide = rect.width >= 110
        let table = Self.tableRect(in: rect)
        Table(columns: columns(wide: wide), rows: state.rows.map { cells($0, wide: wide, theme: theme) },
              emptyMessage: state.emptyMessage, focused: state.modal == nil || state.isFinding,
              rowRole: { i in self.role(for: self.state.rows[i]) })
            .render(state.list, into: &buffer, in: table, theme: theme)
        if let row = state.selectedRow {
            let person = [row.clientDisplayName, "born " + (row.clientDateOfBirth?.iso ?? "—"), row.clientPhone ?? "no phone"]
            buffer.put(" " + person.joined(separator: " · "), x: rect.x, y: rect.maxY - 2, style: theme[.muted], maxWidth: rect.width - 1)
            let visit = (outcome(row) + ["\(AppointmentText.span(row)) with \(row.caseworkerName)"]).joined(separator: " · ")
            buffer.put(" " + visit, x: rect.x, y: rect.maxY - 1, style: theme[.muted], maxWidth: rect.width - 1)
            let top = state.list.visibleOffset(itemCount: state.rows.count, visibleRows: Table.bodyRows(forHeight: table.height))
            buffer.cursor = (table.x, table.y + 1 + state.list.selected - top)
        }
        if case .find(let field)? = state.modal {
            // Drawn last so the cursor sits in the field being typed into.
            let label = " Find (name or time): "
            buffer.put(String(repeating: " ", count: rect.width), x: rect.x, y: rect.y + 1, style: theme[.normal])
            buffer.put(label, x: rect.x, y: rect.y + 1, style: theme[.label])
            let hint = "  Enter/Esc close"
            let width = max(8, min(30, rect.width - label.count - hint.count))
            field.render(into: &buffer, in: Rect(x: rect.x + label.count, y: rect.y + 1, width: width, height: 1), theme: theme, focused: true)
            buffer.put(hint, x: rect.x + label.count + width, y: rect.y + 1, style: theme[.muted], maxWidth: rect.width - label.count - width)
        }
    }

    /// Line 2: forgotten appointments (marker + warning style) or the keys for moving around.
    private func renderAlert(into buffer: inout ScreenBuffer, y: Int, in rect: Rect, theme: Theme) {
        let overdue = state.overdueRows.count
        if overdue > 0 {
            let text = " \(theme.overdueMarker) \(overdue) past \(overdue == 1 ? "its" : "their") time still Scheduled — Enter marks one, ^E sweeps all"
            buffer.put(text, x: rect.x, y: y, style: theme[.overdue], maxWidth: rect.width)
        } else {
            buffer.put(" Type a name or time to find · Enter actions · ←/→ day · ^O site · ? all keys", x: rect.x, y: y, style: theme[.muted], maxWidth: rect.width)
        }
    }

    private var countText: String {
        let rows = state.rows
        let booked = rows.filter { $0.appointment.status != .cancelled && $0.appointment.status != .rescheduled }.count
        let inNow = rows.filter { $0.appointment.status == .attended || $0.appointment.status == .late }.count
        return "\(booked) booked · \(inNow) checked in"
    }

    private func columns(wide: Bool) -> [TableColumn] {
        var columns = [TableColumn("Time", sizing: .fixed(5)), TableColumn("Client", minWidth: 14, maxWidth: 32)]
        if wide { columns += [TableColumn("Born", sizing: .fixed(10)), TableColumn("Phone", minWidth: 5, maxWidth: 16)] }
        columns += [TableColumn("Caseworker", minWidth: 10, maxWidth: 22), TableColumn("Purpose", minWidth: 8, maxWidth: 28),
                    TableColumn("Status", sizing: .fixed(18))]
        return columns
    }

    private func cells(_ row: DaySheetRow, wide: Bool, theme: Theme) -> [String] {
        var cells = [row.appointment.startText, row.clientSortName]
        if wide { cells += [row.clientDateOfBirth?.iso ?? "—", row.clientPhone ?? "—"] }
        return cells + [row.caseworkerName, row.appointment.isWalkIn ? "Walk-in · \(row.appointment.purpose)" : row.appointment.purpose,
                        statusText(row, theme: theme)]
    }

    /// The status in words, with the check-in time; forgotten ones carry the overdue marker.
    func statusText(_ row: DaySheetRow, theme: Theme) -> String {
        let a = row.appointment
        switch a.status {
        case .scheduled: return state.isOverdue(row) ? "\(theme.overdueMarker) Not checked in" : "Scheduled"
        case .attended, .late:
            return a.checkedInAt.map { "\(a.status.rawValue) \(FrontDeskTime.clock($0, in: zone))" } ?? a.status.rawValue
        case .cancelled where a.isVoidedWalkIn: return "Voided"
        case .cancelled: return a.cancelledBy.map { "Cancelled (\($0.rawValue.lowercased()))" } ?? "Cancelled"
        case .rescheduled:
            return row.rescheduledToDay.map { "Moved → \($0.day) \(LocalDate.monthShort[$0.month - 1])" } ?? a.status.rawValue
        case .noShow: return a.status.rawValue
        }
    }

    private func role(for row: DaySheetRow) -> ThemeRole? {
        if state.isOverdue(row) { return .overdue }
        switch row.appointment.status {
        case .cancelled, .rescheduled: return .muted
        case .noShow: return .warning
        default: return nil
        }
    }

    /// "No Show: No call, no show" — what was recorded, when there is more than the status column says.
    private func outcome(_ row: DaySheetRow) -> [String] {
        let a = row.appointment
        var parts: [String] = []
        if a.isWalkIn { parts.append("Walk-in") }
        if a.isVoidedWalkIn, let reason = a.statusReason {
            parts.append("Voided: " + reason.dropFirst(Appointment.voidedWalkInPrefix.count))
        } else if let reason = a.statusReason { parts.append("\(a.status.rawValue)\(a.cancelledBy.map { " by \($0.rawValue.lowercased())" } ?? ""): \(reason)") }
        if let day = row.rescheduledToDay, let minute = row.rescheduledToMinute {
            parts.append("moved to \(day.medium) at \(AppointmentText.clock(minute))")
        }
        return parts
    }
}
