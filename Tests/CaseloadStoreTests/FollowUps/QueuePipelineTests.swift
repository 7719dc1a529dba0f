import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// The queue does not depend on how its facts arrive: in any order the readers hand them over, on
/// any thread, or read by one connection when two cannot be had.
@Suite(.serialized) struct QueuePipelineTests {
    static let zone = FactLoaderEquivalenceTests.zone
    static let today = FactLoaderEquivalenceTests.today

    static func engine(_ db: CaseloadDatabase) throws -> FollowUpEngine {
        let calendars = try db.businessCalendars()
        var engine = FollowUpEngine(calendar: calendars.agency, asOf: today, now: today.startInstant(in: zone).addingTimeInterval(10 * 3600),
                                    timeZone: zone)
        engine.siteCalendars = calendars.sites
        return engine
    }

    /// The batches of one load, as the loader hands them over.
    static func batches(_ db: CaseloadDatabase, _ scope: FollowUpScope) throws -> [FactBatch] {
        var batches: [FactBatch] = []
        try db.read { db in try FollowUpFactLoader(scope: scope, zone: zone).load(db) { batches.append($0) } }
        return batches
    }

    /// Orders the pipeline must cope with: as read, reversed (every batch before the clients, the
    /// no-shows before the referral facts), and a few shuffles.
    static func orders(_ batches: [FactBatch]) -> [[FactBatch]] {
        var random = SystemRandomNumberGenerator()
        return [batches, batches.reversed()] + (0..<4).map { _ in batches.shuffled(using: &random) }
    }

    @Test(arguments: [QueuePipeline.Workers.ownThread, .readers])
    func anyOrderOfBatchesGivesTheSameQueue(workers: QueuePipeline.Workers) throws {
        let db = FactLoaderEquivalenceTests.demo.db
        let engine = try Self.engine(db)
        let caseworker = try #require(try db.listStaff(includeInactive: true).first { $0.role == .caseworker })
        for scope in [FollowUpScope.everyone, FollowUpScope(caseworkerID: caseworker.id)] {
            let batches = try Self.batches(db, scope)
            #expect(batches.count == 10, "every kind of fact, once")
            let facts = try db.followUpFacts(scope: scope, zone: Self.zone)
            let expected = scope.caseworkerID.map { engine.items(from: facts, ownerID: $0) } ?? engine.items(from: facts)
            #expect(expected.contains { $0.rule == .r11 }, "the no-shows' rule, which needs the referral facts first, has items")
            for order in Self.orders(batches) {
                let pipeline = QueuePipeline(engine: engine, workers: workers)
                // Two threads hand the batches over, as two readers do.
                DispatchQueue.concurrentPerform(iterations: 2) { half in
                    for (i, batch) in order.enumerated() where i % 2 == half { pipeline.take(batch) }
                }
                #expect(pipeline.items(ownerID: scope.caseworkerID) == expected, "\(scope), order \(order.map(\.kind))")
            }
        }
    }

    /// While another connection is writing, a caseworker's queue is read on one connection: the same
    /// queue, without waiting for the writer.
    @Test func aQueueReadWhileSomeoneWritesIsTheSame() throws {
        let db = FactLoaderEquivalenceTests.demo.db
        let caseworker = try #require(try db.listStaff(includeInactive: true).first { $0.role == .caseworker })
        let now = Self.today.startInstant(in: Self.zone).addingTimeInterval(10 * 3600)
        let scope = FollowUpScope(caseworkerID: caseworker.id)
        let paired = try db.followUpQueue(asOf: Self.today, now: now, scope: scope, zone: Self.zone)
        #expect(paired.count > 50)

        let writer = try DatabaseQueue(path: db.path)
        try writer.writeWithoutTransaction { other in
            try other.execute(sql: "BEGIN IMMEDIATE")
            defer { try? other.execute(sql: "ROLLBACK") }
            #expect(try !db.readConcurrently({ _ in }, { _ in }), "no pair while the writer holds the lock")
            let started = Date()
            let alone = try db.followUpQueue(asOf: Self.today, now: now, scope: scope, zone: Self.zone)
            #expect(Date().timeIntervalSince(started) < 2, "the queue does not wait for the writer")
            #expect(alone == paired)
        }
    }
}
