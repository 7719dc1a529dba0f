import ArgumentParser
import CaseloadCore
import CaseloadStore
import Foundation

/// The follow-up queue for scripts and reports: the same items, computed by the same engine, as the
/// follow-up screen shows.
struct FollowUpsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followups",
        abstract: "List due follow-ups computed from the program's rules, with their explanations.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day to compute the queue for (YYYY-MM-DD; default today).", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Only this caseworker's items (their username).", valueName: "username"))
    var caseworker: String?

    @Flag(help: "Only overdue items.") var overdue = false

    @Option(help: "table (for people), csv or json (for programs).") var format: Format = .table

    func run() throws {
        let zone = FollowUpEngine.agencyTimeZone
        let day: LocalDate
        if let asOf {
            day = try parseDay(asOf, option: "--as-of")
        } else {
            day = LocalDate.today(in: zone)
        }
        let (db, actor) = try Opening.session(global, needs: .viewFollowUps)
        let staff = try db.listStaff()
        // A caseworker's queue is their own; the team's is for supervisors and administrators.
        var scope = actor.role.allows(.viewTeamFollowUps) ? FollowUpScope.everyone : FollowUpScope(caseworkerID: actor.id)
        if let caseworker {
            guard let member = staff.first(where: { $0.username == caseworker }) else {
                throw CommandError("no staff account '\(caseworker)': see `caseload staff list`")
            }
            scope.caseworkerID = member.id
        }
        // "now" is the end of the as-of day for the clock-hour rule (R-05), so a past day reads as it ended.
        let now = day == LocalDate.today(in: zone) ? Date() : day.adding(days: 1).startInstant(in: zone).addingTimeInterval(-1)
        var items = try db.followUpQueue(asOf: day, now: now, scope: scope, zone: zone, by: actor)
        if overdue { items = items.filter { $0.status.isOverdue } }
        let names = Dictionary(uniqueKeysWithValues: staff.compactMap { s in s.id.map { ($0, s.username) } })
        let rows = items.map { FollowUpRow($0, caseworker: $0.ownerID.flatMap { names[$0] }) }
        let scopeText = scope.caseworkerID.map { "caseworker #\($0)" } ?? "everyone"
        try ExportRecord.record("followups \(format.rawValue); scope: \(scopeText)\(overdue ? ", overdue only" : ""); as of \(day.iso); \(ExportRecord.rows(rows.count))",
                                db: db, by: actor)
        switch format {
        case .json: print(try ScriptFormat.json(rows))
        case .csv: print(FollowUpRow.csv(rows), terminator: "")
        case .table:
            if rows.isEmpty { print("No follow-ups \(overdue ? "overdue" : "due") as of \(day.long)."); return }
            print(TextTable.render(header: ["due", "status", "rule", "CaMS ref", "client", "caseworker", "what"],
                                   rows: rows.map { [$0.due, $0.statusText, $0.rule, $0.camsReference ?? "", $0.clientName, $0.caseworker ?? "", $0.title] }))
            print("\n\(rows.count) item\(rows.count == 1 ? "" : "s") as of \(day.long); `--format json` adds each item's explanation.")
        }
    }
}

/// One item as scripts see it. Keys are the documented contract: rule, cams_reference, client_name,
/// caseworker, due, status (upcoming | due | overdue), overdue_business_days, explanation.
struct FollowUpRow: Encodable {
    var rule: String
    var camsReference: String?
    var clientName: String
    var caseworker: String?
    var due: String
    var dueAt: String?
    var status: String
    var overdueBusinessDays: Int
    var title: String
    var explanation: String
    var key: String

    enum CodingKeys: String, CodingKey {
        case rule, camsReference = "cams_reference", clientName = "client_name", caseworker, due, dueAt = "due_at",
             status, overdueBusinessDays = "overdue_business_days", title, explanation, key
    }

    init(_ item: DueItem, caseworker: String?) {
        rule = item.rule.rawValue
        camsReference = item.camsReference
        clientName = item.clientName
        self.caseworker = caseworker
        due = item.due.iso
        dueAt = item.dueAt.map { ISO8601DateFormatter().string(from: $0) }
        switch item.status {
        case .upcoming: status = "upcoming"; overdueBusinessDays = 0
        case .dueToday: status = "due"; overdueBusinessDays = 0
        case .overdue(let n): status = "overdue"; overdueBusinessDays = n
        }
        title = item.title
        explanation = item.explanation
        key = item.key
    }

    var statusText: String { status == "overdue" ? "overdue \(overdueBusinessDays) bd" : status }

    static func csv(_ rows: [FollowUpRow]) -> String {
        var out = "rule,cams_reference,client_name,caseworker,due,status,overdue_business_days,title,explanation\r\n"
        for r in rows {
            // Text cells are defused as formulas; the day, status and number stay as they are.
            out += ScriptFormat.csvLine([ScriptFormat.csvText(r.rule), ScriptFormat.csvText(r.camsReference ?? ""),
                                         ScriptFormat.csvText(r.clientName), ScriptFormat.csvText(r.caseworker ?? ""),
                                         ScriptFormat.csvCell(r.due), ScriptFormat.csvCell(r.status),
                                         ScriptFormat.csvCell(String(r.overdueBusinessDays)), ScriptFormat.csvText(r.title),
                                         ScriptFormat.csvText(r.explanation)])
        }
        return out
    }
}
