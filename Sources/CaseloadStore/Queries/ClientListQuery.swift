import CaseloadCore
import Foundation
import GRDB

/// What the client list asks for: typed search text, filters, an order, and one page of rows.
public struct ClientListQuery: Hashable, Sendable {
    public enum Order: String, CaseIterable, Sendable {
        case name = "name", lastActivity = "last activity", nextDue = "next due", camsReference = "CaMS ref"
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
    /// The client's most pressing follow-up, when the list has looked it up.
    public var nextDue: DueItem?
    /// The file this one was merged into (issue #19): the row is a pointer, its status means nothing.
    public var mergedInto: Int64? = nil

    public var sortName: String { "\(lastName), \(preferredName ?? firstName)" }
}

extension CaseloadDatabase {
    /// How many clients the query's filters and text match (the client list counts with its
    /// `ClientDirectory`; this is for reports and scripts).
    public func clientListCount(_ query: ClientListQuery) throws -> Int {
        var (conditions, arguments) = ClientListSQL.filters(query)
        var from = "client c"
        if let pattern = ClientSearchPattern.fts5(for: query.text) {
            from += " JOIN client_fts f ON f.rowid = c.id"
            conditions = conditions.isEmpty ? "client_fts MATCH ?" : "client_fts MATCH ? AND " + conditions
            arguments = [pattern] + arguments
        }
        let sql = "SELECT count(*) FROM \(from)" + (conditions.isEmpty ? "" : " WHERE \(conditions)")
        return try read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
    }

    /// Client streams in use, for the filter's choices.
    public func clientStreams() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT client_stream FROM client WHERE client_stream IS NOT NULL ORDER BY client_stream")
        }
    }
}

/// The SQL pieces of the client list.
enum ClientListSQL {
    /// The filters other than the search text, as a WHERE condition on `client c` ("" for none).
    static func filters(_ q: ClientListQuery) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let id = q.caseworkerID { conditions.append("c.caseworker_id = ?"); arguments += [id] }
        if let status = q.status { conditions.append("c.status = ?"); arguments += [status.rawValue] }
        if let source = q.referralSource { conditions.append("c.referral_source = ?"); arguments += [source.rawValue] }
        if let stream = q.stream { conditions.append("c.client_stream = ?"); arguments += [stream] }
        return (conditions.joined(separator: " AND "), arguments)
    }

    /// An order other than by name: the value it sorts by first, and how. Clients with the same
    /// value (no CaMS reference, no note yet) follow in name order, which `ClientDirectory` puts
    /// them in with its name ranks (SQL's NOCASE would put Côté after Cruz).
    struct GroupedOrder {
        /// The value, as a column of `client c` joined with `join`.
        var value: String
        var join = ""
        /// ORDER BY terms on the value alone.
        var orderBy: String
    }

    static let byCamsReference = GroupedOrder(value: "c.cams_reference", orderBy: "c.cams_reference IS NULL, c.cams_reference")
    /// Most recent case note first; clients without a note last.
    static let byLastActivity = GroupedOrder(
        value: "n.at",
        join: "LEFT JOIN (SELECT client_id, max(interaction_at) AS at FROM case_note GROUP BY client_id) n ON n.client_id = c.id",
        orderBy: "n.at IS NULL, n.at DESC")

    static let rowColumns = """
        c.id, c.cams_reference, c.first_name, c.last_name, c.preferred_name, c.date_of_birth, c.phone, c.status,
        c.referral_source, c.client_stream, c.caseworker_id, s.full_name,
        (SELECT max(n.interaction_at) FROM case_note n WHERE n.client_id = c.id) AS last_activity,
        (SELECT m.kept_client_id FROM client_merge m WHERE m.retired_client_id = c.id) AS merged_into
        """

    static func row(_ row: Row) throws -> ClientListRow {
        ClientListRow(id: row[0], camsReference: row[1], firstName: row[2], lastName: row[3], preferredName: row[4],
                      dateOfBirth: row[5], phone: row[6], status: try row.decode(ClientStatus.self, atIndex: 7),
                      referralSource: try row.decode(ReferralSource.self, atIndex: 8), clientStream: row[9],
                      caseworkerID: row[10], caseworkerName: row[11], lastActivity: row[12], mergedInto: row[13])
    }
}
