import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue #16 item 3, for real: two logins in a group work on one database made by `caseload setup
/// shared`, neither can act as the other, and a login outside the group cannot read the file.
/// Needs root (to make the logins); CI runs as root. Elsewhere it shows as skipped, not passed.
@Suite(.timeLimit(.minutes(6)))
struct SharedHostTests {
    static var isRoot: Bool { geteuid() == 0 }

    /// A system tool by name (PATH, then the sbin folders root's PATH may lack).
    static func tool(_ name: String) throws -> String {
        if let found = ProcessRunner.which(name) { return found }
        for folder in ["/usr/sbin", "/sbin", "/usr/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
            return "\(folder)/\(name)"
        }
        throw E2EError(message: "\(name) is not installed")
    }

    @discardableResult
    static func system(_ name: String, _ arguments: [String]) throws -> ProcessRunner.Result {
        let r = try ProcessRunner.run(try tool(name), arguments, timeout: .seconds(30))
        guard r.status == 0 else { throw E2EError(message: "\(name) \(arguments.joined(separator: " ")) failed: \(r.errorOutput)") }
        return r
    }

    @Test(.enabled(if: SharedHostTests.isRoot, "makes logins and a group: needs root (CI runs as root)"))
    func twoLoginsInTheGroupShareOneDatabaseAndNobodyElseCanReadIt() throws {
        let tag = String(UUID().uuidString.lowercased().prefix(6))
        let group = "clt-g-\(tag)", alice = "clt-alice-\(tag)", bob = "clt-bob-\(tag)", eve = "clt-eve-\(tag)"
        // Everything here is outside the checkout, which the new logins may not be able to enter.
        let root = URL(fileURLWithPath: "/tmp/clt-\(tag)")
        var madeUsers: [String] = [], madeGroup = false
        defer {
            for user in madeUsers { _ = try? ProcessRunner.run(try Self.tool("userdel"), [user], timeout: .seconds(30)) }
            if madeGroup { _ = try? ProcessRunner.run(try Self.tool("groupdel"), [group], timeout: .seconds(30)) }
            try? FileManager.default.removeItem(at: root)
        }
        try Self.system("groupadd", [group])
        madeGroup = true
        for (user, groups) in [(alice, [group]), (bob, [group]), (eve, [])] {
            try Self.system("useradd", ["-M", "-N", "-s", "/bin/sh"] + (groups.isEmpty ? [] : ["-G", groups.joined(separator: ",")]) + [user])
            madeUsers.append(user)
        }

        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        let binary = root.appendingPathComponent("caseload").path
        // Copied by `install`, not by this process: a copy still open for writing here could be
        // inherited by a process another test spawns meanwhile, and then cannot run ("text file busy").
        try Self.system("install", ["-m", "755", try E2EEnvironment.product(), binary])
        let extract = { (name: String, cams: String) throws -> String in
            let path = root.appendingPathComponent("\(name).csv").path
            // Two people (born on different days): one person twice would be held back as a duplicate (#19).
            try "cams_reference,first_name,last_name,date_of_birth\n\(cams),Shared,Person,1990-05-0\(cams.suffix(1))\n"
                .write(toFile: path, atomically: true, encoding: .utf8)
            chmod(path, 0o644)
            return path
        }
        let db = root.appendingPathComponent("agency/agency.sqlite").path
        let env = ["CASELOAD_DB": db, "XDG_STATE_HOME": "", "XDG_DATA_HOME": "", "XDG_CONFIG_HOME": ""]
        func caseload(_ arguments: [String], as user: String? = nil) throws -> ProcessRunner.Result {
            guard let user else { return try ProcessRunner.run(binary, arguments, timeout: .seconds(60), environment: env) }
            return try ProcessRunner.run(try Self.tool("runuser"), ["-u", user, "--", binary] + arguments, timeout: .seconds(60), environment: env)
        }

        // Root makes it, and as its first administrator gives each login an account.
        let made = try caseload(["setup", "shared", "--group", group, db])
        #expect(made.status == 0, "\(made.errorOutput)")
        for (user, role) in [(alice, "caseworker"), (bob, "supervisor")] {
            let added = try caseload(["staff", "add", user, "--name", "Test \(role)", "--role", role])
            #expect(added.status == 0, "\(added.errorOutput)")
        }

        // Both read and write the same file, in turn and each seeing the other's work.
        for (user, cams) in [(alice, "381920475"), (bob, "381920476")] {
            let imported = try caseload(["import", "cams", try extract(user, cams)], as: user)
            #expect(imported.status == 0, "\(user): \(imported.output)\(imported.errorOutput)")
            let queue = try caseload(["followups"], as: user)
            #expect(queue.status == 0, "\(user): \(queue.errorOutput)")
            let lists = try caseload(["lists", "show", "communication"], as: user)
            #expect(lists.status == 0, "\(user): \(lists.errorOutput)")
        }
        let checked = try caseload(["check"], as: bob)
        #expect(checked.status == 0 && checked.output.contains("healthy (2 clients"), "\(checked.output)\(checked.errorOutput)")

        // Neither can act as the other (nor as root): this is not a demo database.
        for (user, other) in [(alice, bob), (bob, alice), (alice, "root")] {
            let r = try caseload(["followups", "--user", other], as: user)
            #expect(r.status == 1 && r.errorOutput.contains("--user works only on a demo database") && r.errorOutput.contains(user),
                    "\(user) as \(other): \(r.errorOutput)")
        }

        // What they made is the group's and nobody else's.
        for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("agency").path) {
            let path = root.appendingPathComponent("agency/\(name)").path
            var info = stat()
            #expect(stat(path, &info) == 0 && info.st_mode & 0o007 == 0, "\(name) is others' (mode \(String(info.st_mode & 0o7777, radix: 8)))")
            #expect(info.st_gid == getgrnam(group)!.pointee.gr_gid, "\(name) is not the group's")
        }

        // A login outside the group: a clear refusal, and the file cannot be read at all.
        let outside = try caseload(["followups"], as: eve)
        #expect(outside.status == 1 && outside.errorOutput.hasPrefix("caseload: permission denied: you (\(eve)) may not open \(db) "
                                                                     + "(its folder \(root.path)/agency is only for group \(group))"),
                "\(outside.errorOutput)")
        let read = try ProcessRunner.run(try Self.tool("runuser"), ["-u", eve, "--", "cat", db], timeout: .seconds(30))
        #expect(read.status != 0 && read.output.isEmpty && read.errorOutput.contains("Permission denied"), "\(read.errorOutput)")
        let look = try ProcessRunner.run(try Self.tool("runuser"), ["-u", eve, "--", "ls", root.appendingPathComponent("agency").path], timeout: .seconds(30))
        #expect(look.status != 0, "\(look.output)")
    }
}
