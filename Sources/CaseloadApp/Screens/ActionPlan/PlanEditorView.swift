import CaseloadCore
import TerminalKit

/// Draws the plan editor: who and what status (with R-13's hold and R-10's early exit in words), the
/// items table, a legend and the selected item's details. Wide terminals get separate expected and
/// actual date columns; at 80 columns an item shows its actual dates, or `~` expected ones.
struct PlanEditorView {
    let state: PlanEditorState
    let today: LocalDate

    static let wideWidth = 100
    static let headerRows = 4
    static let footerRows = 3

    func tableRect(in rect: Rect) -> Rect { rect.inset(top: Self.headerRows, left: 1, bottom: Self.footerRows, right: 1) }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > Self.headerRows + Self.footerRows else { return }
        let x = rect.x + 1, width = rect.width - 2
        let used = buffer.put(" Employment Action Plan", x: rect.x, y: rect.y, style: theme[.label], maxWidth: rect.width)
        buffer.put(" · an item's status follows its actual dates".truncated(toWidth: rect.width - used), x: rect.x + used, y: rect.y,
                   style: theme[.muted])
        if let error = state.loadError {
            buffer.put("\(theme.errorMarker) \(error)", x: x, y: rect.y + 2, style: theme[.error], maxWidth: width)
            return
        }
        guard state.isLoaded else { EmptyState.render("Loading…", into: &buffer, in: tableRect(in: rect), theme: theme); return }
        guard let plan = state.plan else {
            buffer.put("No Employment Action Plan for this client yet.", x: x, y: rect.y + 2, style: theme[.normal], maxWidth: width)
            buffer.put("Press o to open one, then a to add its items.", x: x, y: rect.y + 3, style: theme[.muted], maxWidth: width)
            return
        }
        let (status, role) = Self.statusText(plan)
        field("Status", status, role, y: rect.y + 1, x: x, width: width, into: &buffer, theme: theme)
        field("Goal", "\(plan.goal ?? "—") · opened \(plan.openedOn.long)", .normal, y: rect.y + 2, x: x, width: width, into: &buffer, theme: theme)

        let table = tableRect(in: rect)
        let wide = rect.width >= Self.wideWidth
        Table(columns: columns(wide: wide), rows: state.items.map { row($0, wide: wide) },
              emptyMessage: plan.status == .closed ? "This plan has no items." : "No items yet: a adds one (job search, training, workshop …).",
              rowRole: { state.items[$0].status == .cancelled ? .muted : nil })
            .render(state.list, into: &buffer, in: table, theme: theme)
        if !state.items.isEmpty {
            let top = state.list.visibleOffset(itemCount: state.items.count, visibleRows: Table.bodyRows(forHeight: table.height))
            buffer.cursor = (table.x, table.y + 1 + state.list.selected - top)
        }
        let legend = (wide ? "" : "~ expected date · ") + "R-14 yes: outcome program, its jobs are not PBF-eligible"
        buffer.put(legend, x: x, y: table.maxY, style: theme[.muted], maxWidth: width)
        if let item = state.selectedItem {
            for (i, line) in TextWrap.wrap(Self.details(item), width: width).prefix(2).enumerated() {
                buffer.put(line, x: x, y: table.maxY + 1 + i, style: theme[.normal], maxWidth: width)
            }
        }
    }

    private func field(_ label: String, _ value: String, _ role: ThemeRole, y: Int, x: Int, width: Int,
                       into buffer: inout ScreenBuffer, theme: Theme) {
        buffer.put(label.padded(toWidth: 8), x: x, y: y, style: theme[.label])
        buffer.put(value.truncated(toWidth: width - 8), x: x + 8, y: y, style: theme[role])
    }

    /// "Active - On Hold since Mon 16 Mar 2026: Training: Forklift", "Closed … · EARLY EXIT (R-10)".
    static func statusText(_ plan: ActionPlan) -> (String, ThemeRole) {
        switch plan.status {
        case .active: return ("Active", .normal)
        case .onHold:
            return ("Active - On Hold since \(plan.onHoldSince?.long ?? "—")" + (plan.onHoldReason.map { ": \($0)" } ?? ""), .warning)
        case .closed:
            var text = "Closed \(plan.closedOn?.long ?? "—")" + (plan.closureReason.map { ": \($0)" } ?? "")
            if plan.isEarlyExit { text += " · EARLY EXIT (R-10)" }
            return (text, plan.isEarlyExit ? .warning : .muted)
        }
    }

    private func columns(wide: Bool) -> [TableColumn] {
        let dates = wide
            ? [TableColumn("Exp. start", sizing: .fixed(10)), TableColumn("Exp. end", sizing: .fixed(10)),
               TableColumn("Started", sizing: .fixed(10)), TableColumn("Ended", sizing: .fixed(10))]
            : [TableColumn("Start", sizing: .fixed(11)), TableColumn("End", sizing: .fixed(11))]
        return [TableColumn("Item", minWidth: 10, maxWidth: 30)] + dates
            + [TableColumn("Status", sizing: .fixed(11)), TableColumn("Outcome", sizing: .fixed(12)), TableColumn("R-14", sizing: .fixed(4))]
    }

    private func row(_ item: PlanItem, wide: Bool) -> [String] {
        func d(_ day: LocalDate?) -> String { day?.iso ?? "—" }
        func either(_ actual: LocalDate?, _ expected: LocalDate?) -> String { actual?.iso ?? expected.map { "~" + $0.iso } ?? "—" }
        let dates = wide ? [d(item.expectedStart), d(item.expectedEnd), d(item.actualStart), d(item.actualEnd)]
            : [either(item.actualStart, item.expectedStart), either(item.actualEnd, item.expectedEnd)]
        return [item.type] + dates + [item.status.rawValue, item.outcome?.rawValue ?? "—", item.isEmploymentOutcomeProgram ? "yes" : ""]
    }

    /// The selected item in full: description, both pairs of dates, and R-14.
    static func details(_ item: PlanItem) -> String {
        func d(_ day: LocalDate?) -> String { day?.iso ?? "—" }
        let actual: String
        switch item.status {
        case .notStarted: actual = "not started"
        case .inProgress: actual = "started \(d(item.actualStart))"
        case .completed: actual = "ran \(d(item.actualStart)) → \(d(item.actualEnd))"
        case .cancelled: actual = "cancelled" + (item.actualStart.map { " after starting \($0.iso)" } ?? "")
        }
        var parts = [item.description.map { "\(item.type): \($0)" } ?? item.type]
        if item.expectedStart != nil || item.expectedEnd != nil {
            parts.append("expected \(d(item.expectedStart)) → \(d(item.expectedEnd))")
        }
        parts.append(actual)
        if item.isEmploymentOutcomeProgram { parts.append("employment-outcome program: its jobs are not PBF-eligible (R-14)") }
        return parts.joined(separator: " · ")
    }
}
