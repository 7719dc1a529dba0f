import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// A client with an open plan on a real database file, and helpers the EAP tests share.
/// `today` is fixed so "not in the future" checks are stable.
struct PlanFixture {
    static let today = LocalDate(iso: "2026-03-16")!
    let base: Fixture
    let client: Client
    let plan: ActionPlan
    var db: CaseloadDatabase { base.db }
    var caseworker: StaffMember { base.caseworker }

    init(assessedOn: String? = "2026-01-05") throws {
        base = try Fixture()
        client = try base.client("Ana", "Silva")
        if let assessedOn {
            // Module 2 done, not yet submitted: the assessment date is Module 2's.
            try base.db.execute("INSERT INTO assessment(client_id, module2_completed_on) VALUES (?, ?)", [client.id!, assessedOn])
        }
        plan = try base.db.openActionPlan(clientID: client.id!, goal: "Warehouse work", on: LocalDate(iso: "2026-01-12")!, by: base.caseworker)
    }

    func add(_ type: String, description: String? = nil, start: String? = nil, program: Bool = false) throws -> PlanItem {
        try db.addPlanItem(PlanItem(planID: plan.id!, type: type, description: description,
                                    expectedStart: start.flatMap(LocalDate.init(iso:)), isEmploymentOutcomeProgram: program),
                           by: caseworker, today: Self.today)
    }

    func currentPlan() throws -> ActionPlan { try #require(try db.profilePlan(clientID: client.id!, by: caseworker)?.plan) }

    func job(start: String, hours: Double, isNew: Bool = true, employer: String = "Acme Foods",
             program: Bool = false) throws -> (employment: Employment, checkpoints: [Checkpoint]) {
        let e = try db.addEmployer(Employer(name: employer), by: caseworker)
        return try db.recordEmployment(Employment(clientID: client.id!, employerID: e.id!, jobTitle: "Picker",
                                                  startDate: LocalDate(iso: start)!, hoursPerWeek: hours, isNewEmployer: isNew,
                                                  isFromOutcomeProgram: program),
                                       by: caseworker)
    }

    /// A checkpoint answer with its evidence, as the form gives it.
    func answer(_ c: Checkpoint, employed: Bool = true, hours: Double? = 26, evidence: String = "Pay stub",
                reference: String = "scan-0042.pdf", note: String? = nil) -> Checkpoint {
        var a = c
        a.stillEmployed = employed; a.hoursPerWeek = employed ? hours : nil; a.sameEmployer = employed ? true : nil
        a.contactMethod = "Phone"; a.evidence = evidence; a.evidenceReference = reference; a.note = note
        return a
    }

    func auditActions(_ table: String, _ id: Int64?) throws -> [String] {
        try db.audit(recordType: table, recordID: id!).map(\.action)
    }
}

func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

/// The message of a refusal, or "" when the body did not throw `.invalid`.
func refusal(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    guard let error = storeError(body, sourceLocation: sourceLocation) else { return "" }
    guard case .invalid(let problems) = error else {
        Issue.record("expected a refusal, got \(error)", sourceLocation: sourceLocation)
        return ""
    }
    return problems.map(\.message).joined(separator: " | ")
}
