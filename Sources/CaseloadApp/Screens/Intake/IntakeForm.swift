import CaseloadCore
import TerminalKit

/// The intake form's fields (SOP 3, domain.md §3). Field ids are `IntakeValidator`'s field names, so
/// each validation error lands on its own field.
enum IntakeForm {
    enum ID {
        static let firstName = "firstName", lastName = "lastName", preferredName = "preferredName"
        static let dateOfBirth = "dateOfBirth", phone = "phone", email = "email", address = "address"
        static let language = "preferredLanguage", source = "referralSource", received = "referralReceivedOn"
        static let saName = "saCaseworkerName", saContact = "saCaseworkerContact", stream = "clientStream"
        static let caseworker = "caseworker", attestation = "under18Attestation"
    }

    static let sources = ReferralSource.allCases.map(\.rawValue)
    static let attestationOptions = ["Yes: excused from school or finished high school", "No, not yet"]

    /// The fields for a new client (`client` nil) or for editing one. The attestation field is added
    /// later, only while the date of birth makes the client under 18.
    static func fields(for client: Client?, caseworkers: [StaffMember], defaultCaseworker: Int64?, today: LocalDate) -> [FormField] {
        let c = client
        func text(_ id: String, _ label: String, _ value: String?, placeholder: String = "", max: Int? = nil) -> FormField {
            FormField(id: id, label: label, control: .text(TextFieldState(value ?? "", placeholder: placeholder, maxLength: max)))
        }
        func date(_ id: String, _ label: String, _ value: LocalDate?) -> FormField {
            FormField(id: id, label: label, control: .date(DateFieldState(value?.iso ?? "", today: today, allowsEmpty: true, accepting: .pastDay(today: today))))
        }
        let sourceIndex = sources.firstIndex(of: (c?.referralSource ?? .selfReferred).rawValue)
        let worker = c.map { $0.caseworkerID } ?? defaultCaseworker
        return [
            text(ID.firstName, "First name", c?.firstName, placeholder: "as the client gives it", max: IntakeValidator.maximumNameLength),
            text(ID.lastName, "Last name", c?.lastName, max: IntakeValidator.maximumNameLength),
            text(ID.preferredName, "Preferred name", c?.preferredName, placeholder: "if different", max: IntakeValidator.maximumNameLength),
            date(ID.dateOfBirth, "Date of birth", c?.dateOfBirth),
            text(ID.phone, "Phone", c?.phone, placeholder: "519-555-0123", max: FieldLimits.phone),
            text(ID.email, "Email", c?.email, max: FieldLimits.email),
            text(ID.address, "Address", c?.address, max: FieldLimits.address),
            text(ID.language, "Language", c?.preferredLanguage, placeholder: "preferred language", max: FieldLimits.preferredLanguage),
            FormField(id: ID.source, label: "Referral source", control: .dropdown(DropdownState(options: sources, selectedIndex: sourceIndex))),
            date(ID.received, "Referral received", c?.referralReceivedOn),
            text(ID.saName, "SA caseworker", c?.saCaseworkerName, placeholder: "OW/ODSP/RASP/TRF referrals: name on the referral",
                 max: FieldLimits.saCaseworkerName),
            text(ID.saContact, "SA contact", c?.saCaseworkerContact, placeholder: "phone or email", max: FieldLimits.saCaseworkerContact),
            text(ID.stream, "Client stream", c?.clientStream, placeholder: "as CaMS gives it", max: FieldLimits.clientStream),
            FormField(id: ID.caseworker, label: "Caseworker", control: .dropdown(DropdownState(
                options: caseworkers.map(\.fullName), selectedIndex: caseworkers.firstIndex { $0.id != nil && $0.id == worker },
                placeholder: "unassigned"))),
        ]
    }

    static func attestationField(recorded: Bool) -> FormField {
        FormField(id: ID.attestation, label: "Under 18: school",
                  control: .dropdown(DropdownState(options: attestationOptions, selectedIndex: recorded ? 0 : nil,
                                                   placeholder: "Choose: attestation needed (R-16)")))
    }

    /// The client the form describes, on top of `base` (the stored record when editing).
    static func client(from form: FormState, base: Client?, caseworkers: [StaffMember], siteID: Int64?) -> Client {
        let v = form.values
        func optional(_ id: String) -> String? { v[id].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
        var c = base ?? Client(firstName: "", lastName: "", siteID: siteID)
        c.firstName = v[ID.firstName] ?? ""
        c.lastName = v[ID.lastName] ?? ""
        c.preferredName = optional(ID.preferredName)
        c.dateOfBirth = date(form, ID.dateOfBirth)
        c.phone = optional(ID.phone); c.email = optional(ID.email); c.address = optional(ID.address)
        c.preferredLanguage = optional(ID.language)
        c.referralSource = ReferralSource(rawValue: v[ID.source] ?? "") ?? .selfReferred
        c.referralReceivedOn = date(form, ID.received)
        c.saCaseworkerName = optional(ID.saName); c.saCaseworkerContact = optional(ID.saContact)
        c.clientStream = optional(ID.stream)
        if case .dropdown(let d)? = form[ID.caseworker]?.control {
            c.caseworkerID = d.selectedIndex.flatMap { caseworkers.indices.contains($0) ? caseworkers[$0].id : nil }
        }
        if case .dropdown(let d)? = form[ID.attestation]?.control { c.under18Attestation = d.selectedIndex == 0 }
        return c
    }

    static func date(_ form: FormState, _ id: String) -> LocalDate? {
        guard case .date(let d)? = form[id]?.control, let day = d.value else { return nil }
        return LocalDate(year: day.year, month: day.month, day: day.day)
    }

    /// Why a date field's text is not a date ("Feb 2025 has 28 days"), as the field itself shows it.
    static func dateProblem(_ form: FormState, _ id: String) -> String? {
        guard case .date(let d)? = form[id]?.control else { return nil }
        return d.error
    }
}

extension CalendarDay {
    init(_ d: LocalDate) { self = CalendarDay(year: d.year, month: d.month, day: d.day)! }
}
