import ArgumentParser
import CaseloadApp
import CaseloadStore
import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

extension Logger.Level: @retroactive ExpressibleByArgument {}

/// The log file for one run of caseload: where it is, what level, and the start and stop lines.
///
/// `$XDG_STATE_HOME/caseload/caseload.log` (owner only), or `caseload.log` beside a shared
/// database (one in a group-writable folder: readable and writable by that group, never by
/// others), so everyone's sessions on one agency database write one log. Nothing goes to the screen.
enum ProgramLog {
    /// The executable's own logger (start, stop, refusals met by commands).
    nonisolated(unsafe) private(set) static var logger = Logger(label: "caseload", factory: { _ in SwiftLogNoOpLogHandler() })
    nonisolated(unsafe) private static var started = ContinuousClock.now

    /// Sets up the log for `command` and writes its start line; call before the command runs.
    static func start(_ command: ParsableCommand, arguments: [String] = Array(CommandLine.arguments.dropFirst())) {
        started = ContinuousClock.now
        let options = globalOptions(of: command)
        let environment = ProcessInfo.processInfo.environment
        var levelWarning: String?
        var level = Logger.Level.info
        if let chosen = options?.logLevel {
            level = chosen
        } else if let text = environment["CASELOAD_LOG_LEVEL"], !text.isEmpty {
            if let parsed = Logger.Level(rawValue: text.lowercased()) { level = parsed } else {
                levelWarning = "CASELOAD_LOG_LEVEL '\(text)' is not a level (\(levelNames)); logging at info"
            }
        }
        let database = databasePath(of: command)
        guard let file = openFile(near: database) else { return }
        let chosenLevel = level   // a constant for the handler factory, which may run on any thread
        LoggingSystem.bootstrap { label in FileLogHandler(label: label, file: file, logLevel: chosenLevel) }
        logger = Logger(label: "caseload")
        StoreLog.use(Logger(label: "caseload.store"))
        AppLog.use(Logger(label: "caseload.app"))
        CrashLog.install()

        if let levelWarning {
            FileHandle.standardError.write(Data("caseload: \(levelWarning)\n".utf8))
            logger.warning("\(levelWarning)")
        }
        var metadata: Logger.Metadata = [
            "version": "\(CaseloadVersion.number)",
            "command": "\(UsageError.commandPath(arguments).joined(separator: " "))",
        ]
        if let database { metadata["db"] = "\(database)" }
        metadata["login"] = "\(ProcessLogin.name)"
        if let user = options?.user { metadata["as"] = "\(user)" }   // --user, on a demo database only
        logger.info("start", metadata: metadata)
    }

    /// The stop line: exit status, time taken, and what ended it when it did not succeed.
    static func stop(status: Int32, error: (any Error)? = nil) {
        let elapsed = (ContinuousClock.now - started).components
        var metadata: Logger.Metadata = ["status": "\(status)", "ms": "\(elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000)"]
        guard let error else { logger.info("stop", metadata: metadata); return }
        let (text, isRefusal) = summary(of: error)
        metadata["outcome"] = "\(isRefusal ? "refused" : "failed"): \(text)"
        logger.log(level: isRefusal ? .notice : .error, "stop", metadata: metadata)
    }

    /// What may be logged of an error: the store's kinds without personal data, our own command
    /// messages (made of paths, logins and option values), other errors by type only.
    static func summary(of error: any Error) -> (text: String, isRefusal: Bool) {
        if let command = error as? CommandError { return (command.message, true) }
        if let refused = error as? SharedSetup.Refused { return (refused.description, true) }   // paths, logins, a group
        return StoreLog.logSummary(of: error)
    }

    static let levelNames = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")

    /// The database the command works on, when it takes `GlobalOptions`.
    static func databasePath(of command: ParsableCommand) -> String? {
        if let setup = command as? SetupCommand.Shared { return setup.path }
        return globalOptions(of: command).map { (command as? Caseload)?.demo == true ? Paths.demoDatabase : $0.databasePath }
    }

    /// The command's `GlobalOptions`, when it takes them (`init` does not).
    static func globalOptions(of command: ParsableCommand) -> GlobalOptions? {
        for child in Mirror(reflecting: command).children {
            if let group = child.value as? OptionGroup<GlobalOptions> { return group.wrappedValue }
        }
        return nil
    }

    /// Beside a shared database when it can be written there, else the private one.
    static func openFile(near database: String?) -> LogFile? {
        if let database, let shared = sharedLogPath(near: database) {
            let file = LogFile(path: shared, mode: 0o660)
            if file.open() { return file }
        }
        let folder = URL(fileURLWithPath: Paths.logFile).deletingLastPathComponent().path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let file = LogFile(path: Paths.logFile, mode: 0o600)
        return file.open() ? file : nil
    }

    /// `caseload.log` in the database's folder when that folder is shared with a group (writable by it).
    static func sharedLogPath(near database: String) -> String? {
        let folder = GroupSharing.folder(of: database)
        return GroupSharing.isShared(folder: folder) ? folder + "/caseload.log" : nil
    }
}
