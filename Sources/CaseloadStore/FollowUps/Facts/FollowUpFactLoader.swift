import CaseloadCore
import Foundation
import GRDB
import Synchronization

/// Loads the facts the follow-up rules read (`FactQueries`), all from the same commit. Columns are
/// read with SQLite's C API (`FactCursor`); the actions (completions, snoozes) still go through GRDB's
/// records. Each kind of fact is handed over as soon as it is read (`FactBatch`), so the rules can
/// start on it (`QueuePipeline`).
///
/// One connection reads every kind in turn (`load`), or two share them out (`loadOnTwoConnections`).
/// Not memory-mapped, although mapping the file made a caseworker's queue ~6 ms faster: the
/// connection stays mapped for later reads, and the TUI's peak memory went from 43 to 200 MB.
struct FollowUpFactLoader: Sendable {
    let scope: FollowUpScope
    let zone: TimeZone

    private let sources = RawValueTable<ReferralSource>()
    private let statuses = RawValueTable<ClientStatus>()
    private let results = RawValueTable<ContactResult>()

    init(scope: FollowUpScope, zone: TimeZone) { self.scope = scope; self.zone = zone }

    /// Every fact at once.
    func load(_ db: Database) throws -> FollowUpFacts {
        var facts = FollowUpFacts()
        try load(db) { $0.collect(into: &facts) }
        return facts
    }

    /// Each kind of fact to `deliver` as soon as it is read, on one connection, clients first.
    func load(_ db: Database, deliver: (FactBatch) -> Void) throws {
        let queries = FactQueries(scope)
        let clients = try readClients(db, queries, deliver: deliver)
        try ScopeTable.with(db, queries) {
            let listed = ListedClients(clients)
            for kind in Self.kindsAfterClients { try read(kind, db, queries, listed, deliver: deliver) }
        }
    }

    /// The same facts, read by two connections at once (`CaseloadDatabase.readConcurrently`, which
    /// gives both the same commit), for a scope of some clients: each connection fills its own scope
    /// table, and the fact queries' joins keep every row to the scope's clients. The first reads the
    /// clients; then each takes the next kind of fact still unread whenever it is free, so both end
    /// about together. `deliver` is called from both threads, in no set order. False, having read
    /// nothing, when the two connections cannot be had.
    func loadOnTwoConnections(_ database: CaseloadDatabase, deliver: @escaping @Sendable (FactBatch) -> Void) throws -> Bool {
        let queries = FactQueries(scope)
        precondition(!queries.isEveryone, "the whole list's facts are filtered by its clients, read in one place")
        let unread = Mutex(Self.kindsAfterClients[...])
        let readUnread = { @Sendable (db: Database) throws in
            try ScopeTable.with(db, queries) {
                while let kind = unread.withLock({ $0.popFirst() }) { try read(kind, db, queries, .unfiltered, deliver: deliver) }
            }
        }
        return try database.readConcurrently({ db in
            _ = try readClients(db, queries, deliver: deliver)
            try readUnread(db)
        }, readUnread)
    }

    /// The kinds of fact after the clients, costliest first (for a caseworker's queue), so that two
    /// readers sharing them out finish close together; the referral facts before the no-shows,
    /// whose rule reads them.
    private static let kindsAfterClients: [FactBatch.Kind] = [
        .assessmentFacts, .checkpoints, .referralFacts, .noShows, .onHoldPlans, .pendingSupports, .manualFollowUps, .intakeGaps,
        .lifecycleFacts,
    ]

    private func read(_ kind: FactBatch.Kind, _ db: Database, _ queries: FactQueries, _ listed: ListedClients,
                      deliver: (FactBatch) -> Void) throws {
        switch kind {
        case .clients: preconditionFailure("the clients are read first, by `readClients`")
        case .referralFacts: try readReferralFacts(db, queries, listed, deliver: deliver)
        case .assessmentFacts: try readAssessmentFacts(db, queries, listed, deliver: deliver)
        case .checkpoints: try readCheckpoints(db, queries, listed, deliver: deliver)
        case .noShows: try readNoShows(db, queries, listed, deliver: deliver)
        case .onHoldPlans: try readOnHoldPlans(db, queries, listed, deliver: deliver)
        case .pendingSupports: try readPendingSupports(db, queries, listed, deliver: deliver)
        case .manualFollowUps: try readManualFollowUps(db, queries, listed, deliver: deliver)
        case .intakeGaps: try readIntakeGaps(db, queries, listed, deliver: deliver)
        case .lifecycleFacts: try readLifecycleFacts(db, queries, listed, deliver: deliver)
        }
    }

    // MARK: Each kind of fact
    // Rows about clients the client query did not return (the whole list's closed ones) are skipped
    // before they are built.

    /// The scope's clients (with the actions, which the build takes with them).
    private func readClients(_ db: Database, _ queries: FactQueries, deliver: (FactBatch) -> Void) throws -> [ClientFact] {
        let actions = try FollowUpAction.fetchAll(db)
        // The whole list skips closed clients here, unless someone owns a hand-made follow-up for them.
        let keepClosed = queries.isEveryone
            ? Set(try rows(db, FactQueries.clientsWithOpenFollowUps, "hand-made follow-up") { $0.int64(0) }) : []
        let clients = try rows(db, queries.clients, "client") { r -> ClientFact? in
            let status = try r.value(9, in: statuses)
            if queries.isEveryone, status == .closed, !keepClosed.contains(r.int64(0)) { return nil }
            return ClientFact(id: r.int64(0), name: r.joined(1, ", ", r.isNull(3) ? 2 : 3), camsReference: r.textOrNil(4),
                              caseworkerID: r.int64OrNil(5), siteID: r.int64OrNil(6),
                              referralSource: try r.value(7, in: sources), referralReceivedOn: try r.day(8),
                              status: status, saCaseworkerName: r.textOrNil(10))
        }
        deliver(.clients(clients, actions: actions))
        return clients
    }

    /// The facts read (and R-11, the SA communications).
    private func readReferralFacts(_ db: Database, _ queries: FactQueries, _ listed: ListedClients,
                                   deliver: (FactBatch) -> Void) throws {
        var days = AgencyDays(zone: zone)
        let contactAttempts = try rows(db, queries.contactAttempts, "contact attempt") { r -> ContactAttemptFact? in
            guard listed.contains(r.int64(0)) else { return nil }
            return ContactAttemptFact(clientID: r.int64(0), day: days.day(epochMilliseconds: try r.requiredEpochMilliseconds(1)),
                               result: try r.value(2, in: results))
        }
        let saCommunications = try rows(db, queries.saCommunications, "SA communication") { r -> SACommunicationFact? in
            guard listed.contains(r.int64(0)) else { return nil }
            return SACommunicationFact(clientID: r.int64(0), day: days.day(epochMilliseconds: try r.requiredEpochMilliseconds(1)))
        }
        deliver(.referralFacts(contactAttempts: contactAttempts, saCommunications: saCommunications))
    }

    /// The facts read.
    private func readAssessmentFacts(_ db: Database, _ queries: FactQueries, _ listed: ListedClients,
                                     deliver: (FactBatch) -> Void) throws {
        var days = AgencyDays(zone: zone)
        var previousClient: Int64?
        let assessments = try rows(db, queries.assessments, "assessment") { r -> AssessmentFact? in
            // Only each client's first row, the latest assessment, counts.
            let clientID = r.int64(1)
            if clientID == previousClient { return nil }
            previousClient = clientID
            guard listed.contains(clientID) else { return nil }
            let submitted = try r.epochMilliseconds(3)
            return AssessmentFact(assessmentID: r.int64(0), clientID: clientID,
                                  // As `Assessment.assessedOn(in:)`: the submission's day, else CaMS's day, else Module 2's.
                                  assessedOn: try submitted.map { days.day(epochMilliseconds: $0) } ?? r.day(4) ?? r.day(2),
                                  submittedAt: submitted.map(AgencyDays.date(epochMilliseconds:)))
        }
        let pbfEmployments = try rows(db, queries.pbfEmployments, "employment") { r -> PBFEmploymentFact? in
            guard listed.contains(r.int64(0)) else { return nil }
            return PBFEmploymentFact(clientID: r.int64(0), startDate: try r.requiredDay(1))
        }
        deliver(.assessmentFacts(assessments: assessments, pbfEmployments: pbfEmployments))
    }

    ///
    private func readCheckpoints(_ db: Database, _ queries: FactQueries, _ listed: ListedClients,
                                 deliver: (FactBatch) -> Void) throws {
        deliver(.checkpoints(try rows(db, queries.checkpoints, "checkpoint") { r -> CheckpointFact? in
            guard listed.contains(r.int64(2)) else { return nil }
            guard let month = CheckpointMonth(rawValue: Int(r.int64(3))) else {
                throw StoreError.sqlite(code: -1, message: "unexpected CheckpointMonth value \(r.int64(3)) in a follow-up fact (checkpoint)")
            }
            return CheckpointFact(checkpointID: r.int64(0), employmentID: r.int64(1), clientID: r.int64(2), month: month,
                                  employmentStart: try r.requiredDay(4), dueOn: try r.requiredDay(5))
        }))
    }

    /// Plans on hold for training.
    private func readOnHoldPlans(_ db: Database, _ queries: FactQueries, _ listed: ListedClients,
                                 deliver: (FactBatch) -> Void) throws {
        deliver(.onHoldPlans(try rows(db, queries.onHoldPlans, "plan on hold") { r -> OnHoldPlanFact? in
            guard listed.contains(r.int64(1)) else { return nil }
            return OnHoldPlanFact(planID: r.int64(0), clientID: r.int64(1), onHoldSince: try r.day(2), planItemID: r.int64(3),
                           itemType: r.text(4), expectedEnd: try r.requiredDay(5), completedOn: try r.day(6))
        }))
    }

    /// Financial supports awaiting approval.
    private func readPendingSupports(_ db: Database, _ queries: FactQueries, _ listed: ListedClients,
                                     deliver: (FactBatch) -> Void) throws {
        deliver(.pendingSupports(try rows(db, queries.pendingSupports, "financial support") { r -> PendingSupportFact? in
            guard listed.contains(r.int64(1)) else { return nil }
            return PendingSupportFact(supportID: r.int64(0), clientID: r.int64(1), category: r.text(2), amountCents: Int(r.int64(3)),
                               submittedOn: try r.requiredDay(4))
        }))
    }

    /// Hand-made follow-ups not completed.
    private func readManualFollowUps(_ db: Database, _ queries: FactQueries, _ listed: ListedClients,
                                     deliver: (FactBatch) -> Void) throws {
        deliver(.manualFollowUps(try rows(db, queries.manualFollowUps, "manual follow-up") { r -> ManualFollowUp? in
            guard listed.contains(r.int64(1)) else { return nil }
            return ManualFollowUp(id: r.int64(0), clientID: r.int64(1), ownerID: r.int64(2), title: r.text(3), dueOn: try r.requiredDay(4),
                           createdBy: r.int64(5), completedOn: nil, completionNote: r.textOrNil(6), version: Int(r.int64(7)))
        }))
    }

    /// SA-WORKER and R-16.
    private func readIntakeGaps(_ db: Database, _ queries: FactQueries, _ listed: ListedClients,
                                deliver: (FactBatch) -> Void) throws {
        var days = AgencyDays(zone: zone)
        deliver(.intakeGaps(try rows(db, queries.intakeGaps, "client record") { r -> IntakeGapFact? in
            guard listed.contains(r.int64(0)) else { return nil }
            return IntakeGapFact(clientID: r.int64(0), recordCreatedOn: days.day(epochMilliseconds: try r.requiredEpochMilliseconds(1)),
                                 dateOfBirth: try r.day(2), isAttested: r.bool(3))
        }))
    }

    ///
    private func readLifecycleFacts(_ db: Database, _ queries: FactQueries, _ listed: ListedClients,
                                    deliver: (FactBatch) -> Void) throws {
        let milestones = try rows(db, queries.saMilestones, "SA milestone") { r -> SAMilestoneFact? in
            guard listed.contains(r.int64(2)) else { return nil }
            return SAMilestoneFact(kind: r.int64(0) == 0 ? .jobFound : .supportSubmitted, recordID: r.int64(1),
                                   clientID: r.int64(2), day: try r.requiredDay(3), detail: r.text(4))
        }
        let referrals = try rows(db, queries.referralsOut, "referral out") { r -> ReferralOutFact? in
            guard listed.contains(r.int64(1)) else { return nil }
            return ReferralOutFact(referralID: r.int64(0), clientID: r.int64(1), partner: r.text(2), serviceType: r.text(3),
                                   madeOn: try r.requiredDay(4), followUpOn: try r.requiredDay(5))
        }
        deliver(.lifecycleFacts(saMilestones: milestones, referralsOut: referrals))
    }

    ///
    private func readNoShows(_ db: Database, _ queries: FactQueries, _ listed: ListedClients,
                             deliver: (FactBatch) -> Void) throws {
        deliver(.noShows(try rows(db, queries.noShows, "no-show") { r -> NoShowFact? in
            guard listed.contains(r.int64(1)) else { return nil }
            return NoShowFact(appointmentID: r.int64(0), clientID: r.int64(1), day: try r.requiredDay(2), isFirstAppointment: r.bool(3))
        }))
    }

    /// The rows of one fact query, made by `make` while the cursor is on each (nil: skip the row).
    private func rows<T>(_ db: Database, _ query: FactQueries.Query, _ subject: String,
                         _ make: (borrowing FactCursor) throws -> T?) throws -> [T] {
        let cursor = try FactCursor(db, sql: query.sql, arguments: query.arguments, subject: subject)
        var out: [T] = []
        while try cursor.next() {
            if let row = try make(cursor) { out.append(row) }
        }
        return out
    }
}

