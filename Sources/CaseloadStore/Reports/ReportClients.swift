import CaseloadCore
import GRDB

/// A client behind a figure, as the Reports screen lists them.
public struct ReportClientRow: Hashable, Sendable, Identifiable {
    public var id: Int64
    /// As lists show it ("Côté, Zoë").
    public var name: String
    public var camsReference: String?
    public var caseworker: String?

    public init(id: Int64, name: String, camsReference: String?, caseworker: String?) {
        self.id = id; self.name = name; self.camsReference = camsReference; self.caseworker = caseworker
    }
}

extension CaseloadDatabase {
    /// The clients behind a figure (`FigureCount.clientIDs`), by name. Supervisors and administrators.
    public func reportClients(_ ids: [Int64], by staff: StaffMember) throws -> [ReportClientRow] {
        try read { db in
            _ = try acting(staff, needs: .viewReports, in: db)
            var rows: [ReportClientRow] = []
            // In batches: SQLite limits a statement's parameters, and a figure may have thousands of clients.
            for start in stride(from: 0, to: ids.count, by: 500) {
                let batch = Array(ids[start..<min(ids.count, start + 500)])
                let marks = Array(repeating: "?", count: batch.count).joined(separator: ",")
                for row in try Row.fetchAll(db, sql: """
                    SELECT c.id, c.first_name, c.last_name, c.cams_reference, s.full_name FROM client c
                    LEFT JOIN staff s ON s.id = c.caseworker_id WHERE c.id IN (\(marks))
                    """, arguments: StatementArguments(batch)) {
                    rows.append(ReportClientRow(id: row[0], name: "\(row[2] as String), \(row[1] as String)", camsReference: row[3], caseworker: row[4]))
                }
            }
            return rows.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
        }
    }
}
