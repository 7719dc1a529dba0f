import ArgumentParser
import CaseloadCore
import CaseloadStore
import Foundation

/// `caseload supports --from --to`: financial-support totals for the finance office, by status and
/// category (each status counted on the day it happened in the period; see `supportTotals`).
struct SupportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supports",
        abstract: "Financial-support totals for a period: submitted, approved, paid, declined, ineligible, by category.",
        discussion: """
            A support counts as Submitted on its submission day, Approved or Declined on the SSM's decision day, \
            Paid on its payment day and Ineligible on the audit finding (with the amount to deduct). \
            Front desk may not run it; caseworkers see their own site's clients.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @OptionGroup var global: GlobalOptions
    @Option(help: "First day of the period (YYYY-MM-DD).") var from: String
    @Option(help: "Last day of the period, included (YYYY-MM-DD).") var to: String
    @Option(help: "Break the totals down by all, site, caseworker or client.") var by: SupportGrouping = .all
    @Option(help: "table (for people), csv or json (for programs).") var format: Format = .table

    func run() throws {
        let start = try parseDay(from, option: "--from"), end = try parseDay(to, option: "--to")
        guard start <= end else { throw CommandError("--from \(start.iso) is after --to \(end.iso): give the earlier day first") }
        let (db, actor) = try Opening.session(global, needs: .viewMoney)
        let period = SupportPeriod(from: start, to: end, title: "\(start.iso) to \(end.iso)")
        let totals = try db.supportTotals(period, groupedBy: by, by: actor)
        try ExportRecord.record("supports \(format.rawValue); \(period.title); by \(by.rawValue); \(ExportRecord.rows(totals.count))",
                                db: db, by: actor)
        switch format {
        case .json: print(try ScriptFormat.json(SupportsReport(period: period, totals: totals)))
        case .csv:
            var out = ScriptFormat.csvLine(["group", "status", "category", "count", "amount"])
            for t in totals {
                out += ScriptFormat.csvLine([ScriptFormat.csvText(t.group), t.status.rawValue, ScriptFormat.csvText(t.category),
                                             String(t.count), Money.plain(cents: t.cents)])
            }
            print(out, terminator: "")
        case .table:
            print("Financial supports, \(start.long) to \(end.long)")
            guard !totals.isEmpty else { print("No support was submitted, decided, paid or found ineligible in this period."); return }
            print(TextTable.render(header: ["group", "status", "category", "count", "amount"],
                                   rows: totals.map { [$0.group, $0.status.rawValue, $0.category, String($0.count), Money.dollars(cents: $0.cents)] }))
            print("")
            for status in SupportStatus.allCases where status != .draft {
                let lines = totals.filter { $0.status == status }
                guard !lines.isEmpty else { continue }
                print("\(status.rawValue): \(lines.reduce(0) { $0 + $1.count }), \(Money.dollars(cents: lines.reduce(0) { $0 + $1.cents }))")
            }
        }
    }
}

extension SupportGrouping: ExpressibleByArgument {}

/// The JSON shape: amounts in whole cents (exact) and as text dollars.
private struct SupportsReport: Encodable {
    struct Line: Encodable {
        var group: String, status: String, category: String, count: Int, amountCents: Int, amount: String
    }
    var from: String, to: String, totals: [Line]

    init(period: SupportPeriod, totals: [SupportTotal]) {
        from = period.from.iso; to = period.to.iso
        self.totals = totals.map { Line(group: $0.group, status: $0.status.rawValue, category: $0.category, count: $0.count,
                                        amountCents: $0.cents, amount: Money.plain(cents: $0.cents)) }
    }
}
