import CaseloadCore
import Foundation
import GRDB
@testable import CaseloadStore

// The straightforward fact loader the store used before the covering indexes and the C-API loader
// (`FollowUps/Facts/`): GRDB rows, dates computed by SQLite's `julianday`, every query joined with
// `client`. Kept here as the reference the optimized loader must agree with, row for row.

/// The reference fact queries. Each joins `client c` so the scope narrows every one of them the same way.
final class ReferenceFactLoader {
    let scope: FollowUpScope
    let zone: TimeZone
    /// UTC offsets by the hour they apply to: Foundation's per-instant calendar maths cost more than
    /// everything else in the queue, and an offset only changes on the hour (daylight saving).
    private var offsets: [Int: Int] = [:]

    init(scope: FollowUpScope, zone: TimeZone) { self.scope = scope; self.zone = zone }

    /// " AND c.caseworker_id = ?" etc., with its arguments.
    private var filter: (String, StatementArguments) {
        var sql = "", args: StatementArguments = []
        // A caseworker's queue also holds hand-made follow-ups they own for someone else's client.
        if let id = scope.caseworkerID {
            sql += """
                 AND (c.caseworker_id = ? OR c.id IN \
                (SELECT m.client_id FROM manual_follow_up m WHERE m.owner_id = ? AND m.completed_on IS NULL))
                """
            args += [id, id]
        }
        if let id = scope.siteID { sql += " AND c.site_id = ?"; args += [id] }
        if let id = scope.clientID { sql += " AND c.id = ?"; args += [id] }
        if let ids = scope.clientIDs { sql += " AND c.id IN (\(databaseQuestionMarks(count: ids.count)))"; args += StatementArguments(ids) }
        return (sql, args)
    }

    /// Decodes each row straight from SQLite's cursor: copying 300,000 rows into `Row` values first
    /// cost more than the queries themselves.
    private func each<T>(_ db: Database, _ sql: String, _ make: (Row) throws -> T) throws -> [T] {
        let (f, args) = filter
        let cursor = try Row.fetchCursor(db, sql: sql.replacingOccurrences(of: "/*scope*/", with: f), arguments: args)
        var out: [T] = []
        while let row = try cursor.next() { out.append(try make(row)) }
        return out
    }

    // Dates and instants arrive as numbers computed by SQLite: parsing ISO text per row in Swift was
    // the queue's largest cost. `day(x)` is a YYYY-MM-DD column as days since 1970-01-01 (nil stays
    // nil); `epoch(x)` a stored instant as seconds since 1970, rounded to the millisecond it was saved with.
    private static func day(_ column: String) -> String { "CAST(julianday(\(column)) - 2440587.5 AS INTEGER)" }
    private static func epoch(_ column: String) -> String { "round((julianday(\(column)) - 2440587.5) * 86400000.0) / 1000.0" }

    private func date(_ row: Row, _ index: Int) -> LocalDate? { (row[index] as Int?).map(LocalDate.init(dayNumber:)) }
    private func instant(_ row: Row, _ index: Int) -> Date? { (row[index] as Double?).map(Date.init(timeIntervalSince1970:)) }

    /// The agency-local day of an instant.
    private func day(_ instant: Date) -> LocalDate {
        let t = instant.timeIntervalSince1970
        let hour = Int((t / 3600).rounded(.down))
        let offset: Int
        if let known = offsets[hour] { offset = known } else { offset = zone.secondsFromGMT(for: instant); offsets[hour] = offset }
        return LocalDate(dayNumber: Int(((t + Double(offset)) / 86_400).rounded(.down)))
    }

    private func decode<E: RawRepresentable>(_ type: E.Type, _ row: Row, _ index: Int) throws -> E where E.RawValue: DatabaseValueConvertible {
        guard let value = E(rawValue: row[index]) else {
            throw StoreError.sqlite(code: -1, message: "unexpected \(E.self) value \(row[index] as DatabaseValue) in a follow-up fact")
        }
        return value
    }

    func load(_ db: Database) throws -> FollowUpFacts {
        typealias S = ReferenceFactLoader
        var facts = FollowUpFacts()
        // Closed clients raise nothing, unless someone still owns a hand-made follow-up for them.
        facts.clients = try each(db, """
            SELECT c.id, c.last_name, c.first_name, c.preferred_name, c.cams_reference, c.caseworker_id, c.site_id,
                   c.referral_source, \(S.day("c.referral_received_on")), c.status, c.sa_caseworker_name
            FROM client c
            WHERE (c.status <> 'Closed' OR EXISTS (SELECT 1 FROM manual_follow_up m WHERE m.client_id = c.id AND m.completed_on IS NULL))
            /*scope*/
            """) { r in
            let preferred: String? = r[3]
            return ClientFact(id: r[0], name: "\(r[1] as String), \(preferred ?? (r[2] as String))", camsReference: r[4],
                              caseworkerID: r[5], siteID: r[6], referralSource: try decode(ReferralSource.self, r, 7),
                              referralReceivedOn: date(r, 8), status: try decode(ClientStatus.self, r, 9), saCaseworkerName: r[10])
        }
        // R-01 to R-04 chase a referral only while the client is still Referred: other clients' attempts are never read.
        facts.contactAttempts = try each(db, """
            SELECT a.client_id, \(S.epoch("a.attempted_at")), a.result FROM contact_attempt a JOIN client c ON c.id = a.client_id
            WHERE c.referral_source IN ('RASP', 'TRF', 'OW') AND c.status = 'Referred' /*scope*/
            """) { r in ContactAttemptFact(clientID: r[0], day: day(instant(r, 1)!), result: try decode(ContactResult.self, r, 2)) }
        facts.saCommunications = try each(db, """
            SELECT n.client_id, \(S.epoch("max(n.interaction_at)")) FROM case_note n JOIN client c ON c.id = n.client_id
            WHERE n.type = 'SA Communication' /*scope*/ GROUP BY n.client_id
            """) { r in SACommunicationFact(clientID: r[0], day: day(instant(r, 1)!)) }
        facts.assessments = try each(db, """
            SELECT a.id, a.client_id, \(S.day("a.module2_completed_on")), \(S.epoch("a.submitted_at")), \(S.day("a.submitted_on"))
            FROM assessment a JOIN client c ON c.id = a.client_id
            WHERE a.id = (SELECT max(b.id) FROM assessment b WHERE b.client_id = a.client_id) /*scope*/
            """) { r in
            let submitted = instant(r, 3)
            return AssessmentFact(assessmentID: r[0], clientID: r[1], assessedOn: submitted.map(day) ?? date(r, 4) ?? date(r, 2),
                                  submittedAt: submitted)
        }
        facts.checkpoints = try each(db, """
            SELECT k.id, k.employment_id, e.client_id, k.month, \(S.day("e.start_date")), \(S.day("k.due_on"))
            FROM checkpoint k JOIN employment e ON e.id = k.employment_id JOIN client c ON c.id = e.client_id
            WHERE k.recorded_on IS NULL /*scope*/
            """) { r in
            CheckpointFact(checkpointID: r[0], employmentID: r[1], clientID: r[2], month: try decode(CheckpointMonth.self, r, 3),
                           employmentStart: date(r, 4)!, dueOn: date(r, 5)!)
        }
        // A client's first appointment is the earliest one that was not cancelled or moved.
        facts.noShows = try each(db, """
            SELECT a.id, a.client_id, \(S.day("a.day")),
                   a.id = (SELECT b.id FROM appointment b WHERE b.client_id = a.client_id
                           AND b.status NOT IN ('Cancelled', 'Rescheduled') ORDER BY b.day, b.start_minute, b.id LIMIT 1)
            FROM appointment a JOIN client c ON c.id = a.client_id
            WHERE a.status = 'No Show' /*scope*/
            """) { r in NoShowFact(appointmentID: r[0], clientID: r[1], day: date(r, 2)!, isFirstAppointment: r[3]) }
        facts.onHoldPlans = try each(db, """
            SELECT p.id, p.client_id, \(S.day("p.on_hold_since")), i.id, i.type, \(S.day("i.expected_end")), \(S.day("i.actual_end"))
            FROM action_plan p JOIN plan_item i ON i.plan_id = p.id JOIN client c ON c.id = p.client_id
            WHERE p.status = 'Active - On Hold' AND i.is_cancelled = 0 AND i.expected_end IS NOT NULL
              AND i.type IN ('Training', 'Education', 'Better Jobs Ontario') /*scope*/
            """) { r in
            OnHoldPlanFact(planID: r[0], clientID: r[1], onHoldSince: date(r, 2), planItemID: r[3], itemType: r[4],
                           expectedEnd: date(r, 5)!, completedOn: date(r, 6))
        }
        facts.pendingSupports = try each(db, """
            SELECT s.id, s.client_id, s.category, s.amount_cents, \(S.day("s.submitted_on"))
            FROM financial_support s JOIN client c ON c.id = s.client_id
            WHERE s.status = 'Submitted' AND s.submitted_on IS NOT NULL /*scope*/
            """) { r in PendingSupportFact(supportID: r[0], clientID: r[1], category: r[2], amountCents: r[3], submittedOn: date(r, 4)!) }
        facts.pbfEmployments = try each(db, """
            SELECT e.client_id, \(S.day("max(e.start_date)")) FROM employment e JOIN client c ON c.id = e.client_id
            WHERE e.is_pbf_eligible = 1 /*scope*/ GROUP BY e.client_id
            """) { r in PBFEmploymentFact(clientID: r[0], startDate: date(r, 1)!) }
        facts.manualFollowUps = try each(db, """
            SELECT m.* FROM manual_follow_up m JOIN client c ON c.id = m.client_id WHERE m.completed_on IS NULL /*scope*/
            """) { try ManualFollowUp(row: $0) }
        facts.intakeGaps = try each(db, """
            SELECT c.id, \(S.epoch("c.created_at")), \(S.day("c.date_of_birth")), c.under18_attestation FROM client c
            WHERE (\(IntakeGapsV10.condition)) /*scope*/
            """) { r in IntakeGapFact(clientID: r[0], recordCreatedOn: day(instant(r, 1)!), dateOfBirth: date(r, 2), isAttested: r[3]) }
        facts.saMilestones = try each(db, """
            SELECT 0, e.id, e.client_id, \(S.day("e.start_date")), r.name FROM employment e JOIN client c ON c.id = e.client_id
                JOIN employer r ON r.id = e.employer_id WHERE c.referral_source IN ('OW', 'ODSP', 'RASP', 'TRF') /*scope*/
            """) { r in SAMilestoneFact(kind: .jobFound, recordID: r[1], clientID: r[2], day: date(r, 3)!, detail: r[4]) }
            + each(db, """
            SELECT 1, s.id, s.client_id, \(S.day("s.submitted_on")), s.category FROM financial_support s JOIN client c ON c.id = s.client_id
            WHERE c.referral_source IN ('OW', 'ODSP', 'RASP', 'TRF') AND s.submitted_on IS NOT NULL AND s.status <> 'Draft' /*scope*/
            """) { r in SAMilestoneFact(kind: .supportSubmitted, recordID: r[1], clientID: r[2], day: date(r, 3)!, detail: r[4]) }
        facts.referralsOut = try each(db, """
            SELECT r.id, r.client_id, r.partner, r.service_type, \(S.day("r.made_on")), \(S.day("r.follow_up_on"))
            FROM referral_out r JOIN client c ON c.id = r.client_id
            WHERE r.status = 'Made' AND r.follow_up_on IS NOT NULL /*scope*/
            """) { r in ReferralOutFact(referralID: r[0], clientID: r[1], partner: r[2], serviceType: r[3],
                                        madeOn: date(r, 4)!, followUpOn: date(r, 5)!) }
        facts.actions = try FollowUpAction.fetchAll(db)
        return facts
    }
}
