import CaseloadCore
import CaseloadStore
import TerminalKit

/// The approval queue: a heading with the totals, the waiting supports (oldest first) and, under
/// them, the selected one's rationale and document references.
@MainActor struct SupportQueueView {
    let model: SupportQueueModel

    /// Rows under the table for the selected support's details.
    static let detailRows = 6

    static func tableRect(in rect: Rect) -> Rect { rect.inset(top: 3, bottom: detailRows) }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > Self.detailRows + 4 else { return }
        let items = model.items
        let waiting = items.reduce(0) { $0 + $1.support.amountCents }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.header])
        buffer.put(" \(items.count) support\(items.count == 1 ? "" : "s") waiting for the SSM's decision · \(Money.dollars(cents: waiting)) · oldest first",
                   x: rect.x, y: rect.y, style: theme[.header], maxWidth: rect.width)
        buffer.put(" " + SupportTotalsText.line(model.month, title: SupportPeriod.month(containing: model.context.today).title),
                   x: rect.x, y: rect.y + 1, style: theme[.muted], maxWidth: rect.width)
        buffer.put(" " + SupportTotalsText.line(model.year, title: SupportPeriod.fiscalYear(containing: model.context.today).title),
                   x: rect.x, y: rect.y + 2, style: theme[.muted], maxWidth: rect.width)

        let table = Self.tableRect(in: rect)
        let rows = items.map { a -> [String] in
            [a.support.submittedOn?.iso ?? "", a.clientName, a.caseworkerName ?? "(unassigned)", a.support.category,
             Money.dollars(cents: a.support.amountCents), a.employerName ?? a.support.recipient.rawValue]
        }
        Table(columns: [TableColumn("Submitted", sizing: .fixed(10)),
                        TableColumn("Client", minWidth: 12, maxWidth: 28),
                        TableColumn("Caseworker", minWidth: 10, maxWidth: 20),
                        TableColumn("Category", minWidth: 10, maxWidth: 30),
                        TableColumn("Amount", sizing: .fixed(12), alignment: .right),
                        TableColumn("Paid to", minWidth: 8, maxWidth: 30)],
              rows: rows, emptyMessage: "Nothing waits for a decision: every submitted support has been approved or declined.")
            .render(model.list, into: &buffer, in: table, theme: theme)
        if !items.isEmpty {
            let top = model.list.visibleOffset(itemCount: items.count, visibleRows: Table.bodyRows(forHeight: table.height))
            buffer.cursor = (table.x, table.y + 1 + model.list.selected - top)
        }

        guard let s = model.selected?.support else { return }
        var y = table.maxY
        let width = rect.width - 2
        var lines = TextWrap.wrap("Rationale: \(s.rationale ?? "(none — the store refuses approval without one, R-18)")", width: width)
        lines += TextWrap.wrap("Documents: " + (s.documentReferences.isEmpty ? "(none — R-18 needs one)" : s.documentReferences.joined(separator: "; ")),
                               width: width)
        for line in lines.prefix(Self.detailRows) where y < rect.maxY {
            buffer.put(" " + line, x: rect.x, y: y, style: theme[.normal], maxWidth: rect.width); y += 1
        }
    }
}

/// "Nov 2026: submitted 3 ($412.50) · approved 1 ($250.00) · …" from totals lines.
enum SupportTotalsText {
    static func line(_ totals: [SupportTotal], title: String) -> String {
        let parts = SupportStatus.allCases.filter { $0 != .draft }.compactMap { status -> String? in
            let lines = totals.filter { $0.status == status }
            guard !lines.isEmpty else { return nil }
            return "\(status.rawValue.lowercased()) \(lines.reduce(0) { $0 + $1.count }) (\(Money.dollars(cents: lines.reduce(0) { $0 + $1.cents })))"
        }
        return "\(title): " + (parts.isEmpty ? "no supports" : parts.joined(separator: " · "))
    }
}
