import CaseloadCore
import CaseloadStore
import TerminalKit

/// Draws the walk-in screen: the search and its results, or the details form.
enum WalkInView {
    /// The search (or the form), under the heading line.
    static func bodyRect(in rect: Rect) -> Rect { rect.inset(top: 1, left: 1, right: 1) }

    static func render(_ state: WalkInState, into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > 4 else { return }
        let body = bodyRect(in: rect)
        switch state.phase {
        case .search:
            buffer.put(" Find the client first (search before add) · walk-in at \(state.siteName)", x: rect.x, y: rect.y,
                       style: theme[.muted], maxWidth: rect.width)
            state.picker.render(into: &buffer, in: body, theme: theme, label: "Search: ")
        case .details(let existing):
            let head: String
            if let c = existing {
                head = " \(c.sortName) · born \(c.dateOfBirth?.iso ?? "—") · \(c.phone ?? "no phone") — who sees them, and why"
            } else {
                head = " New client: name, date of birth and phone (no placeholders such as N/A or 000)"
            }
            buffer.put(head, x: rect.x, y: rect.y, style: theme[.header], maxWidth: rect.width)
            let formRect = Rect(x: body.x, y: body.y, width: min(body.width, 70), height: body.height - 1)
            Form.render(state.form, into: &buffer, in: formRect, theme: theme)
            buffer.put("^S checks in now (\(state.today.medium)) · Tab next field · Esc back to the search", x: rect.x + 1,
                       y: rect.maxY - 1, style: theme[.muted], maxWidth: rect.width - 2)
        }
    }
}
