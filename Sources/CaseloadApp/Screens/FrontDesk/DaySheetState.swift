import CaseloadCore
import CaseloadStore
import TerminalKit

/// The day sheet's state and its pure rules: which day and site, which caseworker, which row.
struct DaySheetState {
    /// A modal on top of the sheet; while one is open it gets every key.
    enum Modal {
        case reason(ReasonPrompt, status: AppointmentStatus, row: DaySheetRow)
        case voidReason(ReasonPrompt, row: DaySheetRow)
        case contact(ContactDialog)
        case reschedule(RescheduleDialog)
        case confirmOverlap(ConfirmDialog, RescheduleDialog)
        case confirmRevert(ConfirmDialog, row: DaySheetRow)
        case sweep(ConfirmDialog, [Appointment])
        case chooseSite(DropdownState)
        case chooseCaseworker(DropdownState)
        /// `/` or any letter, digit or `:`: typing a name or a time moves the selection, nothing else.
        case find(TextFieldState)
        /// Enter on a row: its actions, each under its letter.
        case rowMenu(DaySheetRowMenu)
    }

    let actor: StaffMember
    var today: LocalDate
    var nowMinute: Int
    var day: LocalDate
    var sites: [Site] = []
    var siteID: Int64?
    var caseworkers: [StaffMember] = []
    var caseworkerFilter: Int64?
    var rows: [DaySheetRow] = []
    var list = ListState()
    var visibleRows = 15
    var modal: Modal?
    /// A status was just set on this row: once the sheet is read again, move on to the next one still Scheduled.
    var advanceAfter: Int64?

    init(actor: StaffMember, today: LocalDate, nowMinute: Int) {
        self.actor = actor; self.today = today; self.nowMinute = nowMinute
        day = today
        siteID = actor.siteID
    }

    var isFinding: Bool { if case .find? = modal { return true } else { return false } }
    var selectedRow: DaySheetRow? { rows.indices.contains(list.selected) ? rows[list.selected] : nil }
    var siteName: String { sites.first { $0.id == siteID }?.name ?? "no site" }
    var filterName: String? { caseworkerFilter.flatMap { id in caseworkers.first { $0.id == id }?.fullName } }

    func isOverdue(_ row: DaySheetRow) -> Bool { row.isOverdue(today: today, nowMinute: nowMinute) }
    var overdueRows: [DaySheetRow] { rows.filter(isOverdue) }

    /// "Thu 15 Jan 2026 (today)"
    var dayTitle: String {
        let offset = today.days(until: day)
        let relative = offset == 0 ? " (today)" : offset == 1 ? " (tomorrow)" : offset == -1 ? " (yesterday)" : ""
        return day.long + relative
    }

    /// What to do when the day is empty: book one, or widen the filter first.
    var emptyMessage: String {
        let when = "\(day.medium) at \(siteName)"
        // The site is in the header; the filter is what most likely hides the rows.
        if let name = filterName { return "No appointments for \(name) on \(day.medium) — ^F for everyone, ^N to book" }
        return "No appointments on \(when) — ^N books one"
    }

    /// Why a status key cannot apply to the selected row right now (nil: it can).
    func statusRefusal(for status: AppointmentStatus) -> String? {
        guard let row = selectedRow else { return "No appointment selected: move to one with ↑↓ first." }
        if row.appointment.status != .scheduled {
            return "\(row.clientDisplayName) is already \(row.appointment.status.rawValue): press u to revert it first."
        }
        if [.attended, .late, .noShow].contains(status), row.appointment.day > today {
            return "\(row.clientDisplayName)'s appointment is on \(row.appointment.day.medium): mark attendance on the day."
        }
        return nil
    }

    var revertRefusal: String? {
        guard let row = selectedRow else { return "No appointment selected: move to one with ↑↓ first." }
        if row.appointment.status == .scheduled { return "\(row.clientDisplayName)'s appointment is already Scheduled." }
        return walkInRevertRefusal
    }

    var sweepRefusal: String? {
        if day > today { return "Nothing to sweep: \(day.medium) has not happened yet." }
        return overdueRows.isEmpty ? "Nothing to sweep: no appointment on \(day.medium) is still Scheduled after its time." : nil
    }

    // MARK: moving (pure)

    mutating func moveDay(by days: Int) { day = day.adding(days: days); list = ListState() }
    mutating func goToday() { day = today; list = ListState() }

    /// The site to show: the one asked for while it is among `sites`, else the first.
    static func site(_ asked: Int64?, among sites: [Site]) -> Int64? {
        guard let asked, sites.contains(where: { $0.id == asked }) else { return sites.first?.id }
        return asked
    }

    /// Selects the row with `id` if it is still there, else keeps the position.
    mutating func select(id: Int64?) {
        let index = id.flatMap { id in rows.firstIndex { $0.id == id } } ?? list.selected
        list.select(index, itemCount: rows.count, visibleRows: visibleRows)
    }
}
