import CaseloadCore
import Foundation
import GRDB

/// One misalignment between the CaMS extract and Caseload: what a supervisor brings to the meeting
/// with the SSM (domain.md §8).
public struct ReconcileFinding: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case missingHere = "in CaMS, not here"
        case notInCams = "linked here, not in CaMS"
        case differs = "differs"
    }
    public var kind: Kind
    public var camsReference: String
    /// The extract's line (nil for a client only Caseload has).
    public var line: Int?
    public var client: String
    public var caseworker: String
    /// The CaMS column name of the field that differs (nil unless `differs`).
    public var field: String?
    public var camsValue: String
    public var caseloadValue: String

    /// "differs: date_of_birth", or the kind's words: how the summary groups findings.
    public var summaryKey: String { field.map { "\(kind.rawValue): \($0)" } ?? kind.rawValue }
}

/// The whole comparison: findings in CaMS reference order, the extract's bad rows, and the columns ignored.
public struct CamsReconciliation: Sendable {
    public var findings: [ReconcileFinding]
    public var problems: [ImportProblem]
    public var ignoredColumns: [String]
    public var rowsCompared: Int
    public var clientsLinkedHere: Int

    /// Counts by kind (and by field for differences), in a fixed order, zeros left out.
    public var summary: [(kind: String, count: Int)] {
        var counts: [String: Int] = [:]
        for f in findings { counts[f.summaryKey, default: 0] += 1 }
        let order = [ReconcileFinding.Kind.missingHere.rawValue, ReconcileFinding.Kind.notInCams.rawValue]
            + CamsReconciliationFields.all.map { "\(ReconcileFinding.Kind.differs.rawValue): \($0)" }
        return order.compactMap { key in counts[key].map { (key, $0) } }
    }
}

enum CamsReconciliationFields {
    static let all = ["first_name", "last_name", "date_of_birth", "referral_source", "client_status", "eap_status", "eap_closed_on",
                      "employment_start_date", "hours_per_week", "checkpoint_1m", "checkpoint_3m", "checkpoint_6m", "checkpoint_12m"]
}

extension CaseloadDatabase {
    /// Compares a parsed CaMS extract with every client linked to a CaMS reference. Reads only:
    /// nothing in the file is changed, whatever the extract says. Supervisors and administrators.
    public func reconcileCams(_ extract: CamsReconcileParser.Result, by staff: StaffMember) throws -> CamsReconciliation {
        try read { db in
            _ = try acting(staff, needs: .viewReports, in: db)
            let here = try LinkedClientFacts.load(db)
            var findings: [ReconcileFinding] = []
            var seen = extract.rejectedReferences
            for row in extract.rows {
                let ref = row.base.camsReference
                seen.insert(ref)
                let camsName = [row.base.firstName, row.base.lastName].compactMap { $0 }.joined(separator: " ")
                guard let mine = here[ref] else {
                    findings.append(ReconcileFinding(kind: .missingHere, camsReference: ref, line: row.base.line, client: camsName,
                                                     caseworker: row.base.caseworker ?? "", field: nil, camsValue: "", caseloadValue: ""))
                    continue
                }
                for (field, cams, ours) in mine.differences(from: row) {
                    findings.append(ReconcileFinding(kind: .differs, camsReference: ref, line: row.base.line, client: mine.name,
                                                     caseworker: mine.caseworker, field: field, camsValue: cams, caseloadValue: ours))
                }
            }
            for (ref, mine) in here where !seen.contains(ref) {
                findings.append(ReconcileFinding(kind: .notInCams, camsReference: ref, line: nil, client: mine.name,
                                                 caseworker: mine.caseworker, field: nil, camsValue: "", caseloadValue: ""))
            }
            findings.sort { ($0.camsReference, CamsReconciliationFields.all.firstIndex(of: $0.field ?? "") ?? -1)
                < ($1.camsReference, CamsReconciliationFields.all.firstIndex(of: $1.field ?? "") ?? -1) }
            return CamsReconciliation(findings: findings, problems: extract.problems, ignoredColumns: extract.ignoredColumns,
                                      rowsCompared: extract.rows.count, clientsLinkedHere: here.count)
        }
    }
}

/// What Caseload holds for one linked client, in the extract's terms: the client row, the latest EAP,
/// the latest job and that job's recorded checkpoints.
struct LinkedClientFacts {
    var name: String
    var firstName: String
    var lastName: String
    var caseworker: String
    var dateOfBirth: String?
    var referralSource: String
    var status: String
    var eapStatus: String?
    var eapClosedOn: String?
    var jobStart: String?
    var jobHours: Double?
    var checkpoints: [Int: String] = [:]

    static func load(_ db: Database) throws -> [String: LinkedClientFacts] {
        var facts: [String: LinkedClientFacts] = [:]
        var byID: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT c.id, c.cams_reference, c.first_name, c.last_name, c.date_of_birth, c.referral_source, c.status, s.full_name,
                   (SELECT a.status || '|' || coalesce(a.closed_on, '') FROM action_plan a WHERE a.client_id = c.id ORDER BY a.opened_on DESC, a.id DESC LIMIT 1)
            FROM client c LEFT JOIN staff s ON s.id = c.caseworker_id WHERE c.cams_reference IS NOT NULL
            """) {
            let ref: String = row[1], first: String = row[2], last: String = row[3]
            var f = LinkedClientFacts(name: "\(first) \(last)", firstName: first, lastName: last, caseworker: row[7] ?? "",
                                      dateOfBirth: row[4], referralSource: row[5], status: row[6])
            if let plan: String = row[8] {
                let parts = plan.split(separator: "|", omittingEmptySubsequences: false)
                f.eapStatus = String(parts[0]); f.eapClosedOn = parts.count > 1 && !parts[1].isEmpty ? String(parts[1]) : nil
            }
            facts[ref] = f
            byID[row[0]] = ref
        }
        // The latest job of each linked client, and its recorded checkpoints.
        for row in try Row.fetchAll(db, sql: """
            SELECT e.client_id, e.start_date, e.hours_per_week, k.month, k.recorded_on FROM employment e
            LEFT JOIN checkpoint k ON k.employment_id = e.id AND k.recorded_on IS NOT NULL
            WHERE e.id = (SELECT e2.id FROM employment e2 WHERE e2.client_id = e.client_id ORDER BY e2.start_date DESC, e2.id DESC LIMIT 1)
            """) {
            guard let ref = byID[row[0]] else { continue }
            facts[ref]?.jobStart = row[1]
            facts[ref]?.jobHours = row[2]
            if let month: Int = row[3], let day: String = row[4] { facts[ref]?.checkpoints[month] = day }
        }
        return facts
    }

    /// (field, CaMS value, Caseload value) for every field the extract gives that Caseload has otherwise.
    func differences(from row: CamsReconcileRow) -> [(String, String, String)] {
        var out: [(String, String, String)] = []
        func compare(_ field: String, _ cams: String?, _ ours: String?, sameIgnoringCase: Bool = false) {
            guard let cams else { return }   // an empty cell is "not in the extract"
            let mine = ours ?? ""
            let same = sameIgnoringCase ? cams.caseInsensitiveCompare(mine) == .orderedSame : cams == mine
            if !same { out.append((field, cams, mine)) }
        }
        compare("first_name", row.base.firstName, firstName, sameIgnoringCase: true)
        compare("last_name", row.base.lastName, lastName, sameIgnoringCase: true)
        compare("date_of_birth", row.base.dateOfBirth?.iso, dateOfBirth)
        compare("referral_source", row.base.referralSource?.rawValue, referralSource)
        compare("client_status", row.clientStatus?.rawValue, status)
        compare("eap_status", row.eapStatus?.rawValue, eapStatus)
        compare("eap_closed_on", row.eapClosedOn?.iso, eapClosedOn)
        compare("employment_start_date", row.base.employment?.startDate.iso, jobStart)
        compare("hours_per_week", row.base.employment.map { Self.hours($0.hoursPerWeek) }, jobHours.map(Self.hours))
        for month in [1, 3, 6, 12] { compare("checkpoint_\(month)m", row.checkpoints[month]?.iso, checkpoints[month]) }
        return out
    }

    static func hours(_ h: Double) -> String { h == h.rounded() ? String(Int(h)) : String(format: "%.1f", h) }
}
