import CaseloadCore
import Foundation
import GRDB
@testable import CaseloadStore

/// A small agency planted row by row, whose November 2026 and October 2026 figures are worked out by
/// hand in `MonthlyReportTests` (every date below is chosen for one figure; the comments say which).
/// Caseworker A is the fixture's Dana Lee; B is Bo Chen. Today is 15 Dec 2026, so both months are over.
final class ReportFixture {
    let base: Fixture
    var db: CaseloadDatabase { base.db }
    let cwA: StaffMember
    let cwB: StaffMember
    let siteID: Int64
    static let today = LocalDate(year: 2026, month: 12, day: 15)!

    init() throws {
        base = try Fixture()
        cwA = base.caseworker
        cwB = try base.db.addStaff(username: "bchen", fullName: "Bo Chen", role: .caseworker, by: base.admin)
        siteID = try base.db.scalar("SELECT id FROM site ORDER BY id LIMIT 1")!
        try plant()
    }

    func client(_ id: Int64, _ name: String, cw: StaffMember, source: String, received: String?, status: String,
                legacy: Bool = false, created: String = "2026-01-05 15:00:00.000") throws {
        try db.execute("""
            INSERT INTO client (id, first_name, last_name, referral_source, referral_received_on, sa_caseworker_name,
                                caseworker_id, site_id, status, is_legacy, created_at, updated_at)
            VALUES (?, ?, 'Test', ?, ?, 'Sam SA', ?, ?, ?, ?, ?, ?)
            """, [id, name, source, received, cw.id, siteID, status, legacy, created, created])
    }

    func note(_ client: Int64, _ type: String, at: String) throws {
        try db.execute("""
            INSERT INTO case_note (client_id, author_id, interaction_at, entered_at, communication, type, subject, body)
            VALUES (?, ?, ?, ?, 'Phone', ?, 's', 'b')
            """, [client, cwA.id, at, at, type])
    }

    func attempt(_ client: Int64, at: String, _ result: String) throws {
        try db.execute("INSERT INTO contact_attempt (client_id, staff_id, attempted_at, method, result) VALUES (?, ?, ?, 'Phone', ?)",
                       [client, cwA.id, at, result])
    }

    func appointment(_ client: Int64, day: String, _ status: String) throws {
        try db.execute("""
            INSERT INTO appointment (client_id, staff_id, site_id, day, start_minute, length_minutes, purpose, status)
            VALUES (?, ?, ?, ?, 600, 30, 'Meeting', ?)
            """, [client, cwA.id, siteID, day, status])
    }

    func plan(_ id: Int64, client: Int64, status: String, opened: String, onHoldSince: String? = nil,
              closed: String? = nil, reason: String? = nil, earlyExit: Bool = false) throws {
        try db.execute("""
            INSERT INTO action_plan (id, client_id, status, opened_on, on_hold_reason, on_hold_since, closed_on, closure_reason, is_early_exit)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [id, client, status, opened, onHoldSince == nil ? nil : "Training", onHoldSince, closed, reason, earlyExit])
    }

    func job(_ id: Int64, client: Int64, start: String, pbf: Bool, newEmployer: Bool = true) throws {
        try db.execute("""
            INSERT INTO employment (id, client_id, employer_id, job_title, start_date, hours_per_week, is_new_employer, is_pbf_eligible)
            VALUES (?, ?, 1, 'Clerk', ?, 30, ?, ?)
            """, [id, client, start, newEmployer, pbf])
    }

    /// A checkpoint with what recording it stores: its late mark and its PBF verdict.
    func checkpoint(job: Int64, month: Int, due: String, recorded: String? = nil, hours: Double? = nil,
                    late: Bool = false, earnsPBF: Bool? = nil) throws {
        try db.execute("""
            INSERT INTO checkpoint (employment_id, month, due_on, recorded_on, still_employed, hours_per_week, is_late, earns_pbf)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [job, month, due, recorded, recorded == nil ? nil : 1, hours, late, earnsPBF])
    }

    /// A support with the days of each step it went through (#20): decided (approved or declined),
    /// paid, found ineligible (with the amount deducted).
    func support(_ client: Int64, _ status: String, submitted: String?, cents: Int, decided: String? = nil,
                 paid: String? = nil, ineligible: String? = nil, ineligibleCents: Int? = nil) throws {
        try db.execute("""
            INSERT INTO financial_support (client_id, recipient, category, amount_cents, rationale, document_references, status,
                                           submitted_on, decided_on, paid_on, ineligible_on, ineligible_cents)
            VALUES (?, 'Job Seeker', 'Transportation', ?, 'Bus pass', 'DOC-1', ?, ?, ?, ?, ?, ?)
            """, [client, cents, status, submitted, decided, paid, ineligible, ineligibleCents])
    }

    private func plant() throws {
        try db.execute("INSERT INTO employer (id, name) VALUES (1, 'Acme')")
        // C1 (A): Self intake created 3 Nov (no referral date); a General note 5 Nov; attended 5 Nov; a cancelled one 9 Nov; a draft support.
        try client(1, "One", cw: cwA, source: "Self", received: nil, status: "Active", created: "2026-11-03 15:00:00.000")
        try note(1, "General", at: "2026-11-05 15:00:00.000")
        try appointment(1, day: "2026-11-05", "Attended")
        try appointment(1, day: "2026-11-09", "Cancelled")
        try support(1, "Draft", submitted: nil, cents: 999)
        // C2 (A): TRF received Mon 2 Nov; one unanswered attempt 3 Nov (R-01 met; R-02 due 16 Nov missed); no-show 6 Nov.
        try client(2, "Two", cw: cwA, source: "TRF", received: "2026-11-02", status: "Referred")
        try attempt(2, at: "2026-11-03 14:00:00.000", "No Answer")
        try appointment(2, day: "2026-11-06", "No Show")
        try note(2, "SA Communication", at: "2026-11-06 18:00:00.000")   // the no-show told to SA (R-11 met); service on 6 Nov
        // C3 (B): OW received Mon 26 Oct; SA Communication note 29 Oct (R-04 due Mon 2 Nov met).
        try client(3, "Three", cw: cwB, source: "OW", received: "2026-10-26", status: "Active")
        try note(3, "SA Communication", at: "2026-10-29 16:00:00.000")
        // C4 (B): RASP received Fri 30 Oct; first attempt Wed 4 Nov reached (R-01 due Mon 2 Nov missed; R-02 due Fri 13 Nov met); late arrival 28 Oct.
        try client(4, "Four", cw: cwB, source: "RASP", received: "2026-10-30", status: "Active")
        try attempt(4, at: "2026-11-04 15:00:00.000", "Reached")
        try appointment(4, day: "2026-10-28", "Late")
        // C5 (A, imported): Module 2 on 10 Nov; EAP opened 10 Nov, on hold since 20 Nov; a plan item running since 15 Oct; job 5 Oct (not PBF).
        try client(5, "Five", cw: cwA, source: "Self", received: nil, status: "Monitoring", legacy: true)
        try db.execute("INSERT INTO assessment (client_id, module2_completed_on) VALUES (5, '2026-11-10')")
        try plan(50, client: 5, status: "Active - On Hold", opened: "2026-11-10", onHoldSince: "2026-11-20")
        try db.execute("INSERT INTO plan_item (plan_id, type, actual_start) VALUES (50, 'Training', '2026-10-15')")
        try job(3, client: 5, start: "2026-10-05", pbf: false)
        try checkpoint(job: 3, month: 1, due: "2026-11-05", recorded: "2026-11-06", hours: 30, earnsPBF: false)   // Nov: due, recorded on time, no PBF (job not eligible)
        try checkpoint(job: 3, month: 6, due: "2026-11-20")                                     // Nov: due, overdue at 30 Nov
        try support(5, "Submitted", submitted: "2026-11-12", cents: 5000)
        // C6 (A, imported, Active): EAP closed 25 Nov, Client withdrew, early exit; an older EAP closed 10 Oct (Moved out of area).
        try client(6, "Six", cw: cwA, source: "ODSP", received: nil, status: "Active", legacy: true)
        try plan(60, client: 6, status: "Closed", opened: "2026-06-01", closed: "2026-11-25", reason: "Client withdrew", earlyExit: true)
        try plan(61, client: 6, status: "Closed", opened: "2026-01-10", closed: "2026-10-10", reason: "Moved out of area")
        try job(1, client: 6, start: "2026-09-01", pbf: true)
        try job(2, client: 6, start: "2026-11-02", pbf: true)
        try checkpoint(job: 1, month: 1, due: "2026-10-01", recorded: "2026-10-20", hours: 25, late: true, earnsPBF: true)   // Oct: due, recorded late (limit 16 Oct), PBF
        try checkpoint(job: 1, month: 3, due: "2026-12-01")                                      // after both months
        try checkpoint(job: 1, month: 12, due: "2026-10-15", recorded: "2026-11-03", hours: 20, late: true, earnsPBF: true)  // Oct: due, overdue at 31 Oct; Nov: recorded late (limit 29 Oct), PBF
        try support(6, "Paid", submitted: "2026-11-01", cents: 12345, decided: "2026-11-03", paid: "2026-11-10")   // Nov: submitted, approved, paid
        try support(6, "Approved", submitted: "2026-10-02", cents: 1000, decided: "2026-10-05")                   // Oct: submitted, approved
    }
}
