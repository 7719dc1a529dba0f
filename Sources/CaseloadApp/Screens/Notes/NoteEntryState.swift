import CaseloadCore
import Foundation
import TerminalKit

/// A case note being written (or an amendment being made). Pure: the screen does the store work.
struct NoteEntryState {
    let clientID: Int64
    let amends: Int64?
    var clientName = ""
    var original: CaseNote?
    var form = FormState(fields: [])
    var isReady = false
    var templates: [String: String] = [:]
    /// The template last put in the body, so choosing another Type replaces it but never typed text.
    var appliedTemplate: String?
    var methods: [String] = []
    var confirmDiscard: ConfirmDialog?
    var formWidth = 60
    private var initialValues: [String: String] = [:]

    init(clientID: Int64, amends: Int64?) { self.clientID = clientID; self.amends = amends }

    mutating func prepare(clientName: String, original: CaseNote?, communications: [String], types: [String],
                          methods: [String], templates: [String: String], today: LocalDate, time: String) {
        self.clientName = clientName; self.original = original; self.methods = methods; self.templates = templates
        form = FormState(fields: NoteEntryForm.fields(communications: communications, types: types, today: today, time: time, amending: original))
        form.focus(id: NoteEntryForm.ID.communication)
        initialValues = form.values
        isReady = true
    }

    /// Anything typed or chosen since the form opened (Esc then asks before throwing it away).
    var isDirty: Bool { isReady && form.values != initialValues }

    var type: String { form.values[NoteEntryForm.ID.type] ?? "" }
    var isContactAttempt: Bool { type == NoteEntryForm.contactAttemptType }

    var focusedDropdownIsOpen: Bool {
        guard let id = form.focusedID, case .dropdown(let d)? = form[id]?.control else { return false }
        return d.isOpen
    }

    /// After the Type changes: fill the body from its template (only over an empty or template body),
    /// and show the contact-attempt fields for Contact Attempt.
    mutating func typeChanged() {
        let body = form.values[NoteEntryForm.ID.body] ?? ""
        if body.isEmpty || body == appliedTemplate, let template = templates[type] {
            setBody(template); appliedTemplate = template
        }
        let hasAttempt = form[NoteEntryForm.ID.method] != nil
        if isContactAttempt, !hasAttempt {
            let at = form.fields.firstIndex { $0.id == NoteEntryForm.ID.subject } ?? form.fields.count
            form.fields.insert(contentsOf: NoteEntryForm.attemptFields(methods: methods), at: at)
        } else if !isContactAttempt, hasAttempt {
            form.fields.removeAll { $0.id == NoteEntryForm.ID.method || $0.id == NoteEntryForm.ID.result }
        }
        form.focus(id: NoteEntryForm.ID.type)
    }

    private mutating func setBody(_ text: String) {
        guard let i = form.fields.firstIndex(where: { $0.id == NoteEntryForm.ID.body }) else { return }
        form.fields[i].control = .editor(TextEditorState(text), rows: 8)
    }

    /// Field problems, by field id; empty when the note can be saved.
    func problems(today: LocalDate) -> [String: String] {
        let v = form.values
        var out: [String: String] = [:]
        if (v[NoteEntryForm.ID.communication] ?? "").isEmpty { out[NoteEntryForm.ID.communication] = "Choose how the contact happened (SOP 5)." }
        if type.isEmpty { out[NoteEntryForm.ID.type] = "Choose what kind of note this is (SOP 5)." }
        if case .date(let d)? = form[NoteEntryForm.ID.day]?.control, let error = d.error { out[NoteEntryForm.ID.day] = error }
        else if let day = LocalDate(iso: v[NoteEntryForm.ID.day] ?? ""), day > today { out[NoteEntryForm.ID.day] = "The interaction can't be in the future." }
        if NoteEntryForm.minutes(v[NoteEntryForm.ID.time] ?? "") == nil { out[NoteEntryForm.ID.time] = "Use 24-hour HH:MM, e.g. 14:05." }
        if (v[NoteEntryForm.ID.subject] ?? "").trimmingCharacters(in: .whitespaces).isEmpty { out[NoteEntryForm.ID.subject] = "Give the note a subject." }
        if (v[NoteEntryForm.ID.body] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { out[NoteEntryForm.ID.body] = "Write what happened." }
        if isContactAttempt {
            if (v[NoteEntryForm.ID.method] ?? "").isEmpty { out[NoteEntryForm.ID.method] = "Choose how you tried to reach the client." }
            if (v[NoteEntryForm.ID.result] ?? "").isEmpty { out[NoteEntryForm.ID.result] = "Choose what happened." }
        }
        return out
    }

    /// The note as typed (valid only when `problems` is empty).
    func note(authorID: Int64, zone: TimeZone, now: Date) -> CaseNote {
        let v = form.values
        let day = LocalDate(iso: v[NoteEntryForm.ID.day] ?? "") ?? LocalDate(now, in: zone)
        let at = day.startInstant(in: zone).addingTimeInterval(Double((NoteEntryForm.minutes(v[NoteEntryForm.ID.time] ?? "") ?? 0) * 60))
        return CaseNote(clientID: clientID, authorID: authorID, interactionAt: at, enteredAt: now,
                        communication: v[NoteEntryForm.ID.communication] ?? "", type: type,
                        subject: (v[NoteEntryForm.ID.subject] ?? "").trimmingCharacters(in: .whitespaces),
                        body: v[NoteEntryForm.ID.body] ?? "", amends: amends)
    }

    var attemptResult: ContactResult? { form.values[NoteEntryForm.ID.result].flatMap(ContactResult.init(rawValue:)) }
    var attemptMethod: String? { form.values[NoteEntryForm.ID.method] }

    mutating func markSaved() { initialValues = form.values; appliedTemplate = nil }
}
