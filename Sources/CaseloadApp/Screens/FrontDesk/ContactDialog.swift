import CaseloadCore
import CaseloadStore
import TerminalKit

/// Front desk corrects how to reach a client (#22): phone and email only, nothing else of the record.
/// Tab moves between the two fields, Enter on Email or ^S saves, Esc backs out (asking first after typing).
struct ContactDialog {
    enum ID { static let phone = "phone", email = "email" }
    enum Outcome: Equatable { case none, cancelled, submit(ClientContact) }

    let row: DaySheetRow
    /// As read: its version makes a correction over someone else's save a refusal, not an overwrite.
    let original: ClientContact
    var form: FormState
    /// Esc after changing a field asks first.
    private(set) var discard = DiscardQuestion()
    private var initialValues: [String: String] = [:]

    init(row: DaySheetRow, contact: ClientContact) {
        self.row = row
        original = contact
        form = FormState(fields: [
            FormField(id: ID.phone, label: "Phone", control: .text(TextFieldState(contact.phone ?? "", placeholder: "e.g. 519-555-0142", maxLength: 40))),
            FormField(id: ID.email, label: "Email", control: .text(TextFieldState(contact.email ?? "", placeholder: "e.g. name@example.ca", maxLength: 120))),
        ])
        initialValues = form.meaningfulValues
    }

    var hasTypedText: Bool { form.meaningfulValues != initialValues }
    var title: String { "Contact: \(row.clientSortName)" }

    mutating func handle(_ key: Key) -> Outcome {
        switch discard.filter(key, escapeWouldDiscard: hasTypedText) {
        case .discard: return .cancelled
        case .stay: return .none
        case .passOn: break
        }
        let submitting = key == .ctrl("s") || (key == .enter && form.focusedID == ID.email)
        if !submitting {
            return form.handle(key, width: 50) == .cancelled ? .cancelled : .none
        }
        form.setErrors([:])
        return .submit(ClientContact(clientID: original.clientID, phone: form.values[ID.phone], email: form.values[ID.email],
                                     version: original.version))
    }

    /// Shows the store's refusal on the field it names (anything else, such as a stale version, on Phone).
    mutating func show(_ problems: [FieldError]) {
        form.setErrors(Dictionary(problems.map { ($0.field == "email" ? ID.email : ID.phone, $0.message) }, uniquingKeysWith: { a, _ in a }))
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, ascii: Bool) {
        let rows = 2 + form.fields.filter { $0.error != nil }.count
        let rect = area.centered(Size(width: min(area.width - 2, 72), height: min(area.height, rows + 4)))
        let inner = Box(title: title, borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii).render(into: &buffer, in: rect, theme: theme)
        guard inner.height > 1 else { return }
        let body = inner.inset(left: 1, right: 1)
        Form.render(form, into: &buffer, in: Rect(x: body.x, y: body.y, width: body.width, height: body.height - 1), theme: theme)
        buffer.put("Tab next field · Enter on Email or ^S saves · Esc cancel", x: body.x, y: inner.maxY - 1, style: theme[.muted], maxWidth: body.width)
        discard.render(into: &buffer, in: area, theme: theme, ascii: ascii)
    }
}
