import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The log file an agency's IT person reads when someone says "it crashed": start and stop lines,
/// refusals and errors with their context, never a client's name; rotated by size; its level set
/// by --log-level or CASELOAD_LOG_LEVEL; beside a group-shared database when there is one.
@Suite(.timeLimit(.minutes(6)))
struct LogFileTests {
    @Test func refusals_and_errors_are_logged_without_personal_data() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 60)
        let logged = LoggedRun(in: folder)
        // Zoë Côté is one of the demo's fixed people: her name is in the database and in reports.
        let report = try logged.run(["followups", "--db", db, "--user", "dlee"])
        #expect(report.status == 0, "\(report.errorOutput)")
        let sample = try logged.run(["audit-sample", "--count", "60", "--db", db, "--user", "dlee"])
        #expect(sample.output.contains("Côté"), "the planted name is not in the data: \(sample.output.prefix(500))")

        let refused = try logged.run(["staff", "add", "newbie", "--name", "New Person", "--role", "caseworker", "--db", db, "--user", "arahman"])
        #expect(refused.status == 1)
        let failed = try logged.run(["backup", "--db", db, folder.appendingPathComponent("no/such/copy.sqlite").path, "--user", "mokafor"])
        #expect(failed.status == 1)

        let log = logged.log
        // The login is the process's own (from the password database); `as` is --user, on a demo database.
        let login = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        #expect(log.contains("info [") && log.contains("caseload: start as=arahman command=\"caseload staff add\" db=\(db) login=\(login) version="), "\(log)")
        #expect(log.contains("notice [") && log.contains("refused: not permitted: manageStaff"), "\(log)")
        #expect(log.contains("error [") && log.contains("outcome=\"failed: backup failed: \(folder.path)/no/such/copy.sqlite\" status=1"), "\(log)")
        for personal in ["Côté", "Zoë", "New Person"] {
            #expect(!log.contains(personal), "\(personal) is in the log:\n\(log)")
        }
        #expect(try posixMode(logged.logPath) == 0o600)
        #expect(try posixMode(logged.state + "/caseload") == 0o700)
    }

    @Test func the_log_is_rotated_at_its_size_limit_keeping_three() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let logged = LoggedRun(in: folder)
        try FileManager.default.createDirectory(atPath: logged.state + "/caseload", withIntermediateDirectories: true)
        // Nearly full (1 MiB is the limit), with three older files already kept.
        let nearlyFull = String(repeating: "an older line of the log, kept until the file is full\n", count: 19_417)
        try nearlyFull.write(toFile: logged.logPath, atomically: false, encoding: .utf8)
        for n in 1...3 { try "rotated \(n)\n".write(toFile: logged.logPath + ".\(n)", atomically: false, encoding: .utf8) }
        #expect(nearlyFull.utf8.count < 1 << 20 && nearlyFull.utf8.count > (1 << 20) - 100)

        #expect(try logged.run(["--version"]).status == 0)

        #expect(try String(contentsOfFile: logged.logPath + ".1", encoding: .utf8).hasPrefix(nearlyFull))
        #expect(try String(contentsOfFile: logged.logPath + ".2", encoding: .utf8) == "rotated 1\n")
        #expect(try String(contentsOfFile: logged.logPath + ".3", encoding: .utf8) == "rotated 2\n")
        #expect(!FileManager.default.fileExists(atPath: logged.logPath + ".4"))
        let fresh = logged.log
        #expect(fresh.contains("caseload: start command=caseload") && fresh.contains("caseload: stop "), "\(fresh)")
        #expect(fresh.utf8.count < 1_000)
    }

    @Test func the_level_comes_from_the_option_or_the_environment() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.newDatabase(in: folder)
        let missing = folder.appendingPathComponent("no/copy.sqlite").path

        let byOption = LoggedRun(in: folder.appendingPathComponent("a"))
        #expect(try byOption.run(["backup", "--db", db, missing, "--log-level", "error"]).status == 1)
        #expect(!byOption.log.contains(": start ") && byOption.log.contains("failed: backup failed"), "\(byOption.log)")

        let byEnvironment = LoggedRun(in: folder.appendingPathComponent("b"))
        #expect(try byEnvironment.run(["backup", "--db", db, missing], environment: ["CASELOAD_LOG_LEVEL=error"]).status == 1)
        #expect(!byEnvironment.log.contains(": start ") && byEnvironment.log.contains("failed: backup failed"), "\(byEnvironment.log)")

        let debug = LoggedRun(in: folder.appendingPathComponent("c"))
        #expect(try debug.run(["check", "--db", db], environment: ["CASELOAD_LOG_LEVEL=warning"]).status == 0)
        #expect(try debug.run(["check", "--db", db, "--log-level", "info"]).status == 0)   // the option wins
        #expect(debug.log.components(separatedBy: ": start ").count == 2, "\(debug.log)")

        let wrong = LoggedRun(in: folder.appendingPathComponent("d"))
        let r = try wrong.run(["check", "--db", db], environment: ["CASELOAD_LOG_LEVEL=loud"])
        #expect(r.status == 0)
        #expect(r.errorOutput == "caseload: CASELOAD_LOG_LEVEL 'loud' is not a level (trace, debug, info, notice, warning, error, critical); logging at info\n")
        let bad = try wrong.run(["check", "--db", db, "--log-level", "loud"])
        #expect(bad.status == 2 && bad.errorOutput.contains("--log-level"), "\(bad.errorOutput)")
    }

    @Test func a_shared_database_keeps_its_log_beside_it_for_its_group_only() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shared = folder.appendingPathComponent("agency")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: false)
        chmod(shared.path, 0o2770)   // how an agency shares its database: a group's folder
        let db = try Caseload.newDatabase(in: shared)
        let logged = LoggedRun(in: folder)
        #expect(try logged.run(["check", "--db", db]).status == 0)
        let beside = shared.appendingPathComponent("caseload.log").path
        #expect(try String(contentsOfFile: beside, encoding: .utf8).contains("caseload: start command=\"caseload check\" db=\(db)"))
        #expect(try posixMode(beside) == 0o660)
        #expect(!FileManager.default.fileExists(atPath: logged.logPath))
    }

    @Test(.needsTmux) func a_crash_leaves_its_signal_and_backtrace_in_the_log() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 20)
        let logged = LoggedRun(in: folder)
        let session = try TmuxSession(["/usr/bin/env", "XDG_STATE_HOME=\(logged.state)", try E2EEnvironment.product(),
                                       "--db", db, "--user", "dlee"])
        defer { session.kill() }
        try await session.waitFor("/ Search")
        let pid = try session.programPID()
        defer { kill(pid, SIGKILL) }
        kill(pid, SIGSEGV)   // what a crash is, to the process

        let clock = ContinuousClock(), deadline = clock.now + .seconds(10)
        while !logged.log.contains("END CRASH") && clock.now < deadline { try await Task.sleep(for: .milliseconds(100)) }
        let log = logged.log
        #expect(log.contains("CRASH [\(pid)] signal \(SIGSEGV) (SIGSEGV); backtrace:"), "\(log)")
        let trace = log.components(separatedBy: "backtrace:\n").last?.components(separatedBy: "END CRASH").first ?? ""
        #expect(trace.split(separator: "\n").count >= 3, "\(trace)")
    }

    func posixMode(_ path: String) throws -> Int {
        ((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1) & 0o777
    }
}
