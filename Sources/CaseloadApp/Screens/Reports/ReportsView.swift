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
            buffer.put(" \(drill.line.group): \(drill.line.label) · \(state.period.title) · \(state.scope.name) · "
                       + "\(drill.clients.count) client\(drill.clients.count == 1 ? "" : "s")",
                       x: rect.x, y: rect.y, style: theme[.header], maxWidth: rect.width)
            buffer.put(" Enter opens a client · Esc goes back to the figures", x: rect.x, y: rect.y + 1, style: theme[.muted], maxWidth: rect.width)
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

    /// "November 2026 (1 Nov–30 Nov) · Whole agency · beside October 2026".
    private var headline: String {
        guard let w = state.report?.window, state.report?.window.period == state.period else { return "\(state.period.title) · \(state.scope.name)" }
        return "\(state.period.title) (\(w.current.lowerBound.medium)–\(w.current.upperBound.medium)) · \(state.scope.name)"
            + " · beside \(w.previous.lowerBound.medium)–\(w.previous.upperBound.medium) \(w.previous.upperBound.year)"
    }

    private func renderFigures(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        let barWidth = max(4, min(40, rect.width - 70))
        let rows = state.rows.map { row -> [String] in
            switch row {
            case .heading(let group): return [group, "", "", ""]
            case .figure(let line):
                let (value, largest) = state.barValue(line)
                return ["  " + line.label, line.current.text, line.previous.text, ReportsState.bar(value, largest: largest, width: barWidth)]
            }
        }
        let headings = state.rows.map { if case .heading = $0 { true } else { false } }
        Table(columns: [TableColumn("Figure", minWidth: 24, maxWidth: 48),
                        TableColumn("This period", sizing: .fixed(18), alignment: .right),
                        TableColumn("Previous", sizing: .fixed(18), alignment: .right),
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
        buffer.put(" By caseworker, this period: \(line.label)" + (split.isEmpty ? " (none)" : ""),
                   x: rect.x, y: rect.y, style: theme[.label], maxWidth: rect.width)
        let largest = split.map(\.count).max() ?? 0
        let barWidth = max(4, min(40, rect.width - 36))
        for (i, entry) in split.prefix(rect.height - 1).enumerated() {
            let name = entry.name.padding(toLength: 24, withPad: " ", startingAt: 0)
            let count = String(entry.count).leftPadded(to: 6)
            buffer.put("  \(name)\(count)  \(ReportsState.bar(entry.count, largest: largest, width: barWidth))",
                       x: rect.x, y: rect.y + 1 + i, style: theme[.normal], maxWidth: rect.width)
        }
        if split.count > rect.height - 1 {
            let more = " … and \(split.count - (rect.height - 1)) more: choose a caseworker with s"
            buffer.put(more, x: rect.x + max(0, rect.width - more.count - 1), y: rect.y, style: theme[.muted], maxWidth: rect.width)
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
