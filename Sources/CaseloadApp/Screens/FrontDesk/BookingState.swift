import CaseloadCore
import CaseloadStore
import TerminalKit

/// Booking: the client (given, or found first), then caseworker, site, date, time, length and
/// purpose, beside the caseworker's other appointments that day so a double booking is seen.
struct BookingState {
    enum ID {
        static let caseworker = "caseworker", site = "site", date = "date", time = "time", length = "length", purpose = "purpose"
    }
    static let lengths = [15, 30, 45, 60, 90, 120]

    let today: LocalDate
    /// The day the form starts on: the day sheet's day being viewed, else today.
    let startDay: LocalDate
    var client: ClientSummary?
    var picker = ClientPicker()
    var form = FormState(fields: [])
    var initialValues: [String: String] = [:]
    var caseworkers: [StaffMember] = []
    var sites: [Site] = []
    /// The caseworker's appointments on the chosen day, and which (caseworker, day) they are for.
    var dayRows: [DaySheetRow] = []
    var dayRowsFor: (staffID: Int64, day: LocalDate)?
    var confirmOverlap: ConfirmDialog?

    init(today: LocalDate, day: LocalDate? = nil) { self.today = today; startDay = day ?? today }

    var isChoosingClient: Bool { client == nil }
    var isDirty: Bool { client != nil && form.values != initialValues }

    mutating func startForm(for client: ClientSummary, actor: StaffMember) {
        self.client = client
        let worker = client.caseworkerID.flatMap { id in caseworkers.firstIndex { $0.id == id } } ?? (caseworkers.isEmpty ? nil : 0)
        let siteID = actor.siteID ?? client.siteID
        let site = sites.firstIndex { $0.id == siteID } ?? (sites.isEmpty ? nil : 0)
        form = FormState(fields: [
            FormField(id: ID.caseworker, label: "Caseworker", control: .dropdown(DropdownState(options: caseworkers.map(\.fullName), selectedIndex: worker))),
            FormField(id: ID.site, label: "Site", control: .dropdown(DropdownState(options: sites.map(\.name), selectedIndex: site))),
            FormField(id: ID.date, label: "Date", control: .date(DateFieldState(startDay.iso, today: today, allowsEmpty: false, accepting: .anyDay))),
            FormField(id: ID.time, label: "Time", control: .text(TextFieldState("", placeholder: "HH:MM, e.g. 09:30", maxLength: 8))),
            FormField(id: ID.length, label: "Length", control: .dropdown(DropdownState(options: Self.lengths.map { "\($0) min" }, selectedIndex: 3))),
            FormField(id: ID.purpose, label: "Purpose", control: .text(TextFieldState("", placeholder: "e.g. Résumé review", maxLength: 120))),
        ])
        form.focus(id: ID.time)
        initialValues = form.values
    }

    // MARK: reading the form

    private func dropdownIndex(_ id: String) -> Int? {
        if case .dropdown(let d)? = form[id]?.control { return d.selectedIndex }
        return nil
    }
    var caseworker: StaffMember? { dropdownIndex(ID.caseworker).flatMap { caseworkers.indices.contains($0) ? caseworkers[$0] : nil } }
    var site: Site? { dropdownIndex(ID.site).flatMap { sites.indices.contains($0) ? sites[$0] : nil } }
    var day: LocalDate? {
        if case .date(let d)? = form[ID.date]?.control, let v = d.value { return FrontDeskTime.localDate(v) }
        return nil
    }
    var startMinute: Int? { FrontDeskTime.parse(form.values[ID.time] ?? "") }
    var length: Int { dropdownIndex(ID.length).map { Self.lengths[$0] } ?? 60 }
    var purpose: String { (form.values[ID.purpose] ?? "").trimmingCharacters(in: .whitespaces) }

    /// The caseworker's appointments that would clash with the typed time.
    var overlapping: [DaySheetRow] {
        guard let start = startMinute else { return [] }
        let end = start + length
        return dayRows.filter { row in
            [.scheduled, .attended, .late].contains(row.appointment.status) && row.appointment.startMinute < end && start < row.endMinute
        }
    }

    /// The appointment as typed, or the problems by field.
    func draft() -> (appointment: Appointment?, problems: [String: String]) {
        var problems: [String: String] = [:]
        if caseworker == nil { problems[ID.caseworker] = "Choose the caseworker." }
        if site == nil { problems[ID.site] = "Choose the site." }
        if day == nil {
            if case .date(let d)? = form[ID.date]?.control { problems[ID.date] = d.error ?? "Enter the date." }
        }
        if startMinute == nil { problems[ID.time] = FrontDeskTime.timeHelp }
        if purpose.isEmpty { problems[ID.purpose] = "Say what the appointment is for (e.g. Résumé review)." }
        guard problems.isEmpty, let client, let worker = caseworker?.id, let siteID = site?.id, let day, let start = startMinute else {
            return (nil, problems)
        }
        return (Appointment(clientID: client.id, staffID: worker, siteID: siteID, day: day, startMinute: start,
                            lengthMinutes: length, purpose: purpose), [:])
    }
}
