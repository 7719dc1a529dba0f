import CaseloadCore
import TerminalKit

/// A small modal asking why: a text field, the common reasons under it (↑/↓ fill the field), and
/// for a cancellation who cancelled (Tab switches). Enter saves, Esc backs out.
struct ReasonPrompt {
    enum Outcome: Equatable { case none, cancelled, submitted(reason: String, cancelledBy: CancelledBy?) }

    var title: String
    var isRequired: Bool
    var field = TextFieldState("", placeholder: "type a reason, or ↑↓ to pick", maxLength: 200)
    /// Set for cancellations only.
    var cancelledBy: CancelledBy?
    var highlighted: Int?
    var problem: String?
    /// Esc after typing a reason asks first (a reason picked from the list is quick to pick again).
    private(set) var discard = DiscardQuestion()

    var hasTypedText: Bool { !field.text.trimmingCharacters(in: .whitespaces).isEmpty && highlighted == nil }

    init(title: String, isRequired: Bool, cancelledBy: CancelledBy? = nil) {
        self.title = title; self.isRequired = isRequired; self.cancelledBy = cancelledBy
    }

    var options: [String] {
        switch cancelledBy {
        case .client?: return CommonReasons.cancelledByClient
        case .staff?: return CommonReasons.cancelledByStaff
        case nil: return []
        }
    }

    /// Options for prompts without a "by" choice, set by the caller.
    var fixedOptions: [String] = []
    var shownOptions: [String] { cancelledBy == nil ? fixedOptions : options }

    mutating func handle(_ key: Key) -> Outcome {
        switch discard.filter(key, escapeWouldDiscard: hasTypedText) {
        case .discard: return .cancelled
        case .stay: return .none
        case .passOn: break
        }
        let list = shownOptions
        switch key {
        case .up, .down:
            guard !list.isEmpty else { return .none }
            let step = key == .up ? -1 : 1
            let next = highlighted.map { ($0 + step + list.count) % list.count } ?? (step > 0 ? 0 : list.count - 1)
            highlighted = next
            field.text = list[next]; field.cursor = list[next].count
            problem = nil
            return .none
        case .tab, .backTab:
            if let by = cancelledBy {
                cancelledBy = by == .client ? .staff : .client
                highlighted = nil
            }
            return .none
        default: break
        }
        switch field.handle(key, width: 40) {
        case .cancelled: return .cancelled
        case .submitted:
            let reason = field.text.trimmingCharacters(in: .whitespaces)
            if isRequired && reason.isEmpty {
                problem = "A reason is required: type one or pick one with ↑↓."
                return .none
            }
            return .submitted(reason: reason, cancelledBy: cancelledBy)
        case .changed: highlighted = nil; problem = nil; return .none
        default: return .none
        }
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, ascii: Bool) {
        let list = shownOptions
        let width = min(area.width - 4, 64)
        let height = 6 + list.count + (cancelledBy == nil ? 0 : 2) + (problem == nil ? 0 : 1)
        let rect = area.centered(Size(width: width, height: min(area.height, height)))
        let inner = Box(title: title, borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii).render(into: &buffer, in: rect, theme: theme)
        guard inner.height > 2 else { return }
        let body = inner.inset(left: 1, right: 1)
        var y = body.y
        func line(_ text: String, _ role: ThemeRole = .dialog) {
            guard y < inner.maxY else { return }
            buffer.put(text, x: body.x, y: y, style: theme[role], maxWidth: body.width); y += 1
        }
        if let by = cancelledBy {
            let client = by == .client ? "[x] Client" : "[ ] Client", staff = by == .staff ? "[x] Staff" : "[ ] Staff"
            line("Cancelled by: \(client)  \(staff)   (Tab switches)")
            y += 1
        }
        line(isRequired ? "Reason (required):" : "Reason (optional):", .label)
        let fieldRect = Rect(x: body.x, y: y, width: body.width, height: 1)
        field.render(into: &buffer, in: fieldRect, theme: theme, focused: true)
        y += 1
        if let problem { line("\(theme.errorMarker) \(problem)", .error) }
        for (i, option) in list.enumerated() {
            let chosen = i == highlighted
            line((chosen ? theme.selectedMarker + " " : "  ") + option, chosen ? .selected : .dialog)
        }
        y += 1
        line("Enter save · ↑↓ common reasons · Esc cancel", .muted)
        discard.render(into: &buffer, in: area, theme: theme, ascii: ascii)
    }
}
