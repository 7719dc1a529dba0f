import CaseloadCore
import CaseloadStore
import TerminalKit

/// A table tab's content: what `Table` draws, and what to say when there are no rows.
struct TableContent {
    var columns: [TableColumn]
    var rows: [[String]]
    var empty: String
    var rowRole: (Int) -> ThemeRole? = { _ in nil }

    func render(_ list: ListState, into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        Table(columns: columns, rows: rows, emptyMessage: empty, focused: true, rowRole: rowRole)
            .render(list, into: &buffer, in: rect, theme: theme)
    }
}

/// Tabs 6 and 8, which are plain tables (tab 5 is `NotesTab`).
struct TableTabs {
    let data: ProfileData
    let format: ProfileFormat

    /// Tab 6: appointments, newest first, with who and where.
    func appointments() -> TableContent {
        let list = data.appointments
        return TableContent(
            columns: [TableColumn("Date", sizing: .fixed(10)), TableColumn("Time", sizing: .fixed(5)),
                      TableColumn("Purpose", minWidth: 10, maxWidth: 30), TableColumn("With", minWidth: 8, maxWidth: 20),
                      TableColumn("Status", minWidth: 9, maxWidth: 28), TableColumn("Site", minWidth: 6, maxWidth: 18)],
            rows: list.map { p in
                let a = p.appointment
                return [a.day.iso, a.startText, a.purpose + (a.isWalkIn ? " (walk-in)" : ""), p.staffName, status(a), p.siteName]
            },
            empty: "No appointments. Appointments booked for this client, and walk-ins, show here.",
            rowRole: { i in list[i].appointment.status == .noShow ? .warning : nil })
    }

    private func status(_ a: Appointment) -> String {
        var s = a.status.rawValue
        if let by = a.cancelledBy { s += " by \(by.rawValue.lowercased())" }
        if let reason = a.statusReason, !reason.isEmpty { s += ": \(reason)" }
        return s
    }

    /// Tab 8: follow-ups made by hand, open ones by due date first.
    func followUps() -> TableContent {
        let list = data.followUps ?? []
        return TableContent(
            columns: [TableColumn("Due", sizing: .fixed(10)), TableColumn("Follow-up", minWidth: 16),
                      TableColumn("Owner", minWidth: 8, maxWidth: 20), TableColumn("State", minWidth: 9, maxWidth: 22)],
            rows: list.map { f in [f.followUp.dueOn.iso, f.followUp.title, f.ownerName, state(f.followUp)] },
            empty: "No follow-ups made by hand for this client; they show here once added.",
            rowRole: { i in list[i].followUp.completedOn == nil && list[i].followUp.dueOn < format.today ? .overdue : nil })
    }

    private func state(_ f: ManualFollowUp) -> String {
        if let done = f.completedOn { return "done \(done.iso)" }
        if f.dueOn < format.today { return "! overdue" }
        return f.dueOn == format.today ? "due today" : "open"
    }
}
