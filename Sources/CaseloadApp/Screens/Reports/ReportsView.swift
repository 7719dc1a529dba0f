import CaseloadCore
import CaseloadStore
import TerminalKit

/// Draws the Reports screen: a heading with the period and scope, the figures table with bars, and
/// the selected figure's per-caseworker breakdown underneath; or, after Enter, the clients behind it.
struct ReportsView {
    let state: ReportsState

    /// Rows kept under the figures for the per-caseworker breakdown (heading included).
    static func breakdownHeight(for rect: Rect) -> Int { min(8, max(3, (rect.height - 2) / 4)) }

    static func tableRect(in rect: Rect, drilling: Bool) -> Rect {
        let body = rect.inset(top: 2)
        return drilling ? body : Rect(x: body.x, y: body.y, width: body.width, height: max(1, body.height - breakdownHeight(for: rect)))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > 4 else { return }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.header])
        if let drill = state.drill {
            buffer.put(" \(drill.line.group): \(drill.line.label)", x: rect.x, y: rect.y, style: theme[.header], maxWidth: rect.width)
            buffer.put(" \(drill.clients.count) client\(drill.clients.count == 1 ? "" : "s") · \(state.period.title) · \(state.scope.name)"
                       + " · Enter opens one · Esc: the figures", x: rect.x, y: rect.y + 1, style: theme[.muted], maxWidth: rect.width)
            renderClients(drill, into: &buffer, in: Self.tableRect(in: rect, drilling: true), theme: theme)
            return
        }
        buffer.put(" " + headline, x: rect.x, y: rect.y, style: theme[.header], maxWidth: rect.width)
        let note = state.isLoading && state.report == nil ? " Counting…"
            : " ←/→ period · y month or fiscal year · s scope · Enter lists the clients behind a figure"
        buffer.put(note, x: rect.x, y: rect.y + 1, style: theme[.muted], maxWidth: rect.width)
        let table = Self.tableRect(in: rect, drilling: false)
        renderFigures(into: &buffer, in: table, theme: theme)
        let below = Rect(x: rect.x, y: table.y + table.height, width: rect.width, height: rect.y + rect.height - table.y - table.height)
        renderBreakdown(into: &buffer, in: below, theme: theme)
    }

    /// "November 2026, 1–30 Nov · Whole agency · previous: 1–31 Oct".
    private var headline: String {
        guard let w = state.report?.window, w.period == state.period else { return "\(state.period.title) · \(state.scope.name)" }
        return "\(state.period.title), \(Self.span(w.current)) · \(state.scope.name) · previous: \(Self.span(w.previous))"
    }

    /// "1–6 Dec", "1 Apr–6 Dec", with the year when it is not the period's.
    static func span(_ r: ClosedRange<LocalDate>) -> String {
        let a = r.lowerBound, b = r.upperBound
        let end = "\(b.day) \(LocalDate.monthShort[b.month - 1]) \(b.year)"
        if a.year == b.year && a.month == b.month { return "\(a.day)–" + end }
        return "\(a.day) \(LocalDate.monthShort[a.month - 1])" + (a.year == b.year ? "" : " \(a.year)") + "–" + end
    }

    private func renderFigures(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        // Number columns as wide as the widest figure; the bar gets what the label leaves.
        let numberWidth = max(11, (state.report?.lines.flatMap { [$0.current.text, $0.previous.text] }.map(\.count).max() ?? 0) + 1)
        let labelWidth = min(48, max(32, rect.width / 3))
        let barWidth = max(6, min(60, rect.width - labelWidth - 2 * numberWidth - 6))
        let rows = state.rows.map { row -> [String] in
            switch row {
            case .heading(let group): return [group, "", "", ""]
            case .figure(let line):
                let (value, largest) = state.barValue(line)
                return ["  " + line.label, line.current.text, line.previous.text, ReportsState.bar(value, largest: largest, width: barWidth)]
            }
        }
        let headings = state.rows.map { if case .heading = $0 { true } else { false } }
        Table(columns: [TableColumn("Figure", minWidth: 20, maxWidth: labelWidth),
                        TableColumn("This period", sizing: .fixed(numberWidth), alignment: .right),
                        TableColumn("Previous", sizing: .fixed(numberWidth), alignment: .right),
                        TableColumn("", minWidth: barWidth)],
              rows: rows, emptyMessage: state.isLoading ? "Counting…" : "No figures.",
              rowRole: { headings.indices.contains($0) && headings[$0] ? .label : nil })
            .render(state.list, into: &buffer, in: rect, theme: theme)
        if !rows.isEmpty {
            let top = state.list.visibleOffset(itemCount: rows.count, visibleRows: Table.bodyRows(forHeight: rect.height))
            buffer.cursor = (rect.x, rect.y + 1 + state.list.selected - top)
        }
    }

    private func renderBreakdown(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        guard let line = state.selectedLine, let report = state.report else { return }
        let split = report.breakdown(of: line)
        let shown = min(split.count, rect.height - 1)
        let more = split.count > shown ? " (top \(shown) of \(split.count); s picks one caseworker)" : ""
        buffer.put(" By caseworker, this period: \(line.label)" + (split.isEmpty ? " (none)" : more),
                   x: rect.x, y: rect.y, style: theme[.label], maxWidth: rect.width)
        let largest = split.map(\.count).max() ?? 0
        let barWidth = max(4, min(40, rect.width - 36))
        for (i, entry) in split.prefix(rect.height - 1).enumerated() {
            let name = entry.name.padding(toLength: 24, withPad: " ", startingAt: 0)
            let count = String(entry.count).leftPadded(to: 6)
            buffer.put("  \(name)\(count)  \(ReportsState.bar(entry.count, largest: largest, width: barWidth))",
                       x: rect.x, y: rect.y + 1 + i, style: theme[.normal], maxWidth: rect.width)
        }
    }

    private func renderClients(_ drill: ReportsState.Drill, into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        let rows = drill.clients.map { [$0.name, $0.camsReference ?? "", $0.caseworker ?? "Unassigned"] }
        Table(columns: [TableColumn("Client", minWidth: 20, maxWidth: 40), TableColumn("CaMS ref", sizing: .fixed(12)),
                        TableColumn("Caseworker", minWidth: 12)],
              rows: rows, emptyMessage: "No clients behind this figure in \(state.period.title).")
            .render(drill.list, into: &buffer, in: rect, theme: theme)
        if !rows.isEmpty {
            let top = drill.list.visibleOffset(itemCount: rows.count, visibleRows: Table.bodyRows(forHeight: rect.height))
            buffer.cursor = (rect.x, rect.y + 1 + drill.list.selected - top)
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
