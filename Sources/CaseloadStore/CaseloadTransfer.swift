import CaseloadCore
import Foundation
import GRDB

/// A caseworker leaves: all their open clients go to one colleague or are shared among several,
/// each with the open work that moves with a reassignment. Planned first (the supervisor reads
/// who goes where), then run in one transaction exactly as planned.
public struct CaseloadTransferPlan: Hashable, Sendable {
    public struct Move: Hashable, Sendable {
        public var client: ClientSummary
        public var to: StaffMember
        public var openWork: OpenWork
    }
    public var from: StaffMember
    public var moves: [Move]

    /// "Dana Lee → Marie Roy: 12 clients, 4 appointments, 2 follow-ups"
    public var lines: [String] {
        let receivers = Dictionary(grouping: moves, by: { $0.to.id })
        return receivers.values.sorted { $0[0].to.fullName < $1[0].to.fullName }.map { group in
            let appointments = group.reduce(0) { $0 + $1.openWork.appointments.count }
            let followUps = group.reduce(0) { $0 + $1.openWork.followUps.count }
            return "\(from.fullName) → \(group[0].to.fullName): \(group.count) client\(group.count == 1 ? "" : "s"), "
                + "\(appointments) appointment\(appointments == 1 ? "" : "s"), \(followUps) follow-up\(followUps == 1 ? "" : "s")"
        }
    }
}

extension CaseloadDatabase {
    /// Who would go where: `from`'s clients that are not Closed, by name, each to the receiver with
    /// the fewest open clients so far (their current caseload counted), ties by the order given.
    public func planCaseloadTransfer(from: Int64, to receivers: [Int64], today: LocalDate,
                                     by staff: StaffMember) throws -> CaseloadTransferPlan {
        try read { db in
            _ = try acting(staff, needs: .reassignClient, in: db)
            return try db.caseloadTransferPlan(from: from, to: receivers, today: today)
        }
    }

    /// Runs a plan, refused when the caseload changed since it was made (plan again and re-read it).
    /// - Returns: how many clients moved.
    @discardableResult
    public func transferCaseload(_ plan: CaseloadTransferPlan, reason: String, today: LocalDate, now: Date = Date(),
                                 by staff: StaffMember) throws -> Int {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw StoreError.invalid([.init(field: "reason", message: "Say why the caseload moves (e.g. Dana Lee left the agency).")])
        }
        return try write { db in
            let actor = try acting(staff, needs: .reassignClient, in: db)
            guard let fromID = plan.from.id else { return 0 }
            let fresh = try db.caseloadTransferPlan(from: fromID, to: Array(Set(plan.moves.compactMap(\.to.id))).sorted(), today: today)
            guard Set(fresh.moves.map(\.client.id)) == Set(plan.moves.map(\.client.id)) else {
                throw StoreError.invalid([.init(field: "plan", message:
                    "\(plan.from.fullName)'s caseload changed since the preview: preview the transfer again.")])
            }
            for move in plan.moves {
                let stored = try db.storedClient(move.client.id)
                _ = try db.reassign(stored, to: move.to.id, reason: reason, today: today, now: now, by: actor)
            }
            return plan.moves.count
        }
    }
}

extension Database {
    func caseloadTransferPlan(from: Int64, to receiverIDs: [Int64], today: LocalDate) throws -> CaseloadTransferPlan {
        guard let leaving = try StaffMember.fetchOne(self, key: from) else {
            throw StoreError.notFound(recordType: StaffMember.databaseTableName, id: from)
        }
        var receivers: [StaffMember] = []
        for id in receiverIDs where id != from {
            guard let member = try StaffMember.fetchOne(self, key: id), member.isActive, member.role == .caseworker else {
                throw StoreError.invalid([.init(field: "to", message: "Transfer only to active caseworkers.")])
            }
            if !receivers.contains(where: { $0.id == id }) { receivers.append(member) }
        }
        guard !receivers.isEmpty else {
            throw StoreError.invalid([.init(field: "to", message: "Choose at least one colleague to receive the caseload.")])
        }
        let open = Client.Columns.status != ClientStatus.closed.rawValue
        var load: [Int64: Int] = [:]
        for r in receivers {
            load[r.id!] = try Client.filter(Client.Columns.caseworkerID == r.id! && open).fetchCount(self)
        }
        let clients = try ClientSummary.fetchAll(self, Client.summaries().filter(Client.Columns.caseworkerID == from && open).orderedByName())
        var moves: [CaseloadTransferPlan.Move] = []
        for client in clients {
            let to = receivers.min { (load[$0.id!]!, receiverIDs.firstIndex(of: $0.id!)!) < (load[$1.id!]!, receiverIDs.firstIndex(of: $1.id!)!) }!
            load[to.id!]! += 1
            moves.append(.init(client: client, to: to, openWork: try openWork(of: try storedClient(client.id), today: today)))
        }
        return CaseloadTransferPlan(from: leaving, moves: moves)
    }
}
