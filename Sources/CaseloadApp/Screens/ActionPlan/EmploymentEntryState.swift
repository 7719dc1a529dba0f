import CaseloadCore
import CaseloadStore
import TerminalKit

/// The employment form's state: the fields, the employers to pick from, the client's PBF facts for
/// the typed start date, and what was already created (so a retry never adds the employer twice).
struct EmploymentEntryState {
    let clientID: Int64
    let role: StaffRole
    var clientName = ""
    var employers: [Employer] = []
    /// Employers the client worked for before: choosing one defaults "Employer is new" to No.
    var previousEmployerIDs: Set<Int64> = []
    var form = FormState(fields: [])
    var initialValues: [String: String] = [:]
    var isReady = false
    /// Why the form could not open (shown when there is no screen to go back to).
    var loadError: String?
    /// Facts for `factsStart`; re-read when the start date changes.
    var facts: PBFFacts?
    var factsStart: LocalDate?
    /// A new employer saved by an earlier attempt whose job was then refused.
    var createdEmployer: Employer?
    /// A kept draft of this form, offered back before anything else happens.
    var draftOffer: DraftOffer?
    var panelScroll = 0
    /// From the last frame.
    var formWidth = 60
    var panelMaxScroll = 0

    init(clientID: Int64, role: StaffRole) { self.clientID = clientID; self.role = role }

    var isDirty: Bool { isReady && form.values != initialValues }
    var startDate: LocalDate? { EmploymentForm.date(form, EmploymentForm.ID.startDate) }

    /// The live verdict and checkpoints for what is typed now.
    func panel(width: Int) -> EmploymentPanel {
        EmploymentPanel(start: startDate, hours: EmploymentForm.hours(form),
                        isNewEmployer: form[EmploymentForm.ID.isNew]?.value == EmploymentForm.isNewOptions[0],
                        facts: factsStart == startDate ? facts : nil, width: width)
    }

    var focusedDropdownIsOpen: Bool {
        guard let id = form.focusedID, case .dropdown(let d)? = form[id]?.control else { return false }
        return d.isOpen
    }

    mutating func prepare(clientName: String, employers: [Employer], previous: Set<Int64>, endReasons: [String], today: LocalDate) {
        self.clientName = clientName
        self.employers = employers
        previousEmployerIDs = previous
        form = FormState(fields: EmploymentForm.fields(employers: employers, endReasons: endReasons, today: today))
        initialValues = form.values
        isReady = true
    }

    /// After the employer changed: show or hide the name field, and default "Employer is new" from
    /// the client's history (a new employer is always new to them).
    mutating func employerChanged() {
        EmploymentForm.syncEmployerName(&form)
        let chosen = EmploymentForm.chosenEmployer(form, employers: employers)
        let worked = chosen?.id.map { previousEmployerIDs.contains($0) } ?? false
        if case .dropdown(var d)? = form[EmploymentForm.ID.isNew]?.control {
            d.selectedIndex = worked ? 1 : 0
            form[EmploymentForm.ID.isNew]?.control = .dropdown(d)
        }
    }

    mutating func moveFocus(by step: Int) {
        guard let id = form.focusedID, let i = form.fields.firstIndex(where: { $0.id == id }) else { return }
        let next = i + step
        if form.fields.indices.contains(next) { form.focus(id: form.fields[next].id) }
    }

    /// "2 fields need attention: fix the marked fields, then ^S to save."
    static func summary(_ problems: [String: String]) -> String {
        (problems.count == 1 ? "1 field needs" : "\(problems.count) fields need") + " attention: fix the marked fields, then ^S to save."
    }
}
