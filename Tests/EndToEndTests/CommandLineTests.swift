import Foundation
import Testing

/// `caseload` as scripts and administrators use it: real files, real exit codes, one-line errors.
@Suite(.timeLimit(.minutes(6)))
struct CommandLineTests {
    @Test func demo_then_check_reports_a_healthy_database() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 400)
        let check = try Caseload.run(["check", "--db", db])
        #expect(check.status == 0)
        #expect(check.output.contains("healthy (400 clients"))
        let mode = try FileManager.default.attributesOfItem(atPath: db)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func check_can_rebuild_the_search_index() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 30)
        let rebuilt = try Caseload.run(["check", "--rebuild-search-index", "--db", db, "--user", "dlee"])
        #expect(rebuilt.status == 0, "\(rebuilt.errorOutput)")
        #expect(rebuilt.output.contains("search index rebuilt (30 clients)") && rebuilt.output.contains("healthy (30 clients"))
        let refused = try Caseload.run(["check", "--rebuild-search-index", "--db", db, "--user", "ebrooks"])
        #expect(refused.status == 1 && refused.errorOutput == "caseload: Only supervisors and administrators check the database.\n")
    }

    @Test func demo_refuses_a_database_that_already_has_clients() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 50)
        let again = try Caseload.run(["demo", "--db", db, "--clients", "50"])
        #expect(again.status == 1)
        #expect(again.errorOutput.hasPrefix("caseload: "))
        #expect(again.errorOutput.contains("already holds 50 clients"))
        #expect(try Caseload.run(["check", "--db", db]).output.contains("healthy (50 clients"))
    }

    @Test func backup_is_a_consistent_copy_and_never_overwrites() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 60)
        let copy = folder.appendingPathComponent("copy.sqlite").path
        #expect(try Caseload.run(["backup", "--db", db, copy]).status == 0)
        #expect(try Caseload.run(["check", "--db", copy]).output.contains("healthy (60 clients"))
        let again = try Caseload.run(["backup", "--db", db, copy])
        #expect(again.status == 1)
        #expect(again.errorOutput == "caseload: \(copy) already exists and a backup never replaces a file: choose a new file name\n")
    }

    @Test func staff_management_is_for_administrators() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 10)
        // The demo's administrator may add staff; a caseworker may not.
        let added = try Caseload.run(["staff", "add", "zcote", "--name", "Zoë Côté", "--role", "frontdesk", "--db", db, "--user", "mokafor"])
        #expect(added.status == 0, "\(added.errorOutput)")
        let refused = try Caseload.run(["staff", "add", "xli", "--name", "Xiu Li", "--role", "caseworker", "--db", db, "--user", "arahman"])
        #expect(refused.status == 1)
        #expect(refused.errorOutput.contains("Only an administrator manages staff accounts"))
        let list = try Caseload.run(["staff", "list", "--db", db])
        #expect(list.output.contains("zcote") && list.output.contains("Zoë Côté") && !list.output.contains("xli"))
        let badRole = try Caseload.run(["staff", "add", "q", "--name", "Q", "--role", "boss", "--db", db, "--user", "mokafor"])
        #expect(badRole.status == 1 && badRole.errorOutput.contains("unknown role 'boss'"))
        #expect(try Caseload.run(["staff", "deactivate", "zcote", "--db", db, "--user", "mokafor"]).status == 0)
        let inactive = try Caseload.run(["lists", "show", "--db", db, "--user", "zcote"])
        #expect(inactive.status == 1 && inactive.errorOutput.contains("zcote"), "a deactivated account may not even read (#16)")
        let asInactive = try Caseload.run(["staff", "add", "y", "--name", "Y Y", "--role", "caseworker", "--db", db, "--user", "zcote"])
        #expect(asInactive.status == 1 && asInactive.errorOutput.contains("zcote"))
    }

    @Test func an_unknown_user_is_refused_with_what_to_do() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 10)
        let r = try Caseload.run(["staff", "add", "x", "--name", "X Y", "--role", "caseworker", "--db", db, "--user", "nobody"])
        #expect(r.status == 1)
        #expect(r.errorOutput.contains("nobody") && r.errorOutput.contains("caseload staff add"))
    }

    @Test func bad_database_paths_get_one_clear_line() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A file where a folder should be.
        let blocker = folder.appendingPathComponent("blocker")
        try Data("x".utf8).write(to: blocker)
        let underFile = try Caseload.run(["init", blocker.path + "/db.sqlite"])
        #expect(underFile.status == 1)
        #expect(underFile.errorOutput.hasPrefix("caseload: ") && underFile.errorOutput.split(separator: "\n").count == 1)
        // A corrupt file is refused and left as it was.
        let corrupt = folder.appendingPathComponent("corrupt.sqlite")
        let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try garbage.write(to: corrupt)
        let r = try Caseload.run(["check", "--db", corrupt.path])
        #expect(r.status == 1)
        #expect(r.errorOutput.contains("not a Caseload database"))
        #expect(try Data(contentsOf: corrupt) == garbage)
        // A database named by --db must exist (DatabasePathTests); `init` makes one.
        let fresh = folder.appendingPathComponent("new.sqlite").path
        #expect(try Caseload.run(["init", fresh]).status == 0)
        #expect(try Caseload.run(["check", "--db", fresh]).status == 0)
    }

    @Test func the_database_comes_from_the_environment_when_no_flag_is_given() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 5)
        setenv("CASELOAD_DB", db, 1)
        defer { unsetenv("CASELOAD_DB") }
        #expect(try Caseload.run(["check"]).output.contains("healthy (5 clients"))
    }
}
