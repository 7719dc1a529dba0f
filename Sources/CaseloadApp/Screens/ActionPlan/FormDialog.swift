import CaseloadCore
import TerminalKit

/// A small modal form in a box: a few lines saying what it does (and which rule asks for it), the
/// fields, and the last error. Tab/Enter move on, Enter on the last field or ^S submits, Esc cancels
/// (asking first when something was typed).
/// Used by the plan editor's actions and the profile's checkpoint recording.
struct FormDialog {
    enum Outcome: Equatable { case none, cancel, submit }

    var title: String
    var lines: [String]
    var form: FormState
    /// Why the last submit was refused; cleared by the next change.
    var error: String?
    /// Esc with typed text asks first.
    private(set) var discard = DiscardQuestion()
    private let initialValues: [String: String]

    static let width = 72

    init(title: String, lines: [String] = [], fields: [FormField]) {
        self.title = title; self.lines = lines; form = FormState(fields: fields)
        initialValues = form.meaningfulValues
    }

    /// Anything typed or chosen since the dialog opened.
    var hasTypedText: Bool { form.meaningfulValues != initialValues }

    var focusedDropdownIsOpen: Bool {
        guard let id = form.focusedID, case .dropdown(let d)? = form[id]?.control else { return false }
        return d.isOpen
    }

    private var isOnLastField: Bool { form.focusedID == form.fields.last?.id }

    mutating func handle(_ key: Key) -> Outcome {
        switch discard.filter(key, escapeWouldDiscard: hasTypedText && !focusedDropdownIsOpen) {
        case .discard: return .cancel
        case .stay: return .none
        case .passOn: break
        }
        // Enter on the last field saves, unless it opens or chooses in a dropdown there.
        if key == .enter, isOnLastField, !focusedDropdownIsOpen {
            if let id = form.focusedID, case .dropdown(let d)? = form[id]?.control, d.selectedIndex == nil {
                return form.handle(key, width: Self.width) == .cancelled ? .cancel : .none
            }
            return .submit
        }
        if !focusedDropdownIsOpen {
            if key == .down { moveFocus(by: 1); return .none }
            if key == .up { moveFocus(by: -1); return .none }
        }
        switch form.handle(key, width: Self.width - 4) {
        case .cancelled: return .cancel
        case .submitted: return .submit
        case .changed: error = nil; return .none
        default: return .none
        }
    }

    mutating func moveFocus(by step: Int) {
        guard let id = form.focusedID, let i = form.fields.firstIndex(where: { $0.id == id }) else { return }
        let next = i + step
        if form.fields.indices.contains(next) { form.focus(id: form.fields[next].id) }
    }

    /// Puts problems on their fields; the ones without a field become the dialog's error line.
    mutating func show(_ problems: [FieldError]) {
        var byField: [String: String] = [:]
        var other: [String] = []
        for p in problems {
            if form[p.field] != nil, byField[p.field] == nil { byField[p.field] = p.message } else { other.append(p.message) }
        }
        form.setErrors(byField)
        let marked = byField.count == 1 ? "the marked field" : "the \(byField.count) marked fields"
        error = other.isEmpty ? (byField.isEmpty ? nil : "Fix \(marked), then Enter or ^S.") : other.joined(separator: " ")
    }

    // MARK: values

    func text(_ id: String) -> String { (form[id]?.value ?? "").trimmingCharacters(in: .whitespaces) }

    func date(_ id: String) -> LocalDate? {
        guard case .date(let d)? = form[id]?.control, let day = d.value else { return nil }
        return LocalDate(year: day.year, month: day.month, day: day.day)
    }

    func choice(_ id: String) -> Int? {
        guard case .dropdown(let d)? = form[id]?.control else { return nil }
        return d.selectedIndex
    }

    /// The date field's own complaint ("Feb 2026 has 28 days"), or a required-date message.
    func dateProblem(_ id: String, required: Bool) -> FieldError? {
        guard case .date(let d)? = form[id]?.control else { return nil }
        if let why = d.error { return FieldError(field: id, message: why) }
        if required, d.value == nil { return FieldError(field: id, message: "Enter a date (YYYY-MM-DD, today, -3).") }
        return nil
    }

    // MARK: drawing

    /// Rows the form takes (fields and their error lines).
    private var formRows: Int { form.fields.reduce(0) { $0 + 1 + ($1.error == nil ? 0 : 1) } }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, ascii: Bool) {
        let width = min(Self.width, area.width)
        let text = lines.flatMap { TextWrap.wrap($0, width: width - 4) }
        let errorRows = error.map { TextWrap.wrap("\(theme.errorMarker) \($0)", width: width - 4) } ?? []
        let hint = "Enter on the last field or ^S saves · Esc cancels"
        let height = min(area.height, text.count + (text.isEmpty ? 0 : 1) + formRows + errorRows.count + 4)
        let rect = area.centered(Size(width: width, height: height))
        let inner = Box(title: title, borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii)
            .render(into: &buffer, in: rect, theme: theme).inset(left: 1, right: 1)
        guard inner.height > 1 else { return }
        var y = inner.y
        for line in text where y < inner.maxY - 1 {
            buffer.put(line, x: inner.x, y: y, style: theme[.dialog], maxWidth: inner.width); y += 1
        }
        if !text.isEmpty { y += 1 }
        let bottom = inner.maxY - 1 - errorRows.count
        Form.render(form, into: &buffer, in: Rect(x: inner.x, y: y, width: inner.width, height: max(0, bottom - y)), theme: theme)
        for (i, row) in errorRows.enumerated() {
            buffer.put(row, x: inner.x, y: bottom + i, style: theme[.error], maxWidth: inner.width)
        }
        buffer.put(hint.truncated(toWidth: inner.width), x: inner.x, y: inner.maxY - 1, style: theme[.muted])
        discard.render(into: &buffer, in: area, theme: theme, ascii: ascii)
    }
}
