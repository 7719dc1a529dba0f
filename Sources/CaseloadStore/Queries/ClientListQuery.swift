import CaseloadCore
import Foundation
import GRDB

/// What the client list asks for: typed search text, filters, an order, and one page of rows.
public struct ClientListQuery: Hashable, Sendable {
    public enum Order: String, CaseIterable, Sendable {
        case name = "name", lastActivity = "last activity", camsReference = "CaMS ref"
    }

    public var text = ""
    public var caseworkerID: Int64?
    public var status: ClientStatus?
    public var referralSource: ReferralSource?
    public var stream: String?
    public var order: Order = .name
    public var limit = 200
    public var offset = 0

    public init(text: String = "", caseworkerID: Int64? = nil, status: ClientStatus? = nil,
                referralSource: ReferralSource? = nil, stream: String? = nil, order: Order = .name) {
        self.text = text; self.caseworkerID = caseworkerID; self.status = status
        self.referralSource = referralSource; self.stream = stream; self.order = order
    }

    /// True when nothing narrows the list.
    public var isUnfiltered: Bool { text.isEmpty && caseworkerID == nil && status == nil && referralSource == nil && stream == nil }
}

/// One line of the client list: what every role may see, plus the caseworker's name and last activity.
public struct ClientListRow: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var camsReference: String?
    public var firstName: String
    public var lastName: String
    public var preferredName: String?
    public var dateOfBirth: LocalDate?
    public var phone: String?
    public var status: ClientStatus
    public var referralSource: ReferralSource
    public var clientStream: String?
    public var caseworkerID: Int64?
    public var caseworkerName: String?
    public var lastActivity: Date?

    public var sortName: String { "\(lastName), \(preferredName ?? firstName)" }
}

extension CaseloadDatabase {
    /// One page of the client list. Searching goes through the FTS5 index (accents ignored, prefixes).
    public func clientList(_ query: ClientListQuery) throws -> [ClientListRow] {
        var (sql, arguments) = ClientListSQL.from(query)
        sql = """
            SELECT c.id, c.cams_reference, c.first_name, c.last_name, c.preferred_name, c.date_of_birth, c.phone, c.status,
                   c.referral_source, c.client_stream, c.caseworker_id, s.full_name,
                   (SELECT max(n.interaction_at) FROM case_note n WHERE n.client_id = c.id) AS last_activity
            \(sql)
            ORDER BY \(ClientListSQL.orderBy(query))
            LIMIT ? OFFSET ?
            """
        arguments += [query.limit, query.offset]
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                ClientListRow(id: row[0], camsReference: row[1], firstName: row[2], lastName: row[3], preferredName: row[4],
                              dateOfBirth: row[5], phone: row[6], status: try row.decode(ClientStatus.self, atIndex: 7),
                              referralSource: try row.decode(ReferralSource.self, atIndex: 8), clientStream: row[9],
                              caseworkerID: row[10], caseworkerName: row[11], lastActivity: row[12])
            }
        }
    }

    /// How many clients the query matches in all (for "1–200 of 1,234").
    public func clientListCount(_ query: ClientListQuery) throws -> Int {
        let (sql, arguments) = ClientListSQL.from(query)
        return try read { db in try Int.fetchOne(db, sql: "SELECT count(*) \(sql)", arguments: arguments) ?? 0 }
    }

    /// Client streams in use, for the filter's choices.
    public func clientStreams() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT client_stream FROM client WHERE client_stream IS NOT NULL ORDER BY client_stream")
        }
    }
}

enum ClientListSQL {
    /// The FROM and WHERE clauses shared by the page and the count.
    static func from(_ q: ClientListQuery) -> (String, StatementArguments) {
        var sql = "FROM client c LEFT JOIN staff s ON s.id = c.caseworker_id"
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let pattern = ClientSearchPattern.fts5(for: q.text) {
            sql += " JOIN client_fts f ON f.rowid = c.id"
            conditions.append("client_fts MATCH ?"); arguments += [pattern]
        }
        if let id = q.caseworkerID { conditions.append("c.caseworker_id = ?"); arguments += [id] }
        if let status = q.status { conditions.append("c.status = ?"); arguments += [status.rawValue] }
        if let source = q.referralSource { conditions.append("c.referral_source = ?"); arguments += [source.rawValue] }
        if let stream = q.stream { conditions.append("c.client_stream = ?"); arguments += [stream] }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        return (sql, arguments)
    }

    static func orderBy(_ q: ClientListQuery) -> String {
        let byName = "c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id"
        switch q.order {
        case .name: return byName
        case .lastActivity: return "last_activity IS NULL, last_activity DESC, " + byName
        case .camsReference: return "c.cams_reference IS NULL, c.cams_reference, " + byName
        }
    }
}
