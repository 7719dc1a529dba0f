import CaseloadCore
import Foundation
import GRDB

/// One function per figure of domain.md §7. Each reads only the columns named in its comment, so a
/// figure whose facts another part of the system records later (status history, a checkpoint's late
/// mark, a support's decision dates) is switched over in its own function.
enum ReportFigures {
    typealias Figure = @Sendable (ReportFacts, inout FigureTally) throws -> Void

    /// The figures read straight from the tables, in the order the report shows them.
    static var sqlFigures: [Figure] { [
        clientsServed, newIntakes, assessmentsCompleted, actionPlans, earlyExits, employmentStarts,
        checkpoints, pbfMilestones, saContactDeadlines, appointments, financialSupports,
    ] }

    /// New intakes by referral source: client(referral_source, referral_received_on, or the day
    /// created_at falls on when no referral date is recorded); clients imported from CaMS
    /// (is_legacy) were not taken in here and do not count.
    static func newIntakes(_ f: ReportFacts, _ tally: inout FigureTally) throws {
        let group = "New intakes by referral source"
        for source in ReferralSource.allCases { tally.declare("intakes.\(source.rawValue)", group: group, label: source.rawValue) }
        let bounds = f.bothInstantBounds
        try f.each("""
            SELECT c.id, c.caseworker_id, c.referral_source, c.referral_received_on, c.created_at FROM client c
            WHERE c.is_legacy = 0 AND (c.referral_received_on BETWEEN ? AND ? OR (c.referral_received_on IS NULL AND c.created_at >= ? AND c.created_at < ?))
              AND \(f.clientFilter)
            """, [f.window.earliest.iso, f.window.latest.iso, min(bounds[0].from, bounds[1].from), max(bounds[0].before, bounds[1].before)]) { row in
            let received: String? = row[3]
            let half = received.map { f.window.half(ofISO: $0) } ?? f.half(ofInstant: row[4], bounds: bounds)
            guard let half else { return }
            let source: String = row[2]
            tally.add("intakes.\(source)", group: group, label: source, half, client: row[0], caseworker: row[1])
        }
    }

    /// Assessments completed: assessment(module2_completed_on) in the stretch.
    static func assessmentsCompleted(_ f: ReportFacts, _ tally: inout FigureTally) throws {
        tally.declare("assessments_completed", group: "Assessments", label: "Completed (Module 2)")
        try f.each("""
            SELECT c.id, c.caseworker_id, s.module2_completed_on FROM assessment s JOIN client c ON c.id = s.client_id
            WHERE s.module2_completed_on BETWEEN ? AND ? AND \(f.clientFilter)
            """, [f.window.earliest.iso, f.window.latest.iso]) { row in
            guard let half = f.window.half(ofISO: row[2]) else { return }
            tally.add("assessments_completed", group: "Assessments", label: "Completed (Module 2)", half, client: row[0], caseworker: row[1])
        }
    }

    /// EAPs opened (action_plan.opened_on), put on hold (action_plan.on_hold_since: the current hold
    /// only, until holds have a history), and closed by reason (action_plan.closed_on, closure_reason).
    static func actionPlans(_ f: ReportFacts, _ tally: inout FigureTally) throws {
        let group = "EAPs"
        tally.declare("eaps_opened", group: group, label: "Opened")
        tally.declare("eaps_on_hold", group: group, label: "Put on hold")
        let (from, to) = (f.window.earliest.iso, f.window.latest.iso)
        try f.each("""
            SELECT c.id, c.caseworker_id, a.opened_on, a.on_hold_since, a.closed_on, a.closure_reason
            FROM action_plan a JOIN client c ON c.id = a.client_id
            WHERE (a.opened_on BETWEEN ?1 AND ?2 OR a.on_hold_since BETWEEN ?1 AND ?2 OR a.closed_on BETWEEN ?1 AND ?2) AND \(f.clientFilter)
            """, [from, to]) { row in
            if let half = f.window.half(ofISO: row[2]) {
                tally.add("eaps_opened", group: group, label: "Opened", half, client: row[0], caseworker: row[1])
            }
            if let since: String = row[3], let half = f.window.half(ofISO: since) {
                tally.add("eaps_on_hold", group: group, label: "Put on hold", half, client: row[0], caseworker: row[1])
            }
            if let closed: String = row[4], let half = f.window.half(ofISO: closed) {
                let reason = (row[5] as String?).flatMap { $0.isEmpty ? nil : $0 } ?? "no reason recorded"
                tally.add("eaps_closed.\(reason)", group: group, label: "Closed: \(reason)", half, client: row[0], caseworker: row[1])
            }
        }
    }

    /// Early exits: action_plan(closed_on in the stretch, is_early_exit), the flag set when the
    /// plan was closed before the 12-month checkpoint was recorded.
    static func earlyExits(_ f: ReportFacts, _ tally: inout FigureTally) throws {
        let (id, group, label) = ("early_exits", "Early exits (R-10)", "Closed before the 12-month checkpoint")
        tally.declare(id, group: group, label: label)
        try f.each("""
            SELECT c.id, c.caseworker_id, a.closed_on FROM action_plan a JOIN client c ON c.id = a.client_id
            WHERE a.is_early_exit = 1 AND a.closed_on BETWEEN ? AND ? AND \(f.clientFilter)
            """, [f.window.earliest.iso, f.window.latest.iso]) { row in
            guard let half = f.window.half(ofISO: row[2]) else { return }
            tally.add(id, group: group, label: label, half, client: row[0], caseworker: row[1])
        }
    }

    /// Employment starts: employment(start_date in the stretch, is_pbf_eligible).
    static func employmentStarts(_ f: ReportFacts, _ tally: inout FigureTally) throws {
        let group = "Employment starts"
        tally.declare("employment_starts.pbf", group: group, label: "PBF-eligible")
        tally.declare("employment_starts.not_pbf", group: group, label: "Not PBF-eligible")
        try f.each("""
            SELECT c.id, c.caseworker_id, e.start_date, e.is_pbf_eligible FROM employment e JOIN client c ON c.id = e.client_id
            WHERE e.start_date BETWEEN ? AND ? AND \(f.clientFilter)
            """, [f.window.earliest.iso, f.window.latest.iso]) { row in
            guard let half = f.window.half(ofISO: row[2]) else { return }
            let eligible: Bool = row[3]
            tally.add(eligible ? "employment_starts.pbf" : "employment_starts.not_pbf", group: group,
                      label: eligible ? "PBF-eligible" : "Not PBF-eligible", half, client: row[0], caseworker: row[1])
        }
    }
}
