import CaseloadCore
import Foundation
import GRDB

extension ReportFigures {
    /// Checkpoints at 1, 3, 6 and 12 months: due (checkpoint.due_on in the stretch); recorded
    /// (recorded_on in the stretch); recorded late (of those, the late mark R-25 stored when the
    /// checkpoint was recorded: is_late, which a closure day added later does not change); overdue at
    /// the stretch's end (due before its last day and not recorded by then). Reads checkpoint(month,
    /// due_on, recorded_on, is_late) and employment(client_id).
    static func checkpoints(_ f: ReportFacts, _ tally: inout FigureTally) throws {
        let kinds = [("due", "due"), ("recorded", "recorded"), ("late", "recorded late"), ("overdue", "overdue at period end")]
        for month in CheckpointMonth.allCases.map(\.rawValue) {
            for (key, words) in kinds { tally.declare("checkpoints_\(key).\(month)m", group: group(month), label: "\(words.capitalizedFirst)") }
        }
        let ends = [f.window.current.upperBound.iso, f.window.previous.upperBound.iso]
        try f.each("""
            SELECT c.id, c.caseworker_id, k.month, k.due_on, k.recorded_on, k.is_late
            FROM checkpoint k JOIN employment e ON e.id = k.employment_id JOIN client c ON c.id = e.client_id
            WHERE (k.due_on <= ?1 OR k.recorded_on BETWEEN ?2 AND ?1) AND \(f.clientFilter)
            """, [f.window.latest.iso, f.window.earliest.iso]) { row in
            let month: Int = row[2], due: String = row[3], recorded: String? = row[4]
            let (client, caseworker): (Int64, Int64?) = (row[0], row[1])
            func add(_ key: String, _ words: String, _ half: ReportWindow.Half) {
                tally.add("checkpoints_\(key).\(month)m", group: group(month), label: words.capitalizedFirst, half, client: client, caseworker: caseworker)
            }
            if let half = f.window.half(ofISO: due) { add("due", "due", half) }
            if let recorded, let half = f.window.half(ofISO: recorded) {
                add("recorded", "recorded", half)
                if row[5] as Bool { add("late", "recorded late", half) }
            }
            for half in [ReportWindow.Half.current, .previous] where !(half == .current && f.window.isEmpty) {
                let end = ends[half.rawValue]
                if due < end && (recorded.map { $0 > end } ?? true) { add("overdue", "overdue at period end", half) }
            }
        }
    }

    private static func group(_ month: Int) -> String { "Checkpoints at \(month) month\(month == 1 ? "" : "s")" }

    /// PBF milestones earned (R-25): checkpoints recorded in the stretch whose stored PBF verdict
    /// (checkpoint.earns_pbf, judged when recorded or corrected: 20 or more hours a week, R-12, in a
    /// job eligible under R-07 and R-14) says they earn it. Reads checkpoint(recorded_on, earns_pbf).
    static func pbfMilestones(_ f: ReportFacts, _ tally: inout FigureTally) throws {
        let (id, group, label) = ("pbf_milestones", "PBF milestones earned (R-25)", "Checkpoints earning PBF")
        tally.declare(id, group: group, label: label)
        try f.each("""
            SELECT c.id, c.caseworker_id, k.recorded_on FROM checkpoint k JOIN employment e ON e.id = k.employment_id
            JOIN client c ON c.id = e.client_id
            WHERE k.recorded_on BETWEEN ? AND ? AND k.earns_pbf = 1 AND \(f.clientFilter)
            """, [f.window.earliest.iso, f.window.latest.iso]) { row in
            guard let half = f.window.half(ofISO: row[2]) else { return }
            tally.add(id, group: group, label: label, half, client: row[0], caseworker: row[1])
        }
    }

    /// SA contact deadlines met on time (R-01, R-02, R-04), counted in the stretch the deadline falls
    /// in. Reads client(referral_source, referral_received_on, site_id), contact_attempt(attempted_at,
    /// result) and case_note(interaction_at, type = SA Communication); judged by `SAContactDeadlines`.
    static func saContactDeadlines(_ f: ReportFacts, _ tally: inout FigureTally) throws {
        let group = "SA contact deadlines met on time"
        let labels: [FollowUpRule: String] = [.r01: "R-01 first contact (RASP/TRF)", .r02: "R-02 second contact (RASP/TRF)",
                                             .r04: "R-04 OW caseworker contacted"]
        for rule in [FollowUpRule.r01, .r02, .r04] { tally.declare("sa_deadlines.\(rule.rawValue)", group: group, label: labels[rule]!, deadline: true) }
        // Ten business days are never more than 31 calendar days, even over Christmas.
        let receivedFrom = f.window.earliest.adding(days: -31).iso, receivedTo = f.window.latest.iso
        // The referrals are read once; their attempts and SA notes are then looked up by client (as a
        // JSON array of ids), instead of scanning the clients again for each. The unary `+` keeps SQLite
        // off the index by referral source (a lookup in the table per referral) and on the follow-up
        // covering index, which holds every column read here: a sixth of the time.
        var referrals: [(client: Int64, caseworker: Int64?, source: ReferralSource, received: LocalDate, site: Int64?)] = []
        try f.each("""
            SELECT c.id, c.caseworker_id, c.referral_source, c.referral_received_on, c.site_id FROM client c
            WHERE +c.referral_source IN ('RASP', 'TRF', 'OW') AND c.referral_received_on BETWEEN ? AND ? AND \(f.clientFilter)
            """, [receivedFrom, receivedTo]) { row in
            guard let source = ReferralSource(rawValue: row[2]), let received = LocalDate(iso: row[3]) else { return }
            referrals.append((row[0], row[1], source, received, row[4]))
        }
        let ids = "[" + referrals.map { String($0.client) }.joined(separator: ",") + "]"
        var attempts: [Int64: [SAContactDeadlines.Attempt]] = [:], told: [Int64: [LocalDate]] = [:]
        try f.each("SELECT client_id, attempted_at, result FROM contact_attempt WHERE client_id IN (SELECT value FROM json_each(?))", [ids]) { row in
            let at: Date = row[1]
            attempts[row[0], default: []].append(.init(day: LocalDate(at, in: f.zone), reached: (row[2] as String) == ContactResult.reached.rawValue))
        }
        try f.each("""
            SELECT client_id, interaction_at FROM case_note
            WHERE type = 'SA Communication' AND client_id IN (SELECT value FROM json_each(?))
            """, [ids]) { row in
            told[row[0], default: []].append(LocalDate(row[1] as Date, in: f.zone))
        }
        for referral in referrals {
            for deadline in SAContactDeadlines.deadlines(source: referral.source, received: referral.received,
                                                         attempts: attempts[referral.client] ?? [], saCommunications: told[referral.client] ?? [],
                                                         calendar: f.calendar(site: referral.site)) {
                guard let half = f.window.half(of: deadline.due) else { continue }
                tally.add("sa_deadlines.\(deadline.rule.rawValue)", group: group, label: labels[deadline.rule]!, half,
                          client: referral.client, caseworker: referral.caseworker, met: deadline.met)
            }
        }
    }

    /// Appointments attended (status Attended or Late) and no-show: appointment(day, status).
    static func appointments(_ f: ReportFacts, _ tally: inout FigureTally) throws {
        let group = "Appointments"
        tally.declare("appointments.attended", group: group, label: "Attended")
        tally.declare("appointments.no_show", group: group, label: "No-show")
        try f.each("""
            SELECT c.id, c.caseworker_id, p.day, p.status FROM appointment p JOIN client c ON c.id = p.client_id
            WHERE p.day BETWEEN ? AND ? AND p.status IN ('Attended', 'Late', 'No Show') AND \(f.clientFilter)
            """, [f.window.earliest.iso, f.window.latest.iso]) { row in
            guard let half = f.window.half(ofISO: row[2]) else { return }
            let noShow = (row[3] as String) == AppointmentStatus.noShow.rawValue
            tally.add(noShow ? "appointments.no_show" : "appointments.attended", group: group, label: noShow ? "No-show" : "Attended",
                      half, client: row[0], caseworker: row[1])
        }
    }

    /// Financial supports by status (count and amount), each status counted in the stretch it was
    /// reached in, as the support totals count them (`supportTotals`): Submitted by submitted_on,
    /// Approved and Declined by decided_on (an approved support stays counted as approved once paid),
    /// Paid by paid_on, Ineligible by ineligible_on with the amount deducted (ineligible_cents).
    /// Drafts were never submitted and are not counted.
    static func financialSupports(_ f: ReportFacts, _ tally: inout FigureTally) throws {
        let group = "Financial supports by status"
        for status in SupportStatus.allCases where status != .draft {
            tally.declare("supports.\(status.rawValue)", group: group, label: status.rawValue, money: true)
        }
        let events = [
            ("Submitted", "s.submitted_on", "s.amount_cents", "1"),
            ("Approved", "s.decided_on", "s.amount_cents", "s.status IN ('Approved', 'Paid', 'Ineligible')"),
            ("Declined", "s.decided_on", "s.amount_cents", "s.status = 'Declined'"),
            ("Paid", "s.paid_on", "s.amount_cents", "s.status IN ('Paid', 'Ineligible')"),
            ("Ineligible", "s.ineligible_on", "s.ineligible_cents", "s.status = 'Ineligible'"),
        ]
        for (status, day, cents, condition) in events {
            try f.each("""
                SELECT c.id, c.caseworker_id, \(day), \(cents) FROM financial_support s JOIN client c ON c.id = s.client_id
                WHERE \(day) BETWEEN ? AND ? AND \(condition) AND \(f.clientFilter)
                """, [f.window.earliest.iso, f.window.latest.iso]) { row in
                guard let half = f.window.half(ofISO: row[2]) else { return }
                tally.add("supports.\(status)", group: group, label: status, half, client: row[0], caseworker: row[1], amountCents: row[3])
            }
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
