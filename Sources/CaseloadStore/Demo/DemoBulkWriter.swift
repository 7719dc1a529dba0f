import CaseloadCore
import Foundation
import GRDB

/// Writes `DemoGenerator` output into a new database (`caseload demo`, `--demo`, and the
/// benchmark's 100,000 clients: 82 s on the 2-core dev box, where committing in batches took 187 s):
///
/// - one transaction for the whole load: a fill killed part-way leaves no clients at all, so the
///   next `caseload demo` (or `--demo` start) fills the file again instead of refusing a half-made
///   demo that `caseload check` would call healthy; and index pages touched again and again
///   (appointments by site and day arrive in random day order) reach the WAL once instead of once
///   per batch — the batched fill wrote 2.2 GB for a 350 MB file;
/// - a 256 MB page cache for that transaction (as the CaMS import does), so those pages stay in memory;
/// - the next clients' stories are generated on another core while this one writes, a batch at a
///   time, so 100,000 clients never sit in memory at once.
///
/// Synthetic records are not audited one by one; a single audit row records that demo data was
/// generated, by whom, with which seed. The FTS triggers stay in place (about 40 µs a client,
/// ~4 s at 100,000; GRDB's per-record encoding and SQLite's B-trees cost the rest).
/// Refuses a database that already holds clients, so demo people never mix with real ones.
extension CaseloadDatabase {
    public func fillWithDemoData(_ generator: DemoGenerator, by staff: StaffMember, batchSize: Int = 1_000,
                                 progress: (Int) -> Void = { _ in }) throws -> DemoSummary {
        let existing = try clientCount()
        guard existing == 0 else { throw StoreError.invalid([.init(field: "db", message: "the database already holds \(existing) clients: demo data goes into a new, empty database (choose another --db)")]) }
        let stories = DemoStoryPipeline(generator: generator, batchSize: batchSize)
        return try write { db in
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = \(Self.demoCacheSize)")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }

            var summary = DemoSummary()
            var ids = try DemoIDs.insertStaffAndSites(generator, db: db)
            summary.staff = ids.staff.count
            while let batch = stories.next() {
                for bundle in batch {
                    try DemoIDs.insert(bundle, ids: &ids, generator: generator, db: db, summary: &summary)
                }
                progress(summary.clients)
            }
            // In the same transaction as the people: a file is a demo exactly when it holds demo data.
            try db.execute(sql: "INSERT INTO setting(key, value) VALUES (?, '1') ON CONFLICT(key) DO UPDATE SET value = '1'",
                           arguments: [Setting.demoDatabase.rawValue])
            try db.appendAudit(.insert, recordType: "demo_data", recordID: nil,
                               changes: "{\"clients\":\(summary.clients),\"seed\":\(generator.seed)}", by: staff.id, at: Date())
            return summary
        }
    }

    /// SQLite's page cache for the bulk load's transaction, in KiB (negative: a size, not a page count).
    static let demoCacheSize = -262_144
}

/// Generates batches of client stories one batch ahead, on a background thread: while the writer
/// inserts batch k, batch k+1 is being built. `DemoGenerator` is pure, so order and content are
/// those of a plain loop.
final class DemoStoryPipeline: @unchecked Sendable {
    private let generator: DemoGenerator
    private let batchSize: Int
    private var start = 0
    private var pending: DispatchWorkItem?
    // Written by the work item, read after `wait()`: the wait orders the two.
    private var ahead: [DemoClientBundle] = []

    init(generator: DemoGenerator, batchSize: Int) {
        self.generator = generator
        self.batchSize = max(1, batchSize)
        prefetch()
    }

    /// The next batch in index order, or nil when every client has been handed out.
    func next() -> [DemoClientBundle]? {
        guard let pending else { return nil }
        pending.wait()
        let batch = ahead
        prefetch()
        return batch
    }

    private func prefetch() {
        guard start < generator.clientCount else { pending = nil; return }
        let range = start..<min(generator.clientCount, start + batchSize)
        start = range.upperBound
        let item = DispatchWorkItem { [self] in ahead = range.map { generator.client(at: $0) } }
        pending = item
        DispatchQueue.global(qos: .userInitiated).async(execute: item)
    }
}
