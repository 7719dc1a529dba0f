import CaseloadCore
import TerminalKit

/// Draws the employment form with the live PBF and checkpoint panel beside it on wide terminals,
/// under it at 80 columns.
struct EmploymentEntryView {
    let state: EmploymentEntryState
    let ascii: Bool

    static let sidePanelMinWidth = 120

    struct Layout { var heading: Rect, form: Rect, panel: Rect }

    static func layout(_ state: EmploymentEntryState, in rect: Rect) -> Layout {
        let heading = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        let rest = rect.inset(top: 2, left: 1, right: 1)
        if rect.width >= sidePanelMinWidth {
            let parts = rest.splitHorizontally([.fixed(64), .fixed(2), .fill(1)])
            return Layout(heading: heading, form: parts[0], panel: parts[2])
        }
        // The form takes what its fields need; the panel gets the rest below a blank row.
        let formRows = state.form.fields.reduce(0) { $0 + 1 + ($1.error == nil ? 0 : 1) }
        let parts = rest.splitVertically([.fixed(min(formRows, max(0, rest.height - 6))), .fixed(1), .fill(1)])
        return Layout(heading: heading, form: parts[0], panel: parts[2])
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > 4 else { return }
        let layout = Self.layout(state, in: rect)
        let x = layout.heading.x + buffer.put(" Record a job", x: layout.heading.x, y: layout.heading.y, style: theme[.label])
        buffer.put(" · \(state.clientName) · a job never closes the EAP (R-09) · ^S saves", x: x, y: layout.heading.y,
                   style: theme[.muted], maxWidth: layout.heading.maxX - x)
        guard state.isReady else {
            EmptyState.render(state.loadError ?? "Loading…", into: &buffer, in: layout.form, theme: theme)
            return
        }
        LinesView.render(state.panel(width: layout.panel.width).lines(), scroll: state.panelScroll, into: &buffer, in: layout.panel, theme: theme)
        // The form goes last: an open dropdown's popup must lie over the panel, not under it.
        Form.render(state.form, into: &buffer, in: layout.form, theme: theme)
    }

    static func panelLineCount(_ state: EmploymentEntryState, in rect: Rect) -> (lines: Int, height: Int) {
        let panel = layout(state, in: rect).panel
        return (state.panel(width: panel.width).lines().count, panel.height)
    }
}
