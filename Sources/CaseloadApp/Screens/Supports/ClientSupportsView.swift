import CaseloadCore
import CaseloadStore
import TerminalKit

/// The client's supports: this month's and this fiscal year's totals, the supports (newest first)
/// and the selected one's rationale, documents and decision.
@MainActor struct ClientSupportsView {
    let model: ClientSupportsModel

    static let detailRows = 5

    static func tableRect(in rect: Rect) -> Rect { rect.inset(top: 3, bottom: detailRows) }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > Self.detailRows + 4 else { return }
        let today = model.context.today
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.header])
        buffer.put(" Financial supports of \(model.page?.clientName ?? "…")",
                   x: rect.x, y: rect.y, style: theme[.header], maxWidth: rect.width)
        buffer.put(" " + SupportTotalsText.line(model.page?.month ?? [], title: SupportPeriod.month(containing: today).title),
                   x: rect.x, y: rect.y + 1, style: theme[.muted], maxWidth: rect.width)
        buffer.put(" " + SupportTotalsText.line(model.page?.year ?? [], title: SupportPeriod.fiscalYear(containing: today).title),
                   x: rect.x, y: rect.y + 2, style: theme[.muted], maxWidth: rect.width)
        let supports = model.supports
        let table = Self.tableRect(in: rect)
        let employers = Dictionary((model.page?.choices.employers ?? []).compactMap { e in e.id.map { ($0, e.name) } }, uniquingKeysWith: { a, _ in a })
        let rows = supports.map { s -> [String] in
            [s.status.rawValue, s.category, Money.dollars(cents: s.amountCents),
             s.employerID.flatMap { employers[$0] } ?? s.recipient.rawValue, Self.lastDay(s)?.iso ?? ""]
        }
        Table(columns: [TableColumn("Status", sizing: .fixed(10)),
                        TableColumn("Category", minWidth: 12, maxWidth: 32),
                        TableColumn("Amount", sizing: .fixed(12), alignment: .right),
                        TableColumn("Paid to", minWidth: 10, maxWidth: 30),
                        TableColumn("Last step", sizing: .fixed(10))],
              rows: rows, emptyMessage: "No financial supports yet: press n to draft one.")
            .render(model.list, into: &buffer, in: table, theme: theme)
        if !supports.isEmpty {
            let top = model.list.visibleOffset(itemCount: supports.count, visibleRows: Table.bodyRows(forHeight: table.height))
            buffer.cursor = (table.x, table.y + 1 + model.list.selected - top)
        }
        guard let s = model.selected else { return }
        let width = rect.width - 2
        var lines = TextWrap.wrap("Rationale: \(s.rationale ?? "(none yet: needed to submit)")", width: width)
        lines += TextWrap.wrap("Documents: " + (s.documentReferences.isEmpty ? "(none yet: one is needed to submit)"
                                                                             : s.documentReferences.joined(separator: "; ")), width: width)
        if let ref = s.ssmReference { lines.append("SSM \(ref) · \(s.decidedOn?.long ?? "")" + (s.declineReason.map { " · declined: \($0)" } ?? "")) }
        if let paid = s.paidOn { lines.append("Paid \(paid.long) · \(s.paymentReference ?? "")") }
        if let cents = s.ineligibleCents { lines.append("Ineligible: deduct \(Money.dollars(cents: cents)) · \(s.ineligibleReason ?? "")") }
        var y = table.maxY
        for line in lines.prefix(Self.detailRows) where y < rect.maxY {
            buffer.put(" " + line, x: rect.x, y: y, style: theme[.normal], maxWidth: rect.width); y += 1
        }
    }

    static func lastDay(_ s: FinancialSupport) -> LocalDate? {
        s.ineligibleOn ?? s.paidOn ?? s.decidedOn ?? s.submittedOn ?? s.createdOn
    }
}
