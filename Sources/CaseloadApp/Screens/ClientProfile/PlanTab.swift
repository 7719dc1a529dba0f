import CaseloadCore
import CaseloadStore
import TerminalKit

/// Tab 4: the Employment Action Plan's status and its items (read-only here).
struct PlanTab {
    let data: ProfileData
    let format: ProfileFormat
    let width: Int

    static let labelWidth = 10

    var plan: ProfilePlan? { data.plan ?? nil }

    /// The plan's status lines above the items table.
    func headerLines() -> [StyledLine] {
        guard let p = plan?.plan else {
            return [StyledLine("No Employment Action Plan for this client yet.", .muted),
                    StyledLine("p opens the plan editor to start one; its status and items are listed here.", .muted)]
        }
        var out: [StyledLine] = []
        func field(_ label: String, _ value: String, _ role: ThemeRole = .normal) {
            out += StyledLine.field(label, value, labelWidth: Self.labelWidth, width: width, role: role)
        }
        var status = p.status.rawValue
        if p.status == .onHold {
            status += " since \(format.long(p.onHoldSince))" + (p.onHoldReason.map { ": \($0)" } ?? "")
        }
        if p.status == .closed {
            status += " on \(format.long(p.closedOn))" + (p.closureReason.map { ": \($0)" } ?? "")
            if p.isEarlyExit { status += " · early exit (R-10)" }
        }
        field("Status", status, p.status == .onHold ? .warning : .normal)
        field("Goal", p.goal ?? ProfileFormat.none)
        field("Opened", format.long(p.openedOn))
        return out
    }

    /// Items with actual dates where known, else the expected ones marked `~`.
    func items() -> TableContent {
        let items = plan?.items ?? []
        return TableContent(
            columns: [TableColumn("Item", minWidth: 10, maxWidth: 26), TableColumn("Starts", sizing: .fixed(11)),
                      TableColumn("Ends", sizing: .fixed(11)), TableColumn("Status", minWidth: 9, maxWidth: 11),
                      TableColumn("Outcome", minWidth: 7, maxWidth: 12)],
            rows: items.map { i in
                [i.type, date(i.actualStart, expected: i.expectedStart), date(i.actualEnd, expected: i.expectedEnd),
                 i.status.rawValue, i.outcome?.rawValue ?? ProfileFormat.none]
            },
            empty: plan == nil ? "" : "This plan has no items yet.")
    }

    /// The selected item's description, which the table has no room for.
    func details(selected: Int, width: Int) -> [StyledLine] {
        guard let items = plan?.items, items.indices.contains(selected) else { return [] }
        let item = items[selected]
        var text = item.description.flatMap { $0.isEmpty ? nil : $0 } ?? "no description"
        if item.isEmploymentOutcomeProgram { text += " · employment-outcome program: its jobs are not PBF-eligible (R-14)" }
        return StyledLine.field("Details", text, labelWidth: Self.labelWidth, width: width)
    }

    private func date(_ actual: LocalDate?, expected: LocalDate?) -> String {
        if let actual { return actual.iso }
        return expected.map { "~" + $0.iso } ?? ProfileFormat.none
    }

    /// Whether any row shows an expected date, which the legend then explains.
    var showsExpectedDates: Bool {
        (plan?.items ?? []).contains { ($0.actualStart == nil && $0.expectedStart != nil) || ($0.actualEnd == nil && $0.expectedEnd != nil) }
    }

    static let legend = "~ expected date (no actual date yet)"
}
