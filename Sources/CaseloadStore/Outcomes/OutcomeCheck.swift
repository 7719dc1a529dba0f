import CaseloadCore
import Foundation
import GRDB

/// `caseload check`'s rules pass: every stored PBF verdict, checkpoint late flag and early-exit flag
/// recomputed from the facts (`OutcomeRules`), naming each client whose stored value disagrees.
/// Reads every client with a job or a closed plan in one pass (100,000 clients: a few seconds).
extension Database {
    func outcomeDisagreements(zone: TimeZone = FollowUpEngine.agencyTimeZone) throws -> [(client: String, detail: String)] {
        let jobs = Dictionary(grouping: try Employment.order(Employment.Columns.clientID, Employment.Columns.startDate,
                                                             Employment.Columns.id).fetchAll(self), by: \.clientID)
        let plans = Dictionary(grouping: try ActionPlan.order(ActionPlan.Columns.id).fetchAll(self), by: \.clientID)
        let clientOfJob = Dictionary(uniqueKeysWithValues: jobs.values.joined().map { ($0.id!, $0.clientID) })
        var checkpoints: [Int64: [Checkpoint]] = [:]
        for c in try Checkpoint.order(Checkpoint.Columns.employmentID, Checkpoint.Columns.month).fetchAll(self) {
            if let client = clientOfJob[c.employmentID] { checkpoints[client, default: []].append(c) }
        }
        // The latest assessment per client, in pbfFacts' order (submitted_at DESC, id DESC).
        var assessed: [Int64: LocalDate?] = [:]
        for a in try Assessment.order(Assessment.Columns.clientID, Assessment.Columns.submittedAt.desc, Assessment.Columns.id.desc).fetchAll(self)
        where assessed[a.clientID] == nil {
            assessed[a.clientID] = .some(a.assessedOn(in: zone))
        }
        let observes = try String.fetchOne(self, sql: "SELECT value FROM setting WHERE key = ?",
                                           arguments: [Setting.observedSubstitutes.rawValue]).map { $0 == "1" } ?? true
        let closures = try ClosureDay.fetchAll(self)
        var calendars: [Int64?: BusinessCalendar] = [:]
        func calendar(_ site: Int64?) -> BusinessCalendar {
            if let c = calendars[site] { return c }
            let c = BusinessCalendar(observesSubstitutes: observes, closures: closures.filter { $0.siteID == nil || $0.siteID == site }, siteID: site)
            calendars[site] = c
            return c
        }
        let concerned = Set(jobs.keys).union(plans.filter { $0.value.contains { $0.status == .closed } }.keys)
        var found: [(Int64, OutcomeDisagreement)] = []
        let sites = try Row.fetchAll(self, sql: "SELECT id, site_id FROM client WHERE id IN (SELECT client_id FROM employment UNION SELECT client_id FROM action_plan WHERE status = 'Closed')")
        let siteOf = Dictionary(uniqueKeysWithValues: sites.map { ($0[0] as Int64, $0[1] as Int64?) })
        for clientID in concerned.sorted() {
            let facts = ClientOutcomeFacts(clientID: clientID, assessmentDate: assessed[clientID] ?? nil, jobs: jobs[clientID] ?? [],
                                           checkpoints: checkpoints[clientID] ?? [], plans: plans[clientID] ?? [],
                                           calendar: calendar(siteOf[clientID] ?? nil))
            for d in OutcomeRules.disagreements(facts) { found.append((clientID, d)) }
        }
        guard !found.isEmpty else { return [] }
        var names: [Int64: String] = [:]
        for id in Set(found.map(\.0)) {
            names[id] = try String.fetchOne(self, sql: "SELECT last_name || ', ' || first_name FROM client WHERE id = ?", arguments: [id])
        }
        return found.map { ("\(names[$0.0] ?? "?") (#\($0.0))", $0.1.detail) }
    }
}
