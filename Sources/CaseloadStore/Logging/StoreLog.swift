import Foundation
import Logging
import Synchronization

/// The store's log: refusals, failures and slow queries. Where lines go is the executable's choice
/// (`use(_:)`); until it chooses, nothing is written, so tests and the benchmark print nothing.
///
/// Lines carry no personal data: staff logins, record ids, permission and error kinds only — never
/// a name, a note's text or a typed value (`StoreError.logSummary`).
public enum StoreLog {
    /// Behind a lock: tests set it while other threads log. Only read when something is logged.
    private static let current = Mutex(Logger(label: "caseload.store", factory: { _ in SwiftLogNoOpLogHandler() }))
    public static var logger: Logger { current.withLock { $0 } }

    /// A read or write that takes longer than this is logged (as a warning) with what it was.
    public static let slowQueryThreshold: Duration = .milliseconds(200)

    /// Sends the store's lines to `logger` (the executable, at start; a test, to read them).
    public static func use(_ logger: Logger) { current.withLock { $0 = logger } }

    /// Logs a refusal or failure met while using the database at `path`.
    static func failed(_ error: any Error, during operation: String, path: String) {
        let summary = logSummary(of: error)
        let level: Logger.Level = summary.isRefusal ? .notice : .error
        logger.log(level: level, "\(summary.isRefusal ? "refused" : "failed"): \(summary.text)",
                   metadata: ["operation": "\(operation)", "db": "\(path)"])
    }

    /// Measures `body`; only a slow one is logged, so a fast query costs two clock reads.
    @inline(__always)
    static func timed<T>(_ operation: String, path: String, _ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        defer { logIfSlow(operation, since: start, path: path) }
        return try body()
    }

    /// Logs `operation` as a slow query when it began more than the threshold ago.
    static func logIfSlow(_ operation: String, since start: ContinuousClock.Instant, path: String) {
        let elapsed = ContinuousClock.now - start
        guard elapsed > slowQueryThreshold else { return }
        logger.warning("slow query", metadata: ["operation": "\(operation)", "ms": "\(elapsed.milliseconds)", "db": "\(path)"])
    }

    /// What to log about any error: the store's own say what without personal data; others by type.
    public static func logSummary(of error: any Error) -> (text: String, isRefusal: Bool) {
        if let store = error as? StoreError { return (store.logSummary, store.isRefusal) }
        if let followUp = error as? FollowUpError { return (followUp.logSummary, true) }
        return ("\(String(reflecting: type(of: error)))", false)
    }
}

extension Duration {
    /// Whole milliseconds, for log lines.
    var milliseconds: Int64 { components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000 }
}
