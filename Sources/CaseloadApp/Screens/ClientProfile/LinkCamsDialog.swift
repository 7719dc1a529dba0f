import TerminalKit

/// The small modal for linking the CaMS reference: one field, the store's refusal under it.
struct LinkCamsDialog: Hashable {
    var field: TextFieldState
    /// The store's message after a refused link; the typed text stays for correcting.
    var error: String?
    var clientName: String
    /// Esc after changing the reference asks first.
    private(set) var discard = DiscardQuestion()
    private let initialText: String

    init(current: String?, clientName: String) {
        field = TextFieldState(current ?? "", placeholder: "6 to 12 digits", maxLength: 20)
        field.cursor = field.text.count
        self.clientName = clientName
        initialText = field.text
    }

    var hasTypedText: Bool { field.text != initialText }

    static let width = 64
    static let fieldWidth = 22

    /// Enter: try to link; Esc: close; everything else edits the field (and clears an old error).
    enum Outcome { case none, submit(String), cancel }

    mutating func handle(_ key: Key) -> Outcome {
        switch discard.filter(key, escapeWouldDiscard: hasTypedText) {
        case .discard: return .cancel
        case .stay: return .none
        case .passOn: break
        }
        switch field.handle(key, width: Self.fieldWidth) {
        case .submitted: return .submit(field.text)
        case .cancelled: return .cancel
        case .changed: error = nil; return .none
        default: return .none
        }
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, ascii: Bool) {
        let width = min(Self.width, area.width - 2)
        let errorRows = error.map { TextWrap.wrap("\(theme.errorMarker) \($0)", width: width - 4) } ?? []
        let rect = area.centered(Size(width: width, height: 8 + errorRows.count))
        let inner = Box(title: "Link CaMS reference", borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii)
            .render(into: &buffer, in: rect, theme: theme).inset(left: 1, right: 1)
        guard inner.height >= 5 else { return }
        buffer.put("Client: \(clientName)", x: inner.x, y: inner.y, style: theme[.dialog], maxWidth: inner.width)
        buffer.put("6 to 12 digits, as CaMS shows it (keep leading zeros).", x: inner.x, y: inner.y + 1, style: theme[.muted], maxWidth: inner.width)
        buffer.put("Reference:", x: inner.x, y: inner.y + 3, style: theme[.label])
        let fieldRect = Rect(x: inner.x + 11, y: inner.y + 3, width: min(Self.fieldWidth, inner.width - 11), height: 1)
        field.render(into: &buffer, in: fieldRect, theme: theme, focused: true)
        for (i, row) in errorRows.enumerated() {
            buffer.put(row, x: inner.x, y: inner.y + 4 + i, style: theme[.error], clip: inner)
        }
        let hint = "Enter link · Esc cancel"
        buffer.put(hint, x: inner.x, y: inner.maxY - 1, style: theme[.muted], maxWidth: inner.width)
        discard.render(into: &buffer, in: area, theme: theme, ascii: ascii)
    }
}
