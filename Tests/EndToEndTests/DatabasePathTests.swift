import Foundation
import Testing

/// Which database a command opens, and when one is created: only the default path and `--demo`
/// (and `caseload init` / `caseload demo`, on purpose) make a new file; a mistyped --db or
/// CASELOAD_DB is refused with the command that would create it.
@Suite(.timeLimit(.minutes(6)))
struct DatabasePathTests {
    @Test func a_missing_explicit_database_is_refused_and_not_created() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let typo = folder.appendingPathComponent("caseload.sqllite").path
        for arguments in [["check", "--db", typo], ["staff", "list", "--db", typo], ["followups", "--db", typo]] {
            let r = try Caseload.run(arguments)
            #expect(r.status == 1, "\(arguments): \(r.output)")
            #expect(r.errorOutput == "caseload: no database at \(typo) (named by --db): check the path, or create a new one with `caseload init \(typo)`\n")
            #expect(r.output.isEmpty)
        }
        // The environment variable names a database just as explicitly.
        let viaEnvironment = try ProcessRunner.run("/usr/bin/env", ["CASELOAD_DB=\(typo)", try E2EEnvironment.product(), "check"])
        #expect(viaEnvironment.status == 1 && viaEnvironment.errorOutput.contains("(named by CASELOAD_DB)"), "\(viaEnvironment.errorOutput)")
        #expect(!FileManager.default.fileExists(atPath: typo))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func init_creates_an_empty_database_that_other_commands_then_open() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("agency.sqlite").path
        let created = try Caseload.run(["init", path])
        #expect(created.status == 0, "\(created.errorOutput)")
        #expect(created.output.hasPrefix("Created \(path): an empty Caseload database; administrator: "), "\(created.output)")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try Caseload.run(["check", "--db", path]).output.contains("healthy (0 clients"))
        #expect(try Caseload.run(["staff", "list", "--db", path]).output.contains("admin"))

        let again = try Caseload.run(["init", path])
        #expect(again.status == 1 && again.errorOutput.contains("already exists; nothing changed"), "\(again.errorOutput)")
        let nested = folder.appendingPathComponent("no/such/folder/x.sqlite").path
        let noFolder = try Caseload.run(["init", nested])
        #expect(noFolder.status == 1 && noFolder.errorOutput.contains("create it first"), "\(noFolder.errorOutput)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("no").path))
    }

    @Test func the_default_database_is_still_created_on_first_use() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data").path
        let r = try ProcessRunner.run("/usr/bin/env", ["-u", "CASELOAD_DB", "XDG_DATA_HOME=\(data)", try E2EEnvironment.product(), "check"])
        #expect(r.status == 0, "\(r.errorOutput)")
        let path = data + "/caseload/caseload.sqlite"
        #expect(r.output.contains("\(path): healthy (0 clients"), "\(r.output)")
        let folderMode = try FileManager.default.attributesOfItem(atPath: data + "/caseload")[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
    }
}
