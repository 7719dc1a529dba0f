import CaseloadCore
import Foundation
import GRDB

/// A support waiting for the SSM's decision, with what the supervisor needs to see beside it.
public struct AwaitingSupport: Hashable, Sendable, Identifiable {
    public var support: FinancialSupport
    public var clientName: String
    public var caseworkerName: String?
    public var employerName: String?
    public var id: Int64 { support.id ?? 0 }

    public init(support: FinancialSupport, clientName: String, caseworkerName: String?, employerName: String?) {
        self.support = support; self.clientName = clientName; self.caseworkerName = caseworkerName; self.employerName = employerName
    }
}

extension CaseloadDatabase {
    /// The supervisor's approval queue: every Submitted support, oldest submission first.
    public func supportsAwaitingDecision(by staff: StaffMember) throws -> [AwaitingSupport] {
        try read { db in
            _ = try acting(staff, needs: .approveFinancialSupport, in: db)
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.*, c.last_name || ', ' || coalesce(c.preferred_name, c.first_name) AS client_name,
                       w.full_name AS caseworker_name, e.name AS employer_name
                FROM financial_support s INDEXED BY financial_support_awaiting
                JOIN client c ON c.id = s.client_id
                LEFT JOIN staff w ON w.id = c.caseworker_id
                LEFT JOIN employer e ON e.id = s.employer_id
                WHERE s.status = 'Submitted'
                ORDER BY s.submitted_on, s.id
                """)
            return try rows.map { row in
                AwaitingSupport(support: try FinancialSupport(row: row), clientName: row["client_name"],
                                caseworkerName: row["caseworker_name"], employerName: row["employer_name"])
            }
        }
    }
}

/// What the support form offers: each recipient's active categories, the employers, and the
/// client's plan items a support may belong to.
public struct SupportFormChoices: Hashable, Sendable {
    public var jobSeekerCategories: [String]
    public var employerCategories: [String]
    public var employers: [Employer]
    public var planItems: [PlanItemChoice]

    public init(jobSeekerCategories: [String] = [], employerCategories: [String] = [], employers: [Employer] = [],
                planItems: [PlanItemChoice] = []) {
        self.jobSeekerCategories = jobSeekerCategories; self.employerCategories = employerCategories
        self.employers = employers; self.planItems = planItems
    }
}

public struct PlanItemChoice: Hashable, Sendable {
    public var id: Int64
    public var label: String
    public init(id: Int64, label: String) { self.id = id; self.label = label }
}

extension CaseloadDatabase {
    public func supportFormChoices(clientID: Int64, by staff: StaffMember) throws -> SupportFormChoices {
        try read { db in
            _ = try actingOnClient(staff, needs: .viewMoney, clientID: clientID, in: db)
            func list(_ kind: ValueListKind) throws -> [String] {
                try String.fetchAll(db, sql: "SELECT value FROM value_list_entry WHERE kind = ? AND is_active = 1 ORDER BY position",
                                    arguments: [kind.rawValue])
            }
            let items = try Row.fetchAll(db, sql: """
                SELECT i.id, i.type, i.description FROM plan_item i JOIN action_plan p ON p.id = i.plan_id
                WHERE p.client_id = ? AND i.type IN ('Financial Support', 'Job Placement') AND i.is_cancelled = 0
                ORDER BY i.id DESC
                """, arguments: [clientID]).map { row -> PlanItemChoice in
                    let description: String? = row["description"]
                    return PlanItemChoice(id: row["id"], label: "\(row["type"] as String)" + (description.map { ": \($0)" } ?? ""))
                }
            return SupportFormChoices(jobSeekerCategories: try list(.supportCategory), employerCategories: try list(.employerSupportCategory),
                                      employers: try db.employers(matching: "", limit: 2_000), planItems: items)
        }
    }
}
