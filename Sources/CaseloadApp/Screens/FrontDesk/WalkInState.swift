import CaseloadCore
import CaseloadStore
import TerminalKit

/// A walk-in: find the client first (search before add), or register a minimal new one; then the
/// caseworker and purpose, and one save checks them in.
struct WalkInState {
    enum ID {
        static let firstName = "firstName", lastName = "lastName", dateOfBirth = "dateOfBirth", phone = "phone"
        static let caseworker = "caseworker", purpose = "purpose"
    }
    enum Phase: Equatable { case search, details(existing: ClientSummary?) }

    let today: LocalDate
    var phase = Phase.search
    var picker = ClientPicker()
    var form = FormState(fields: [])
    var initialValues: [String: String] = [:]
    var caseworkers: [StaffMember] = []
    var sites: [Site] = []
    var siteID: Int64?
    /// Asked when the store refused the new client as an exact duplicate; yes and a reason check them in anyway.
    var duplicateQuestion: DuplicateQuestion?
    /// The picked client is booked today: check that appointment in instead?
    var bookedOffer: WalkInBookedOffer?

    init(today: LocalDate, siteID: Int64?) {
        self.today = today; self.siteID = siteID
        picker.showsContext = true   // two people with one name: whose client, and booked today?
    }

    var isNewClient: Bool { phase == .details(existing: nil) }
    var isDirty: Bool { phase != .search && form.values != initialValues }
    var siteName: String { sites.first { $0.id == siteID }?.name ?? "no site" }

    /// Caseworkers at this site first, then the rest: the likeliest choice is near the top.
    var caseworkerOrder: [StaffMember] {
        caseworkers.filter { $0.siteID == siteID } + caseworkers.filter { $0.siteID != siteID }
    }

    var newClientRefusal: String? {
        picker.query.isEmpty ? "Search first: type the client's name, so nobody is registered twice." : nil
    }

    /// Builds the details form: a new client's four fields first, then who sees them and why.
    mutating func startDetails(for client: ClientSummary?) {
        phase = .details(existing: client)
        var fields: [FormField] = []
        if client == nil {
            let words = picker.query.split(separator: " ").map(String.init).filter { !$0.contains(where: \.isNumber) }
            let first = words.count > 1 ? words.dropLast().joined(separator: " ") : words.first ?? ""
            let last = words.count > 1 ? words.last! : ""
            fields += [
                FormField(id: ID.firstName, label: "First name", control: .text(TextFieldState(first, maxLength: FieldLimits.name))),
                FormField(id: ID.lastName, label: "Last name", control: .text(TextFieldState(last, maxLength: FieldLimits.name))),
                FormField(id: ID.dateOfBirth, label: "Date of birth",
                          control: .date(DateFieldState("", today: today, allowsEmpty: false, accepting: .pastDay(today: today)))),
                FormField(id: ID.phone, label: "Phone", control: .text(TextFieldState("", placeholder: "519-555-0100 (empty if none)", maxLength: FieldLimits.phone))),
            ]
        }
        let order = caseworkerOrder
        let preferred = client?.caseworkerID.flatMap { id in order.firstIndex { $0.id == id } } ?? (order.isEmpty ? nil : 0)
        fields += [
            FormField(id: ID.caseworker, label: "Caseworker", control: .dropdown(DropdownState(options: order.map(\.fullName), selectedIndex: preferred))),
            FormField(id: ID.purpose, label: "Purpose", control: .text(TextFieldState("Walk-in", maxLength: 120))),
        ]
        form = FormState(fields: fields)
        if client == nil, let focus = fields.first(where: { $0.value.isEmpty })?.id { form.focus(id: focus) }
        else { form.focus(id: ID.caseworker) }
        initialValues = form.values
    }

    var chosenCaseworker: StaffMember? {
        guard case .dropdown(let d)? = form[ID.caseworker]?.control, let i = d.selectedIndex else { return nil }
        let order = caseworkerOrder
        return order.indices.contains(i) ? order[i] : nil
    }

    /// The new client as typed (nil for an existing one), or the field problems found before the store sees it.
    func draftClient() -> (client: Client?, problems: [String: String]) {
        guard isNewClient else { return (nil, [:]) }
        let v = form.values
        var problems: [String: String] = [:]
        var born: LocalDate?
        if case .date(let d)? = form[ID.dateOfBirth]?.control {
            if let value = d.value { born = FrontDeskTime.localDate(value) } else if let error = d.error { problems[ID.dateOfBirth] = error }
        }
        let client = Client(firstName: v[ID.firstName] ?? "", lastName: v[ID.lastName] ?? "", dateOfBirth: born,
                            phone: v[ID.phone], caseworkerID: chosenCaseworker?.id, siteID: siteID)
        for e in IntakeValidator.validate(IntakeValidator.normalized(client), today: today) where form[e.field] != nil && problems[e.field] == nil {
            problems[e.field] = e.message
        }
        if born == nil, problems[ID.dateOfBirth] == nil { problems[ID.dateOfBirth] = "Enter the date of birth: it tells clients with the same name apart." }
        return (client, problems)
    }
}
