import CaseloadCore
import CaseloadStore
import TerminalKit

/// Every field of an employer, new or edited. A paper's date says it is on file.
struct EmployerForm {
    let editing: Employer?
    var dialog: FormDialog

    init(editing: Employer?, today: LocalDate) {
        self.editing = editing
        func text(_ id: String, _ label: String, _ value: String?, _ hint: String, max: Int = 120) -> FormField {
            FormField(id: id, label: label, control: .text(TextFieldState(value ?? "", placeholder: hint, maxLength: max)))
        }
        func date(_ id: String, _ label: String, _ value: LocalDate?, onFile: Bool) -> FormField {
            var field = DateFieldState(value?.iso ?? "", today: today, allowsEmpty: true, accepting: .pastDay(today: today))
            if onFile, value == nil { field.field.placeholder = "on file (date not recorded)" }
            return FormField(id: id, label: label, control: .date(field))
        }
        let e = editing
        dialog = FormDialog(title: e == nil ? "New employer" : "Edit employer", fields: [
            text("name", "Name", e?.name, "as on the registration form", max: 200),
            text("contact", "Contact person", e?.contact, "who we deal with"),
            text("phone", "Phone", e?.phone, "519-555-0100", max: 40),
            text("email", "Email", e?.email, "name@example.ca"),
            text("address", "Address", e?.address, "street, city", max: 200),
            text("sector", "Sector", e?.sector, "e.g. Food service"),
            text("employeeCount", "Employees", e?.employeeCount.map(String.init), "30 or more: major employer", max: 7),
            date("camsRegisteredOn", "In CaMS since", e?.camsRegisteredOn, onFile: e?.isRegisteredInCaMS == true),
            date("registrationFormOn", "Registration form", e?.registrationFormOn, onFile: e?.hasRegistrationForm == true),
            date("placementAgreementSignedOn", "Agreement signed", e?.placementAgreementSignedOn, onFile: e?.hasSignedPlacementAgreement == true),
            text("notes", "Notes", e?.notes, "", max: 500),
        ])
    }

    func employer() -> Result<Employer, SupportFormProblems> {
        var problems: [FieldError] = []
        var count: Int?
        let typed = dialog.text("employeeCount")
        if !typed.isEmpty {
            count = Int(typed)
            if count == nil || count! < 0 { problems.append(.init(field: "employeeCount", message: "Type the number of employees, such as 42.")) }
        }
        for id in ["camsRegisteredOn", "registrationFormOn", "placementAgreementSignedOn"] {
            if let p = dialog.dateProblem(id, required: false) { problems.append(p) }
        }
        guard problems.isEmpty else { return .failure(SupportFormProblems(problems: problems)) }
        var e = editing ?? Employer(name: "")
        e.name = dialog.text("name"); e.contact = dialog.text("contact"); e.phone = dialog.text("phone")
        e.email = dialog.text("email"); e.address = dialog.text("address"); e.sector = dialog.text("sector")
        e.employeeCount = count; e.notes = dialog.text("notes")
        e.camsRegisteredOn = dialog.date("camsRegisteredOn")
        e.registrationFormOn = dialog.date("registrationFormOn")
        e.placementAgreementSignedOn = dialog.date("placementAgreementSignedOn")
        // Clearing a date clears the paper it stood for; a paper on file from before dates were
        // kept (yes, no date) stays on file while its date is left empty.
        func onFile(_ day: LocalDate?, was: Bool?, wasDated: LocalDate?) -> Bool { day != nil || (was == true && wasDated == nil) }
        e.isRegisteredInCaMS = onFile(e.camsRegisteredOn, was: editing?.isRegisteredInCaMS, wasDated: editing?.camsRegisteredOn)
        e.hasRegistrationForm = onFile(e.registrationFormOn, was: editing?.hasRegistrationForm, wasDated: editing?.registrationFormOn)
        e.hasSignedPlacementAgreement = onFile(e.placementAgreementSignedOn, was: editing?.hasSignedPlacementAgreement,
                                               wasDated: editing?.placementAgreementSignedOn)
        return .success(e)
    }
}
