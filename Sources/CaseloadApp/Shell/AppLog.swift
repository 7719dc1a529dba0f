import Logging
import Synchronization

/// The interface's log: refusals it decides itself (keys and menu entries a role may not use) and
/// slow screen refreshes. Silent until the executable chooses where lines go (`use(_:)`), so headless
/// tests print nothing. Never a name or typed text: only the reasons the screens show for a role.
public enum AppLog {
    /// Behind a lock: tests set it while other threads log. Only read when something is logged.
    private static let current = Mutex(Logger(label: "caseload.app", factory: { _ in SwiftLogNoOpLogHandler() }))
    public static var logger: Logger { current.withLock { $0 } }

    /// A refresh (a screen reloading after another process committed) slower than this is logged.
    public static let slowRefreshThreshold: Duration = .milliseconds(100)

    public static func use(_ logger: Logger) { current.withLock { $0 = logger } }

    /// Runs `body`, logging it when it took longer than `threshold`.
    static func timed<T>(_ what: String, screen: String, db: String, threshold: Duration, _ body: () -> T) -> T {
        let start = ContinuousClock.now
        let result = body()
        let elapsed = ContinuousClock.now - start
        if elapsed > threshold {
            let ms = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            logger.warning("slow \(what)", metadata: ["screen": "\(screen)", "ms": "\(ms)", "db": "\(db)"])
        }
        return result
    }
}
