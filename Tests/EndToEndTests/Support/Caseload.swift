import Foundation

/// Runs the real `caseload` binary: as a command, or (through `TmuxSession`) as a person would.
enum Caseload {
    /// A fresh folder per test, removed by the caller's `defer`. Owner-only, as a database's folder
    /// should be (`caseload check` reports one others can enter).
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return url
    }

    /// `caseload ARGS` with `LANG=C.UTF-8`, to completion.
    @discardableResult
    static func run(_ arguments: [String], timeout: Duration = .seconds(60), environment: [String: String] = [:]) throws -> ProcessRunner.Result {
        try ProcessRunner.run(try E2EEnvironment.product(), arguments, timeout: timeout, environment: environment)
    }

    /// A new, empty database made with `caseload init` (a --db file must exist before other commands use it).
    static func newDatabase(in folder: URL, name: String = "caseload.sqlite") throws -> String {
        let path = folder.appendingPathComponent(name).path
        let result = try run(["init", path])
        guard result.status == 0 else { throw E2EError(message: "caseload init failed: \(result.errorOutput)") }
        return path
    }

    /// A demo database of `clients` people (seeded, so the same people every run).
    static func demoDatabase(in folder: URL, clients: Int = 300) throws -> String {
        let path = folder.appendingPathComponent("demo.sqlite").path
        let result = try run(["demo", "--db", path, "--clients", String(clients), "--seed", "7"])
        guard result.status == 0 else { throw E2EError(message: "caseload demo failed: \(result.errorOutput)") }
        return path
    }

    /// Starts the TUI in tmux on `db` as `user`.
    /// - Parameter scenarioTimeout: the whole scenario's hard limit (long walkthroughs on a busy
    ///   machine need more than the default minute).
    static func tui(db: String, user: String, width: Int = 80, height: Int = 24, extra: [String] = [],
                    scenarioTimeout: Duration = .seconds(330)) throws -> TmuxSession {
        try TmuxSession([try E2EEnvironment.product(), "--db", db, "--user", user] + extra, width: width, height: height,
                        scenarioTimeout: scenarioTimeout)
    }

    /// The TUI as `user` on a demo database of its own, in a fresh folder that `kill()` removes.
    static func demoTUI(user: String, width: Int = 80, height: Int = 24, extra: [String] = []) throws -> TmuxSession {
        let folder = try temporaryFolder()
        do {
            let session = try tui(db: try demoDatabase(in: folder), user: user, width: width, height: height, extra: extra)
            session.ownedFolders.append(folder)
            return session
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }
}
