import CaseloadCore
import CaseloadStore
import Foundation

/// Collects the session's views (profiles opened, notes read) and writes them to the access log in
/// one small transaction once the oldest has waited `delay`, on an idle tick; and at once when the
/// session ends, however it ends. A burst of profile opens is one commit, and a busy database only
/// delays the write: what failed stays queued for the next tick.
public final class AccessRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [AccessEvent] = []
    public let delay: TimeInterval

    public init(delay: TimeInterval = 5) { self.delay = delay }

    public func record(_ event: AccessEvent) {
        lock.withLock { pending.append(event) }
    }

    public var pendingCount: Int { lock.withLock { pending.count } }

    /// Writes what is queued when the oldest has waited long enough. Returns how many were written.
    @discardableResult
    public func flushIfDue(now: Date, db: CaseloadDatabase, by staff: StaffMember) throws -> Int {
        guard let oldest = lock.withLock({ pending.first?.at }), now.timeIntervalSince(oldest) >= delay else { return 0 }
        return try flush(db: db, by: staff)
    }

    /// Writes everything queued now. Returns how many were written.
    @discardableResult
    public func flush(db: CaseloadDatabase, by staff: StaffMember) throws -> Int {
        let batch = lock.withLock { () -> [AccessEvent] in defer { pending.removeAll() }; return pending }
        guard !batch.isEmpty else { return 0 }
        do {
            try db.recordAccess(batch, by: staff)
        } catch {
            lock.withLock { pending.insert(contentsOf: batch, at: 0) }
            throw error
        }
        return batch.count
    }
}
