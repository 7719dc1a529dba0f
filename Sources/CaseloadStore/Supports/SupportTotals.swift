import CaseloadCore
import Foundation
import GRDB

/// How totals are broken down.
public enum SupportGrouping: String, CaseIterable, Sendable { case all, site, caseworker, client }

/// One line of the totals: a status and category within a group, with the count and the cents.
public struct SupportTotal: Hashable, Sendable {
    public var group: String
    public var status: SupportStatus
    public var category: String
    public var count: Int
    public var cents: Int
}

extension CaseloadDatabase {
    /// Each status counts on the day it happened inside the period: Submitted by submission,
    /// Approved and Declined by the decision (an approved support stays counted as approved once
    /// paid), Paid by the payment, Ineligible by the audit finding with the amount deducted.
    /// Amounts are summed by SQLite as integers: exact. Caseworkers see their own sites' clients.
    public func supportTotals(_ period: SupportPeriod, groupedBy grouping: SupportGrouping = .all,
                              clientID: Int64? = nil, caseworkerID: Int64? = nil, siteID: Int64? = nil,
                              by staff: StaffMember) throws -> [SupportTotal] {
        try read { db in
            let actor = try acting(staff, needs: .viewMoney, in: db)
            if let clientID { try db.requireSiteAccess(actor, clientID: clientID) }
            let range: StatementArguments = [period.from, period.to]
            var arguments = range + range + range + range + range
            var conditions: [String] = []
            if let scope = ClientSiteScope(actor: actor) {
                let c = scope.condition(alias: "c")
                conditions.append(c.sql); arguments += c.arguments
            }
            if let clientID { conditions.append("c.id = ?"); arguments += [clientID] }
            if let caseworkerID { conditions.append("c.caseworker_id = ?"); arguments += [caseworkerID] }
            if let siteID { conditions.append("c.site_id = ?"); arguments += [siteID] }
            let group: String
            switch grouping {
            case .all: group = "'All'"
            case .site: group = "coalesce(si.name, '(no site)')"
            case .caseworker: group = "coalesce(w.full_name, '(unassigned)')"
            case .client: group = "c.last_name || ', ' || coalesce(c.preferred_name, c.first_name) || ' #' || c.id"
            }
            let rows = try Row.fetchAll(db, sql: """
                WITH events(client_id, status, category, cents) AS (
                    SELECT client_id, 'Submitted', category, amount_cents FROM financial_support
                        WHERE submitted_on BETWEEN ? AND ?
                    UNION ALL SELECT client_id, 'Approved', category, amount_cents FROM financial_support
                        WHERE status IN ('Approved', 'Paid', 'Ineligible') AND decided_on BETWEEN ? AND ?
                    UNION ALL SELECT client_id, 'Declined', category, amount_cents FROM financial_support
                        WHERE status = 'Declined' AND decided_on BETWEEN ? AND ?
                    UNION ALL SELECT client_id, 'Paid', category, amount_cents FROM financial_support
                        WHERE status IN ('Paid', 'Ineligible') AND paid_on BETWEEN ? AND ?
                    UNION ALL SELECT client_id, 'Ineligible', category, ineligible_cents FROM financial_support
                        WHERE status = 'Ineligible' AND ineligible_on BETWEEN ? AND ?
                )
                SELECT \(group) AS grp, e.status, e.category, count(*) AS n, sum(e.cents) AS cents
                FROM events e JOIN client c ON c.id = e.client_id
                LEFT JOIN site si ON si.id = c.site_id LEFT JOIN staff w ON w.id = c.caseworker_id
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                GROUP BY grp, e.status, e.category
                """, arguments: arguments)
            let order = Dictionary(uniqueKeysWithValues: SupportStatus.allCases.enumerated().map { ($1, $0) })
            return try rows.map { row in
                SupportTotal(group: row["grp"], status: try SupportStatus(rawValue: row["status"]).orThrow(),
                             category: row["category"], count: row["n"], cents: row["cents"])
            }.sorted {
                ($0.group, order[$0.status]!, $0.category) < ($1.group, order[$1.status]!, $1.category)
            }
        }
    }
}

private extension Optional {
    func orThrow() throws -> Wrapped {
        guard let value = self else { throw StoreError.sqlite(code: -1, message: "unknown support status") }
        return value
    }
}
