import CaseloadCore
import CaseloadStore
import TerminalKit

/// `m`: a follow-up made by hand. First find the client (type to search, arrows pick, Enter or Tab
/// takes the highlighted one), then title, due day and owner.
struct ManualFollowUpDialog {
    enum Outcome: Equatable { case none, search, cancel, submit }

    var search = TextFieldState("", placeholder: "type a name, CaMS ref or phone", maxLength: 60)
    var matches: [ClientSummary] = []
    var pick = 0
    var client: ClientSummary?
    var onClient = true
    var details: FormDialog
    /// Owner choices beside the dropdown's labels (nil: nobody to choose, the actor owns it).
    let owners: [StaffMember]

    static let maxMatches = 5
    /// Esc with a typed search or typed details asks first.
    private(set) var discard = DiscardQuestion()

    var hasTypedText: Bool { (client == nil && !search.text.isEmpty) || details.hasTypedText }

    init(startingWith client: ClientSummary?, owners: [StaffMember], defaultOwner: Int64?, today: LocalDate) {
        self.owners = owners
        var fields = [
            FormField(id: "title", label: "Title", control: .text(TextFieldState("", placeholder: "what needs doing", maxLength: 200))),
            FormField(id: "due", label: "Due", control: .date(DateFieldState(FollowUpDialog.aWeekOn(today).iso, today: today, allowsEmpty: false, accepting: .anyDay))),
        ]
        if owners.count > 1 {
            let index = owners.firstIndex { $0.id == defaultOwner } ?? 0
            fields.append(FormField(id: "owner", label: "Owner", control: .dropdown(DropdownState(options: owners.map(\.fullName), selectedIndex: index))))
        }
        details = FormDialog(title: "New follow-up", fields: fields)
        if let client { choose(client) }
    }

    var ownerID: Int64? {
        guard owners.count > 1, let i = details.choice("owner"), owners.indices.contains(i) else { return owners.first?.id }
        return owners[i].id
    }

    mutating func choose(_ summary: ClientSummary) {
        client = summary
        search.text = Self.label(summary)
        matches = []; pick = 0; onClient = false
    }

    static func label(_ c: ClientSummary) -> String {
        "\(c.lastName), \(c.preferredName ?? c.firstName)" + (c.camsReference.map { " · \($0)" } ?? "")
    }

    mutating func handle(_ key: Key) -> Outcome {
        switch discard.filter(key, escapeWouldDiscard: hasTypedText && (onClient || !details.focusedDropdownIsOpen)) {
        case .discard: return .cancel
        case .stay: return .none
        case .passOn: break
        }
        guard onClient else {
            if key == .backTab, details.form.focusedID == details.form.fields.first?.id { onClient = true; return .none }
            switch details.handle(key) {
            case .cancel: return .cancel
            case .submit: return .submit
            case .none: return .none
            }
        }
        switch key {
        case .escape: return .cancel
        case .up: pick = max(0, pick - 1); return .none
        case .down: pick = min(max(0, matches.count - 1), pick + 1); return .none
        case .enter, .tab:
            if matches.indices.contains(pick) { choose(matches[pick]) }
            else if client != nil { onClient = false }
            else { details.error = "Type part of the client's name, then pick them with the arrows and Enter." }
            return .none
        default:
            if search.handle(key, width: 40) == .changed { client = nil; details.error = nil; return .search }
            return .none
        }
    }

    // MARK: drawing

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, ascii: Bool) {
        let width = min(FormDialog.width, area.width)
        let listRows = onClient ? max(1, min(Self.maxMatches, matches.count)) : 0
        let height = min(area.height, 4 + listRows + details.form.fields.count + (details.error == nil ? 0 : 1) + 3)
        let rect = area.centered(Size(width: width, height: height))
        let inner = Box(title: "New follow-up", borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii)
            .render(into: &buffer, in: rect, theme: theme).inset(left: 1, right: 1)
        guard inner.height > 3 else { return }
        var y = inner.y
        buffer.put("Client:", x: inner.x, y: y, style: theme[.label])
        let field = Rect(x: inner.x + 8, y: y, width: inner.width - 8, height: 1)
        search.render(into: &buffer, in: field, theme: theme, focused: onClient)
        if onClient { buffer.cursor = (field.x + min(search.cursorColumn, field.width - 1), y) }
        y += 1
        if onClient {
            if matches.isEmpty {
                let hint = search.text.isEmpty ? "Type to search clients." : "No client matches “\(search.text)”."
                buffer.put(hint, x: inner.x + 8, y: y, style: theme[.muted], maxWidth: inner.width - 8); y += 1
            }
            for (i, m) in matches.prefix(Self.maxMatches).enumerated() {
                let chosen = i == pick
                let text = (chosen ? theme.selectedMarker : " ") + " " + Self.label(m)
                buffer.put(text, x: inner.x + 6, y: y, style: theme[chosen ? .selected : .dialog], maxWidth: inner.width - 6); y += 1
            }
        }
        y += 1
        let bottom = inner.maxY - 1 - (details.error == nil ? 0 : 1)
        Form.render(details.form, into: &buffer, in: Rect(x: inner.x, y: y, width: inner.width, height: max(0, bottom - y)), theme: theme)
        if let error = details.error {
            buffer.put("\(theme.errorMarker) \(error)", x: inner.x, y: bottom, style: theme[.error], maxWidth: inner.width)
        }
        let hint = onClient ? "↑↓ pick · Enter/Tab takes the client · Esc cancels" : "Enter on the last field or ^S saves · Shift-Tab back to client · Esc cancels"
        buffer.put(hint.truncated(toWidth: inner.width), x: inner.x, y: inner.maxY - 1, style: theme[.muted])
        discard.render(into: &buffer, in: area, theme: theme, ascii: ascii)
    }
}
