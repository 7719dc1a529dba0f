import ArgumentParser
import CaseloadCore
import CaseloadStore
import Foundation

/// `caseload report …`: the monthly figures (domain.md §7) and the SA caseworkers' contact sheet.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Monthly and fiscal-year figures, and the SA contacts sheet (supervisors and administrators).",
        subcommands: [Monthly.self, SAContacts.self])

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    struct Monthly: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "monthly",
            abstract: "The figures for a month or a fiscal year to date, beside the period before.",
            discussion: "The same numbers as the Reports screen (F10). A period still running is counted to today.")

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp("The month (YYYY-MM).", valueName: "YYYY-MM")) var month: String?
        @Option(name: .customLong("fiscal-year"), help: ArgumentHelp("The fiscal year starting 1 April of this year.", valueName: "YYYY"))
        var fiscalYear: Int?
        @Option(help: ArgumentHelp("Only this site's clients (its name).", valueName: "site")) var site: String?
        @Option(help: ArgumentHelp("Only this caseworker's clients (their username).", valueName: "username")) var caseworker: String?
        @Option(help: "table (for people), csv (for a spreadsheet) or json (for programs).") var format: Format = .table

        func validate() throws {
            if (month == nil) == (fiscalYear == nil) { throw ValidationError("give either --month YYYY-MM or --fiscal-year YYYY") }
            if let month, ReportPeriod.month(iso: month) == nil { throw ValidationError("--month '\(month)' is not a month: use YYYY-MM, e.g. 2026-11") }
            if let fiscalYear, !(2000...2100).contains(fiscalYear) { throw ValidationError("--fiscal-year \(fiscalYear) is not a year: use YYYY, e.g. 2026") }
            if site != nil && caseworker != nil { throw ValidationError("give --site or --caseworker, not both") }
        }

        func run() throws {
            let period = month.flatMap(ReportPeriod.month(iso:)) ?? .fiscalYear(startYear: fiscalYear ?? 0)
            let (db, actor) = try Opening.session(global, needs: .viewReports)
            let scope = try ReportScopeOption.resolve(site: site, caseworker: caseworker, db: db)
            let today = LocalDate.today(in: FollowUpEngine.agencyTimeZone)
            let report = try db.monthlyReport(period, scope: scope.scope, today: today, by: actor)
            try ExportRecord.record("report monthly \(format.rawValue); \(period.code); scope: \(scope.words); \(ExportRecord.rows(report.lines.count))",
                                    db: db, by: actor)
            switch format {
            case .json: print(try ScriptFormat.json(MonthlyReportOutput(report, scope: scope.words)))
            case .csv: print(MonthlyReportOutput.csv(report), terminator: "")
            case .table:
                print("\(period.title) · \(scope.words) · \(MonthlyReportOutput.stretch(report.window.current))"
                      + " beside \(MonthlyReportOutput.stretch(report.window.previous))\n")
                print(TextTable.render(header: ["figure", "this period", "previous"],
                                       rows: MonthlyReportOutput.tableRows(report)))
            }
        }
    }

    struct SAContacts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sa-contacts",
            abstract: "The SA milestones of clients referred by social assistance, for the SA caseworkers (R-22).",
            discussion: "One row per milestone (no-show, job found, support submitted, closure) between --from and --to, "
                + "with whether an SA Communication note was written on or after its day.")

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp("First day (YYYY-MM-DD).", valueName: "date")) var from: String
        @Option(help: ArgumentHelp("Last day (YYYY-MM-DD).", valueName: "date")) var to: String
        @Option(help: "csv (for a spreadsheet), table or json.") var format: Format = .csv

        func run() throws {
            let first = try parseDay(from, option: "--from"), last = try parseDay(to, option: "--to")
            guard first <= last else { throw CommandError("--from \(first.iso) is after --to \(last.iso): swap them") }
            let (db, actor) = try Opening.session(global, needs: .viewReports)
            let rows = try db.saContactMilestones(from: first, to: last, by: actor)
            try ExportRecord.record("report sa-contacts \(format.rawValue); \(first.iso) to \(last.iso); \(ExportRecord.rows(rows.count))", db: db, by: actor)
            let header = ["sa_caseworker", "sa_contact", "client", "cams_reference", "milestone", "date", "sa_note"]
            switch format {
            case .csv:
                print(ScriptFormat.csvSpreadsheet(header: header, rows: rows.map {
                    [ScriptFormat.csvText($0.saCaseworkerName), ScriptFormat.csvText($0.saCaseworkerContact), ScriptFormat.csvText($0.client),
                     ScriptFormat.csvIdentifier($0.camsReference), ScriptFormat.csvCell($0.kind.rawValue), ScriptFormat.csvCell($0.day.iso),
                     $0.saNoteExists ? "yes" : "no"]
                }), terminator: "")
            case .json:
                print(try ScriptFormat.json(rows.map {
                    ["sa_caseworker": $0.saCaseworkerName, "sa_contact": $0.saCaseworkerContact, "client": $0.client,
                     "cams_reference": $0.camsReference, "milestone": $0.kind.rawValue, "date": $0.day.iso, "sa_note": $0.saNoteExists ? "yes" : "no"]
                }))
            case .table:
                if rows.isEmpty { print("No SA milestones between \(first.long) and \(last.long)."); return }
                print(TextTable.render(header: header, rows: rows.map {
                    [$0.saCaseworkerName, $0.saCaseworkerContact, $0.client, $0.camsReference, $0.kind.rawValue, $0.day.iso, $0.saNoteExists ? "yes" : "no"]
                }))
            }
        }
    }
}

/// `--site NAME` / `--caseworker USERNAME` as a report scope, with words for headings and the log.
struct ReportScopeOption {
    var scope: ReportScope
    var words: String

    static func resolve(site: String?, caseworker: String?, db: CaseloadDatabase) throws -> ReportScopeOption {
        if let site {
            let sites = try db.sites()
            guard let found = sites.first(where: { $0.name.lowercased() == site.lowercased() }), let id = found.id else {
                throw CommandError("unknown site '\(site)': known sites are " + sites.map(\.name).joined(separator: ", "))
            }
            return ReportScopeOption(scope: .site(id), words: "site \(found.name)")
        }
        if let caseworker {
            guard let member = try db.listStaff().first(where: { $0.username == caseworker }), let id = member.id else {
                throw CommandError("no staff account '\(caseworker)': see `caseload staff list`")
            }
            return ReportScopeOption(scope: .caseworker(id), words: "caseworker \(member.fullName)")
        }
        return ReportScopeOption(scope: .agency, words: "whole agency")
    }
}

/// The report as the command writes it. JSON keys: period, scope, from, to, previous_from,
/// previous_to, figures[] {id, group, figure, count, out_of, percent, amount_cents, previous_*, by_caseworker}.
struct MonthlyReportOutput: Encodable {
    struct Figure: Encodable {
        var id: String, group: String, figure: String
        var count: Int, outOf: Int?, percent: Int?, amountCents: Int?
        var previousCount: Int, previousOutOf: Int?, previousPercent: Int?, previousAmountCents: Int?
        var byCaseworker: [String: Int]
        enum CodingKeys: String, CodingKey {
            case id, group, figure, count, outOf = "out_of", percent, amountCents = "amount_cents", previousCount = "previous_count",
                 previousOutOf = "previous_out_of", previousPercent = "previous_percent", previousAmountCents = "previous_amount_cents",
                 byCaseworker = "by_caseworker"
        }
    }
    var period: String, scope: String, from: String, to: String
    var previousFrom: String, previousTo: String
    var figures: [Figure]
    enum CodingKeys: String, CodingKey {
        case period, scope, from, to, previousFrom = "previous_from", previousTo = "previous_to", figures
    }

    init(_ r: MonthlyReport, scope: String) {
        period = r.window.period.code; self.scope = scope
        from = r.window.current.lowerBound.iso; to = r.window.current.upperBound.iso
        previousFrom = r.window.previous.lowerBound.iso; previousTo = r.window.previous.upperBound.iso
        figures = r.lines.map { l in
            Figure(id: l.id, group: l.group, figure: l.label, count: l.current.count, outOf: l.current.outOf, percent: l.current.percent,
                   amountCents: l.current.amountCents, previousCount: l.previous.count, previousOutOf: l.previous.outOf,
                   previousPercent: l.previous.percent, previousAmountCents: l.previous.amountCents,
                   byCaseworker: Dictionary(r.breakdown(of: l).map { ($0.name, $0.count) }, uniquingKeysWith: +))
        }
    }

    static func stretch(_ r: ClosedRange<LocalDate>) -> String { "\(r.lowerBound.iso) to \(r.upperBound.iso)" }

    /// Group headings, then each figure indented, as the screen lists them.
    static func tableRows(_ r: MonthlyReport) -> [[String]] {
        var rows: [[String]] = [], group = ""
        for l in r.lines {
            if l.group != group { group = l.group; rows.append([group, "", ""]) }
            rows.append(["  " + l.label, l.current.text, l.previous.text])
        }
        return rows
    }

    static func csv(_ r: MonthlyReport) -> String {
        let header = ["figure_id", "group", "figure", "period", "from", "to", "count", "out_of", "percent", "amount",
                      "previous_from", "previous_to", "previous_count", "previous_out_of", "previous_percent", "previous_amount"]
        func numbers(_ c: FigureCount) -> [String] {
            [String(c.count), c.outOf.map(String.init) ?? "", c.percent.map(String.init) ?? "",
             c.amountCents.map { String(format: "%.2f", Double($0) / 100) } ?? ""]
        }
        let w = r.window
        return ScriptFormat.csvSpreadsheet(header: header, rows: r.lines.map { l in
            [ScriptFormat.csvText(l.id), ScriptFormat.csvText(l.group), ScriptFormat.csvText(l.label), ScriptFormat.csvCell(w.period.code),
             w.current.lowerBound.iso, w.current.upperBound.iso] + numbers(l.current)
                + [w.previous.lowerBound.iso, w.previous.upperBound.iso] + numbers(l.previous)
        })
    }
}
