/// The kinds of input a form can hold.
public enum FormControl: Hashable, Sendable {
    case text(TextFieldState)
    /// A multi-line editor `rows` tall.
    case editor(TextEditorState, rows: Int)
    case dropdown(DropdownState)
    case date(DateFieldState)

    /// Rows the control takes on screen.
    var rows: Int { if case .editor(_, let rows) = self { return max(1, rows) }; return 1 }
}

/// One labelled field; `error` is set by the owner after validation and shown under the field.
public struct FormField: Hashable, Sendable {
    public var id: String
    public var label: String
    public var control: FormControl
    public var error: String?

    public init(id: String, label: String, control: FormControl, error: String? = nil) {
        self.id = id; self.label = label; self.control = control; self.error = error
    }

    /// The value as text: typed text, the chosen option ("" when none), or the date field's text.
    public var value: String {
        switch control {
        case .text(let s): return s.text
        case .editor(let s, _): return s.text
        case .dropdown(let s): return s.selectedValue ?? ""
        case .date(let s): return s.field.text
        }
    }
}

/// Ordered fields with Tab/Shift-Tab focus, per-field errors, Ctrl-S to submit and Esc to cancel.
public struct FormState: Hashable, Sendable {
    public var fields: [FormField]
    public private(set) var focusIndex = 0

    public init(fields: [FormField]) { self.fields = fields }

    public var focusedID: String? { fields.indices.contains(focusIndex) ? fields[focusIndex].id : nil }

    /// The field with this id (get and set).
    public subscript(id: String) -> FormField? {
        get { fields.first { $0.id == id } }
        set { if let i = fields.firstIndex(where: { $0.id == id }), let newValue { fields[i] = newValue } }
    }

    /// Every field's value by id.
    public var values: [String: String] { Dictionary(fields.map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a }) }

    /// `values` with each valid date as the day it means, so a default such as "+7" and the ISO date
    /// it is written out as on leaving the field compare equal (nothing was typed).
    public var meaningfulValues: [String: String] {
        Dictionary(fields.map { f in
            if case .date(let d) = f.control, let day = d.value { return (f.id, day.iso) }
            return (f.id, f.value)
        }, uniquingKeysWith: { a, _ in a })
    }

    /// Replaces all errors after validation: fields not named lose theirs. Focus moves to the first field in error.
    public mutating func setErrors(_ errors: [String: String]) {
        for i in fields.indices { fields[i].error = errors[fields[i].id] }
        if let first = fields.firstIndex(where: { $0.error != nil }) { moveFocus(to: first) }
    }

    public mutating func setError(_ message: String?, for id: String) {
        if let i = fields.firstIndex(where: { $0.id == id }) { fields[i].error = message }
    }

    public var hasErrors: Bool { fields.contains { $0.error != nil } }

    public mutating func focus(id: String) {
        if let i = fields.firstIndex(where: { $0.id == id }) { moveFocus(to: i) }
    }

    /// Tab/Shift-Tab move focus (wrapping), Enter in a one-line field (or choosing from a list with
    /// it) moves on, Ctrl-S submits, Esc cancels; everything else goes to the focused control.
    /// `width` is the form's width. Editing a field clears its error, since the owner validates
    /// again on submit.
    public mutating func handle(_ key: Key, width: Int) -> KeyOutcome {
        guard fields.indices.contains(focusIndex) else { return key == .escape ? .cancelled : .ignored }
        let controlWidth = max(1, width - labelWidth)
        var field = fields[focusIndex]
        var outcome: KeyOutcome
        var choseWithEnter = false
        switch field.control {
        case .text(var s): outcome = s.handle(key, width: controlWidth); field.control = .text(s)
        case .editor(var s, let rows):
            outcome = key == .tab || key == .backTab || key == .ctrl("s") ? .ignored : s.handle(key, width: controlWidth, height: rows)
            field.control = .editor(s, rows: rows)
        case .dropdown(var s):
            // Typing on a closed list opens it and starts filtering: "ph" finds Phone without Enter first.
            if case .char(let c) = key, c != " ", !s.isOpen { s.open() }
            let wasOpen = s.isOpen
            outcome = s.handle(key); field.control = .dropdown(s)
            // A choice made with Enter moves on, as Enter in a one-line field does.
            if wasOpen, key == .enter, !s.isOpen { choseWithEnter = true }
        case .date(var s):
            outcome = key == .enter ? .ignored : s.handle(key, width: min(controlWidth, DateFieldState.inputWidth))
            field.control = .date(s)
        }
        if outcome == .changed { field.error = nil }
        fields[focusIndex] = field
        if choseWithEnter { moveFocus(to: min(focusIndex + 1, fields.count - 1)) }
        switch (outcome, key) {
        case (.ignored, .tab): moveFocus(to: (focusIndex + 1) % fields.count); return .consumed
        case (.ignored, .backTab): moveFocus(to: (focusIndex + fields.count - 1) % fields.count); return .consumed
        case (.submitted, _), (.ignored, .enter):
            moveFocus(to: min(focusIndex + 1, fields.count - 1)); return .consumed
        case (.ignored, .ctrl("s")): normalizeFocused(); return .submitted
        case (.cancelled, _), (.ignored, .escape): return .cancelled
        default: return outcome
        }
    }

    private mutating func moveFocus(to index: Int) {
        normalizeFocused()
        if case .dropdown(var s) = fields[focusIndex].control, s.isOpen { s.close(); fields[focusIndex].control = .dropdown(s) }
        focusIndex = index
    }

    private mutating func normalizeFocused() {
        if case .date(var s) = fields[focusIndex].control { s.normalize(); fields[focusIndex].control = .date(s) }
    }

    /// Columns taken by labels: the longest label plus ": ".
    public var labelWidth: Int { (fields.map(\.label.terminalWidth).max() ?? 0) + 2 }
}
