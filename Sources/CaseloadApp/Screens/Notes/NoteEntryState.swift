import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// A case note being written, or an amendment being made. Pure: the screen does the store work.
/// Nothing here ever replaces typed text except the user's own keys.
struct NoteEntryState {
    typealias ID = NoteEntryForm.ID

    let clientID: Int64
    let amends: Int64?
    var clientName = ""
    /// Amendments: the note being corrected with its earlier corrections, oldest first.
    var thread: [CaseNote] = []
    var authorNames: [Int64: String] = [:]
    var lists = NoteEntryForm.Lists()
    var form = FormState(fields: [])
    var isReady = false
    var templates: [String: String] = [:]
    /// The template last put in the body, so choosing another Type replaces it but never typed text.
    var appliedTemplate: String?
    /// A kept draft of this note, offered back before anything else happens.
    var draftOffer: DraftOffer?
    /// Why the last save was refused when no single field is to blame; stays until the next save.
    var saveError: String?
    var calendar = BusinessCalendar()
    var formWidth = 60
    private var initialValues: [String: String] = [:]

    init(clientID: Int64, amends: Int64?) { self.clientID = clientID; self.amends = amends }

    mutating func prepare(clientName: String, thread: [CaseNote], authorNames: [Int64: String], lists: NoteEntryForm.Lists,
                          templates: [String: String], calendar: BusinessCalendar, today: LocalDate, time: String) {
        self.clientName = clientName; self.thread = thread; self.authorNames = authorNames
        self.lists = lists; self.templates = templates; self.calendar = calendar
        form = FormState(fields: NoteEntryForm.fields(lists, today: today, time: time, amending: thread.first))
        // A new note starts with how the contact happened; an amendment (Communication and Type
        // already taken from the note it corrects) starts where the correction is typed.
        form.focus(id: amends == nil ? ID.communication : ID.body)
        initialValues = form.values
        isReady = true
    }

    /// Anything typed or chosen since the form opened (Esc then asks before throwing it away).
    var isDirty: Bool { isReady && form.values != initialValues }

    var original: CaseNote? { thread.first }
    /// Read from its own field: `form.values` copies the whole body, twice a key.
    var type: String { form[ID.type]?.value ?? "" }
    var isConsent: Bool { amends == nil && type == CaseNote.consentType }
    var isContactAttempt: Bool { amends == nil && type == CaseNote.contactAttemptType }

    var focusedDropdown: DropdownState? {
        guard let id = form.focusedID, case .dropdown(let d)? = form[id]?.control else { return nil }
        return d
    }

    // MARK: keys

    enum KeyResult: Equatable { case none, save, cancel }

    mutating func handle(_ key: Key) -> KeyResult {
        if key == .ctrl("t") { startContactAttempt(); return .none }
        if key == .ctrl("s"), focusedDropdown?.isOpen != true { return .save }
        let typeBefore = type
        // The form opens a list on typing and moves on after a choice made with Enter.
        switch form.handle(key, width: formWidth) {
        case .cancelled: return .cancel
        case .submitted: return .save
        default: break
        }
        if type != typeBefore {
            typeChanged()   // fields come and go, so focus is put back on Type; then on past it
            focusNext()
        }
        return .none
    }

    private mutating func focusNext() {
        guard form.fields.indices.contains(form.focusIndex + 1) else { return }
        form.focus(id: form.fields[form.focusIndex + 1].id)
    }

    /// Ctrl-T: a contact attempt in one step. Type becomes Contact Attempt and focus goes to the method.
    mutating func startContactAttempt() {
        guard amends == nil, var field = form[ID.type], case .dropdown(var d) = field.control,
              let i = d.options.firstIndex(of: CaseNote.contactAttemptType) else { return }
        d.close(); d.selectedIndex = i; field.control = .dropdown(d); field.error = nil
        form[ID.type] = field
        typeChanged()
        form.focus(id: ID.method)
    }

    /// After the Type changes: the template fills the body only when it is empty or still the last
    /// template untouched; the Consent or Contact Attempt fields come and go with their Type.
    mutating func typeChanged() {
        let body = form.values[ID.body] ?? ""
        if body.isEmpty || body == appliedTemplate {
            let template = templates[type]
            setBody(template ?? "")
            appliedTemplate = template
        }
        sectionsChanged()
        form.focus(id: ID.type)
    }

    mutating func sectionsChanged() {
        guard amends == nil else { return }   // an amendment corrects text; it records nothing
        let at = form.fields.firstIndex { $0.id == ID.subject } ?? form.fields.count
        let hasConsent = form[ID.consentTopic] != nil, hasAttempt = form[ID.method] != nil
        if isConsent, !hasConsent { form.fields.insert(contentsOf: NoteEntryForm.consentFields(), at: at) }
        if !isConsent, hasConsent { form.fields.removeAll { $0.id == ID.consentTopic || $0.id == ID.consentGiven } }
        if isContactAttempt, !hasAttempt { form.fields.insert(contentsOf: NoteEntryForm.attemptFields(methods: lists.methods), at: at) }
        if !isContactAttempt, hasAttempt { form.fields.removeAll { $0.id == ID.method || $0.id == ID.result } }
    }

    private mutating func setBody(_ text: String) {
        guard var field = form[ID.body], case .editor(var editor, let rows) = field.control else { return }
        editor.text = text
        // At the end of the template's first line, so typing fills its first blank.
        editor.cursor = text.firstIndex(of: "\n").map { text.distance(from: text.startIndex, to: $0) } ?? text.count
        field.control = .editor(editor, rows: rows)
        form[ID.body] = field
    }

    /// Replaces a dropdown's options after the store refused a retired entry; the choice is cleared.
    mutating func replaceOptions(_ id: String, with options: [String]) {
        guard var field = form[id], case .dropdown(var d) = field.control else { return }
        d.options = options; d.selectedIndex = nil; d.close()
        field.control = .dropdown(d)
        form[id] = field
    }

    /// The editor takes the rows the other fields leave, so a tall terminal gets a tall editor.
    mutating func fitEditor(toHeight height: Int) {
        let others = form.fields.filter { $0.id != ID.body }.count + form.fields.filter { $0.error != nil }.count
        let rows = min(40, max(3, height - others))
        guard var field = form[ID.body], case .editor(let editor, let old) = field.control, old != rows else { return }
        field.control = .editor(editor, rows: rows)
        form[ID.body] = field
    }

    mutating func markSaved() { initialValues = form.values; appliedTemplate = nil }
}
