import ArgumentParser
import CaseloadCore
import CaseloadStore
import Foundation

/// `caseload audit --client REF`: a client's history (changes and views, newest first), the same
/// lines the profile's History tab shows, for supervisors' and administrators' scripts.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Show who changed or looked at a client, and when (supervisors and administrators).",
        discussion: "Changes come from the audit trail, views and exports from the access log; times are the agency's.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The client: a CaMS reference, or the client number (12 or #12).", valueName: "ref"))
    var client: String

    @Option(help: "table (for people), csv or json (for programs).") var format: Format = .table

    func run() throws {
        let (db, actor) = try Opening.session(global, needs: .viewAudit)
        guard let clientID = try db.clientID(reference: client) else {
            throw CommandError("no client with the CaMS reference or number '\(client)': check it on the client list")
        }
        let rows = try db.clientHistory(clientID: clientID, by: actor).map { AuditRow($0, clientID: clientID) }
        try ExportRecord.record("audit \(format.rawValue); \(ExportRecord.rows(rows.count))", clientID: clientID, db: db, by: actor)
        switch format {
        case .json: print(try ScriptFormat.json(rows))
        case .csv: print(AuditRow.csv(rows), terminator: "")
        case .table:
            if rows.isEmpty { print("Nothing recorded about client #\(clientID) yet."); return }
            print(TextTable.render(header: ["when", "who", "what"], rows: rows.map { [$0.when, $0.who, $0.what] }))
            print("\n\(rows.count) change\(rows.count == 1 ? "" : "s") and view\(rows.count == 1 ? "" : "s") of client #\(clientID), newest first (agency time).")
        }
    }
}

/// One history line as scripts see it. Keys: at (UTC, ISO 8601), when (agency time), source
/// (change | view), staff_name, staff_username, login, action, record, detail, what, client_id.
struct AuditRow: Encodable {
    var at: String
    var when: String
    var source: String
    var staffName: String?
    var staffUsername: String?
    var login: String?
    var action: String
    var record: String
    var detail: String
    var who: String
    var what: String
    var clientID: Int64

    enum CodingKeys: String, CodingKey {
        case at, when, source, staffName = "staff_name", staffUsername = "staff_username", login, action, record, detail, who, what,
             clientID = "client_id"
    }

    init(_ entry: ClientHistoryEntry, clientID: Int64) {
        at = ISO8601DateFormatter().string(from: entry.at)
        let zone = FollowUpEngine.agencyTimeZone
        var calendar = Calendar(identifier: .gregorian); calendar.timeZone = zone
        let c = calendar.dateComponents([.hour, .minute, .second], from: entry.at)
        when = "\(LocalDate(entry.at, in: zone).iso) " + String(format: "%02d:%02d:%02d", c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
        source = entry.source.rawValue
        staffName = entry.staffName; staffUsername = entry.staffUsername; login = entry.login
        action = entry.action; record = entry.record; detail = entry.detail
        who = entry.who; what = entry.what
        self.clientID = clientID
    }

    static func csv(_ rows: [AuditRow]) -> String {
        var out = "at,when,source,staff_name,staff_username,login,action,record,detail\r\n"
        for r in rows {
            out += ScriptFormat.csvLine([r.at, r.when, r.source, r.staffName ?? "", r.staffUsername ?? "", r.login ?? "", r.action,
                                         r.record, r.detail].map(ScriptFormat.csvText))
        }
        return out
    }
}
