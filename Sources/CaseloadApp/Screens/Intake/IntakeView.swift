import CaseloadCore
import TerminalKit

/// Draws the intake: a heading, the form, the full text of the focused field's error when its row cannot
/// hold it, and (for a new
/// client) the possible duplicates beside the form on wide terminals, under it on narrow ones.
struct IntakeView {
    let state: IntakeState
    let ascii: Bool

    static let sidePanelMinWidth = 120
    static let bottomPanelHeight = 6

    struct Layout { var heading: Rect, form: Rect, detail: Rect, panel: Rect? }

    static func layout(_ state: IntakeState, in rect: Rect, marker: String = ThemeMarkers().error) -> Layout {
        let heading = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        var rest = rect.inset(top: 2, left: 1, right: 1)
        var panel: Rect?
        if state.isNew {
            if rect.width >= sidePanelMinWidth {
                // The form needs about 64 columns; the duplicates get the rest.
                let parts = rest.splitHorizontally([.fixed(64), .fixed(1), .fill(1)])
                rest = parts[0]; panel = parts[2]
            } else {
                let parts = rest.splitVertically([.fill(1), .fixed(bottomPanelHeight)])
                rest = parts[0]; panel = parts[1]
            }
        }
        let detailRows = detailLines(state, width: rest.width, marker: marker).count
        let split = rest.splitVertically([.fill(1), .fixed(detailRows)])
        return Layout(heading: heading, form: split[0], detail: split[1], panel: panel)
    }

    /// The focused field's error in full when its row in the form would cut it short, at most two rows
    /// (a message that fits is shown once, under its field).
    static func detailLines(_ state: IntakeState, width: Int, marker: String = ThemeMarkers().error) -> [String] {
        guard let id = state.form.focusedID, let field = state.form[id], let error = field.error,
              !Form.showsInFull(error, formWidth: width, marker: marker) else { return [] }
        return Array(TextWrap.wrap("\(field.label): \(error)", width: max(10, width - 2)).prefix(2))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > 4 else { return }
        let layout = Self.layout(state, in: rect, marker: theme.errorMarker)
        let heading = state.isNew ? " New client" : " Edit client"
        let x = layout.heading.x + buffer.put(heading, x: layout.heading.x, y: layout.heading.y, style: theme[.label])
        let hint = state.isNew ? " · SOP 3: no placeholders; leave a field empty until it is known"
            : " · \(state.original?.sortName ?? "") · changes are saved with ^S"
        buffer.put(hint, x: x, y: layout.heading.y, style: theme[.muted], maxWidth: layout.heading.maxX - x)
        guard state.isReady else {
            EmptyState.render("Loading…", into: &buffer, in: layout.form, theme: theme)
            return
        }
        // The form goes last: an open dropdown's popup must lie over the panel, not under it.
        if let panel = layout.panel {
            DuplicatePanel(duplicates: state.duplicates, born: state.typedBirthDate)
                .render(into: &buffer, in: panel, theme: theme, ascii: ascii)
        }
        for (i, line) in Self.detailLines(state, width: layout.detail.width, marker: theme.errorMarker).enumerated() {
            buffer.put("\(theme.errorMarker) \(line)", x: layout.detail.x, y: layout.detail.y + i, style: theme[.error],
                       maxWidth: layout.detail.width)
        }
        Form.render(state.form, into: &buffer, in: layout.form, theme: theme)
    }
}
