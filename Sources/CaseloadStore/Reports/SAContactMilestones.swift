import CaseloadCore
import Foundation
import GRDB

/// One SA milestone of a client referred by social assistance: what the SA caseworker is to
/// be told, and whether an SA Communication note on or after that day says they were.
public struct SAMilestone: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case noShow = "no-show", jobFound = "job found", supportSubmitted = "support submitted", closure = "closure"
    }
    public var saCaseworkerName: String
    public var saCaseworkerContact: String
    public var clientID: Int64
    public var client: String
    public var camsReference: String
    public var kind: Kind
    public var day: LocalDate
    public var saNoteExists: Bool
}

extension CaseloadDatabase {
    /// Milestones between `from` and `to` (inclusive) of every client referred by OW, ODSP, RASP or
    /// TRF, by SA caseworker, client and day. Reads client(referral_source, sa_caseworker_*),
    /// appointment(No Show, day), employment(start_date), financial_support(submitted_on),
    /// action_plan(closed_on) and case_note(type SA Communication, interaction_at).
    public func saContactMilestones(from: LocalDate, to: LocalDate, zone: TimeZone = FollowUpEngine.agencyTimeZone,
                                    by staff: StaffMember) throws -> [SAMilestone] {
        try read { db in
            _ = try acting(staff, needs: .viewReports, in: db)
            let sa = "SELECT id FROM client WHERE referral_source IN ('OW', 'ODSP', 'RASP', 'TRF')"
            let sources: [(SAMilestone.Kind, String)] = [
                (.noShow, "SELECT client_id, day FROM appointment WHERE status = 'No Show' AND day BETWEEN ?1 AND ?2 AND client_id IN (\(sa))"),
                (.jobFound, "SELECT client_id, start_date FROM employment WHERE start_date BETWEEN ?1 AND ?2 AND client_id IN (\(sa))"),
                (.supportSubmitted, "SELECT client_id, submitted_on FROM financial_support WHERE submitted_on BETWEEN ?1 AND ?2 AND client_id IN (\(sa))"),
                (.closure, "SELECT client_id, closed_on FROM action_plan WHERE closed_on BETWEEN ?1 AND ?2 AND client_id IN (\(sa))"),
            ]
            var found: [(Int64, SAMilestone.Kind, LocalDate)] = []
            for (kind, sql) in sources {
                for row in try Row.fetchAll(db, sql: sql, arguments: [from.iso, to.iso]) {
                    if let day = LocalDate(iso: row[1]) { found.append((row[0], kind, day)) }
                }
            }
            guard !found.isEmpty else { return [] }
            let ids = Set(found.map(\.0)).map(String.init).joined(separator: ",")
            var notes: [Int64: [LocalDate]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT client_id, interaction_at FROM case_note WHERE type = 'SA Communication' AND client_id IN (\(ids))") {
                notes[row[0], default: []].append(LocalDate(row[1] as Date, in: zone))
            }
            var clients: [Int64: Row] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, first_name, last_name, cams_reference, sa_caseworker_name, sa_caseworker_contact FROM client WHERE id IN (\(ids))") {
                clients[row[0]] = row
            }
            let milestones = found.compactMap { (id, kind, day) -> SAMilestone? in
                guard let c = clients[id] else { return nil }
                return SAMilestone(saCaseworkerName: c[4] ?? "", saCaseworkerContact: c[5] ?? "", clientID: id,
                                   client: "\(c[2] as String), \(c[1] as String)", camsReference: c[3] ?? "", kind: kind, day: day,
                                   saNoteExists: (notes[id] ?? []).contains { $0 >= day })
            }
            return milestones.sorted {
                ($0.saCaseworkerName, $0.client, $0.day.dayNumber, $0.kind.rawValue) < ($1.saCaseworkerName, $1.client, $1.day.dayNumber, $1.kind.rawValue)
            }
        }
    }
}
