import CaseloadCore
import Foundation
import GRDB
import Synchronization
import Testing
@testable import CaseloadStore

/// Two readers on one commit (`readConcurrently`, `CommitGate`), on a real file that another
/// connection keeps writing to.
@Suite(.serialized) struct ConcurrentReadsTests {
    /// A value the test's threads share.
    final class Shared<Value: Sendable>: Sendable {
        private let value: Mutex<Value>
        init(_ value: Value) { self.value = Mutex(value) }
        var current: Value { value.withLock { $0 } }
        func update(_ change: (inout Value) -> Void) { value.withLock { change(&$0) } }
    }

    /// Another process: a plain connection to the same file.
    static func otherConnection(_ fixture: Fixture, busyTimeout: TimeInterval = 5) throws -> DatabaseQueue {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        // Commits without waiting for the disk: a slow fsync must not decide how often it commits.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = OFF") }
        return try DatabaseQueue(path: fixture.path, configuration: config)
    }

    /// A writer moves both columns of one row together, commit after commit. The first reader reads
    /// one column at once; the second reads the other only after 3 ms, in which the writer often
    /// commits again: both must still see the same commit, and so the same number.
    @Test func bothReadersSeeTheSameCommitWhileAnotherConnectionWrites() throws {
        let fixture = try Fixture()
        let writer = try Self.otherConnection(fixture)
        try writer.write { db in
            try db.execute(sql: "CREATE TABLE pair (a INTEGER NOT NULL, b INTEGER NOT NULL)")
            try db.execute(sql: "INSERT INTO pair VALUES (0, 0)")
        }
        let stop = Shared(false), commits = Shared(0)
        let writing = Thread {
            while !stop.current {
                try? writer.write { db in try db.execute(sql: "UPDATE pair SET a = a + 1, b = b + 1") }
                commits.update { $0 += 1 }
                usleep(2_000)
            }
        }
        writing.start()
        defer { stop.update { $0 = true } }
        while commits.current < 3 { usleep(1_000) }

        var pinned = 0, committedMeanwhile = 0
        let deadline = Date().addingTimeInterval(20)
        while pinned < 40 && Date() < deadline {
            let seen = Shared<(a: Int?, b: Int?)>((nil, nil))
            let before = commits.current
            let didRead = try fixture.db.readConcurrently({ db in
                let a = try Int.fetchOne(db, sql: "SELECT a FROM pair")
                seen.update { $0.a = a }
            }, { db in
                usleep(3_000)
                let b = try Int.fetchOne(db, sql: "SELECT b FROM pair")
                seen.update { $0.b = b }
            })
            guard didRead else { usleep(500); continue }
            pinned += 1
            if commits.current != before { committedMeanwhile += 1 }
            let (a, b) = seen.current
            #expect(a != nil && a == b, "one commit for both readers")
        }
        #expect(pinned == 40, "the gate closed \(pinned) times in 20 s")
        #expect(committedMeanwhile >= 5, "the writer committed during \(committedMeanwhile) of the paired reads")
    }

    /// While someone else is writing, no pair is made and nothing waits: the caller reads alone.
    @Test func aWriterHoldingTheLockMeansNoPairAndNoWait() throws {
        let fixture = try Fixture()
        let other = try Self.otherConnection(fixture)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            let ran = Shared(0)
            let started = Date()
            let didRead = try fixture.db.readConcurrently({ _ in ran.update { $0 += 1 } }, { _ in ran.update { $0 += 1 } })
            #expect(!didRead)
            #expect(ran.current == 0)
            #expect(Date().timeIntervalSince(started) < 0.5, "the gate never waits for the lock")
            try db.execute(sql: "ROLLBACK")
        }
        #expect(try fixture.db.readConcurrently({ _ in }, { _ in }), "free again once the writer is done")
    }

    /// The gate lets writers in again as soon as both readers have begun, not when they end.
    @Test func writersAreLetInWhileTheReadersAreStillReading() throws {
        let fixture = try Fixture()
        let other = try Self.otherConnection(fixture, busyTimeout: 0)
        let wrote = Shared(false)
        _ = try fixture.db.readConcurrently({ _ in
            do {
                try other.write { db in try db.execute(sql: "CREATE TABLE written_meanwhile (x)") }
                wrote.update { $0 = true }
            } catch {}
        }, { _ in })
        #expect(wrote.current, "a write with no busy timeout went through during the reads")
    }

    /// An error in either reader is rethrown, once the other has finished its work.
    @Test func anErrorInEitherReaderIsRethrownAfterBothEnd() throws {
        let fixture = try Fixture()
        for failing in 0..<2 {
            let finished = Shared(false)
            let fail: @Sendable (Database) throws -> Void = { db in _ = try Int.fetchOne(db, sql: "SELECT x FROM nowhere") }
            let work: @Sendable (Database) throws -> Void = { db in
                usleep(20_000)
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM staff")
                finished.update { $0 = true }
            }
            do {
                _ = try fixture.db.readConcurrently(failing == 0 ? fail : work, failing == 0 ? work : fail)
                Issue.record("reader \(failing) failed, but nothing was thrown")
            } catch let error as StoreError {
                #expect(error.message.contains("nowhere"))
            }
            #expect(finished.current, "the other reader ran to its end")
        }
        #expect(try fixture.db.readConcurrently({ _ in }, { _ in }), "the gate is open again")
    }

    /// The gate writes nothing: screens that reload when someone commits (`ChangeWatcher`) are not
    /// woken by a paired read, or they would reload the queue for ever.
    @Test func aPairedReadIsNotAChange() throws {
        let fixture = try Fixture()
        let watcher = try fixture.db.makeChangeWatcher()
        #expect(try fixture.db.readConcurrently({ _ in }, { _ in }))
        #expect(try !watcher.hasChanged())
        _ = try fixture.client("Zoë", "Côté")
        #expect(try watcher.hasChanged(), "a real commit is still seen")
    }
}
