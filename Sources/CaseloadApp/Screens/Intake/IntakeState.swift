import CaseloadCore
import CaseloadStore
import TerminalKit

/// The intake form's state and its pure rules: which fields show, what is wrong, what changed.
/// Nothing here depends on the terminal size, so a resize never touches the draft.
struct IntakeState {
    let clientID: Int64?
    let today: LocalDate
    /// The stored record being edited (nil for a new client), for its id, version and untouched fields.
    var original: Client?
    var caseworkers: [StaffMember] = []
    /// Where a new client is registered: the acting staff member's site.
    var siteID: Int64?
    var form = FormState(fields: [])
    var isReady = false
    /// The values as first shown: anything else is typed text that Esc would lose.
    var initialValues: [String: String] = [:]
    var duplicates = DuplicateList()
    /// A kept draft of this form, offered back before anything else happens.
    var draftOffer: DraftOffer?
    /// Asked when the store refused the new client as an exact duplicate; yes and a reason save it anyway.
    var duplicateQuestion: DuplicateQuestion?
    /// Columns the form had in the last frame (text fields scroll by it).
    var formWidth = 60

    init(clientID: Int64?, today: LocalDate) { self.clientID = clientID; self.today = today }

    var isNew: Bool { clientID == nil }
    var isDirty: Bool { isReady && form.values != initialValues }

    /// Builds the form once the caseworkers (and the client, when editing) are read.
    mutating func prepare(client: Client?, caseworkers: [StaffMember], actor: StaffMember) {
        original = client
        self.caseworkers = caseworkers
        siteID = actor.siteID
        let defaultWorker = actor.role == .caseworker ? actor.id : nil
        form = FormState(fields: IntakeForm.fields(for: client, caseworkers: caseworkers, defaultCaseworker: defaultWorker, today: today))
        syncAttestation()
        initialValues = form.values
        isReady = true
    }

    // MARK: R-16: the attestation field shows while the date of birth makes the client under 18

    var needsAttestation: Bool {
        guard let born = IntakeForm.date(form, IntakeForm.ID.dateOfBirth), born <= today else { return false }
        return born.age(on: today) < IntakeValidator.adultAge
    }

    /// Adds the attestation field right after the date of birth, or removes it once no longer needed.
    mutating func syncAttestation() {
        let has = form[IntakeForm.ID.attestation] != nil
        guard has != needsAttestation else { return }
        let focused = form.focusedID
        if has {
            form.fields.removeAll { $0.id == IntakeForm.ID.attestation }
        } else if let i = form.fields.firstIndex(where: { $0.id == IntakeForm.ID.dateOfBirth }) {
            form.fields.insert(IntakeForm.attestationField(recorded: original?.under18Attestation ?? false), at: i + 1)
        }
        // Focus is an index: keep it on the same field when the fields before it moved.
        if let focused, form.focusedID != focused { form.focus(id: focused) }
    }

    // MARK: validation (the same rules the store enforces)

    var draft: Client {
        IntakeForm.client(from: form, base: original, caseworkers: caseworkers, siteID: siteID)
    }

    /// Every problem by field id: a date that does not exist first, then `IntakeValidator`'s rules.
    func problems() -> [String: String] {
        var errors: [String: String] = [:]
        for id in [IntakeForm.ID.dateOfBirth, IntakeForm.ID.received] {
            if let problem = IntakeForm.dateProblem(form, id) { errors[id] = problem }
        }
        for e in IntakeValidator.validate(draft, today: today) where errors[e.field] == nil {
            errors[e.field] = e.message
        }
        return errors
    }

    /// Puts each problem on its field (fields the form lacks are returned, for the status line).
    mutating func show(_ problems: [String: String]) -> [String] {
        form.setErrors(problems)
        return problems.filter { form[$0.key] == nil }.map(\.value)
    }

    /// "2 fields need attention", with any problem that has no field of its own.
    static func summary(count: Int, unplaced: [String]) -> String {
        let head = count == 1 ? "1 field needs attention" : "\(count) fields need attention"
        return ([head + ": fix the marked fields, then ^S to save."] + unplaced).joined(separator: " ")
    }

    // MARK: search before add

    /// The names typed so far, as the duplicate search reads them.
    var nameQuery: String {
        let v = form.values
        return [v[IntakeForm.ID.firstName], v[IntakeForm.ID.lastName]].compactMap { $0?.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    var typedBirthDate: LocalDate? { IntakeForm.date(form, IntakeForm.ID.dateOfBirth) }

    /// Up/Down move between fields, since no field uses them.
    mutating func moveFocus(by step: Int) {
        guard let id = form.focusedID, let i = form.fields.firstIndex(where: { $0.id == id }) else { return }
        let next = i + step
        if form.fields.indices.contains(next) { form.focus(id: form.fields[next].id) }
    }

    var focusedDropdownIsOpen: Bool {
        guard let id = form.focusedID, case .dropdown(let d)? = form[id]?.control else { return false }
        return d.isOpen
    }
}
