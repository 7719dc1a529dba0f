import Foundation

/// Runs `caseload` with its log in a folder of the test's own (`XDG_STATE_HOME`), as the IT person
/// would find it: `STATE/caseload/caseload.log`.
struct LoggedRun {
    let state: String

    init(in folder: URL) { state = folder.appendingPathComponent("state").path }

    var logPath: String { state + "/caseload/caseload.log" }
    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    @discardableResult
    func run(_ arguments: [String], environment: [String] = []) throws -> ProcessRunner.Result {
        try ProcessRunner.run("/usr/bin/env", ["-u", "CASELOAD_LOG_LEVEL", "XDG_STATE_HOME=\(state)"] + environment
                              + [try E2EEnvironment.product()] + arguments, timeout: .seconds(60))
    }
}
