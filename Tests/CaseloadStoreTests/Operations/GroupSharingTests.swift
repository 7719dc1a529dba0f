import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore
#if canImport(Glibc)
import Glibc
#endif

/// Issue #16 item 3: a database shared with a group keeps its files the group's and never anyone
/// else's; `check` names unsafe modes. The group here is the test's own primary group (always a
/// member), so these run without root; the two-login proof is the root-only SharedHostTests.
@Suite("Group-shared database files")
struct GroupSharingTests {
    static var ownGroup: String { String(cString: getgrgid(getegid())!.pointee.gr_name) }

    static func mode(_ path: String) throws -> Int { try posixPermissions(path) & 0o7777 }

    static func group(_ path: String) -> gid_t {
        var info = stat()
        _ = stat(path, &info)
        return info.st_gid
    }

    @Test func theLockFileIsNeverOthersAndFollowsTheDatabase() throws {
        let fixture = try Fixture()
        let sidecar = fixture.path + "-sessions"
        // Was 0644 for everyone: now owner-only beside a private database.
        #expect(try Self.mode(sidecar) == 0o600)
        try fixture.db.close()
        chmod(fixture.path, 0o660)
        chmod(sidecar, 0o644)
        let again = try CaseloadDatabase.open(path: fixture.path)
        #expect(try Self.mode(sidecar) == 0o640)
        try again.close()
    }

    @Test func backupsOfASharedDatabaseAreTheGroupsAndPrivateOnesOwnerOnly() throws {
        let fixture = try Fixture()
        try FileManager.default.createDirectory(atPath: fixture.folder.path("backups"), withIntermediateDirectories: false)
        let privateCopy = fixture.folder.path("backups/private.sqlite")
        try fixture.db.backup(to: privateCopy, by: fixture.admin)
        #expect(try Self.mode(privateCopy) == 0o600)

        chmod(fixture.path, 0o660)
        let sharedCopy = fixture.folder.path("backups/shared.sqlite")
        try fixture.db.backup(to: sharedCopy, by: fixture.admin)
        #expect(try Self.mode(sharedCopy) == 0o640)
        #expect(Self.group(sharedCopy) == Self.group(fixture.path))
        let nightly = try fixture.db.backup(into: fixture.folder.path("backups"), keep: nil, by: fixture.admin)
        #expect(try Self.mode(nightly.path) == 0o640)
    }

    @Test func aNewDatabaseInASharedFolderIsTheGroupsReadAndWrite() throws {
        let folder = try TempFolder()
        let shared = folder.path("shared")
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false)
        chmod(shared, 0o2770)
        let db = try CaseloadDatabase.open(path: shared + "/agency.sqlite")
        #expect(try Self.mode(shared + "/agency.sqlite") == 0o660)
        #expect(try Self.mode(shared + "/agency.sqlite-sessions") == 0o640)
        try db.close()
    }

    @Test func setupSharedGivesTheFolderAndEveryFileToTheGroup() throws {
        let fixture = try Fixture()
        let folder = GroupSharing.folder(of: fixture.path)
        let setup = try SharedSetup.plan(path: fixture.path, group: Self.ownGroup)
        try setup.authorize(fixture)
        let changed = try setup.apply()
        #expect(changed.first == folder && changed.contains(fixture.path) && changed.contains(fixture.path + "-sessions"))
        #expect(try Self.mode(folder) == 0o2770)
        #expect(try Self.mode(fixture.path) == 0o660)
        #expect(try Self.mode(fixture.path + "-wal") == 0o660)
        #expect(try Self.mode(fixture.path + "-sessions") == 0o640)
        #expect(try fixture.db.fileModeProblems(by: fixture.admin).isEmpty)
        // Others see nothing; the group works on it.
        #expect(try fixture.db.clientCount() == 0)
    }

    @Test func setupSharedRefusesAMissingGroupAndAFolderThatIsNotTheDatabasesOwn() throws {
        let fixture = try Fixture()
        #expect(throws: SharedSetup.Refused.self) { try SharedSetup.plan(path: fixture.path, group: "no-such-group-\(getpid())") }
        try "x".write(toFile: GroupSharing.folder(of: fixture.path) + "/notes.txt", atomically: true, encoding: .utf8)
        do {
            _ = try SharedSetup.plan(path: fixture.path, group: Self.ownGroup)
            Issue.record("a folder with other files in it was shared")
        } catch let refused as SharedSetup.Refused {
            #expect(refused.description.contains("notes.txt") && refused.description.contains("folder of its own"))
        }
        #expect(try Self.mode(GroupSharing.folder(of: fixture.path)) == 0o700)
    }

    @Test func checkNamesFilesAndFoldersOthersCanReach() throws {
        let fixture = try Fixture()
        let folder = GroupSharing.folder(of: fixture.path)
        #expect(try fixture.db.fileModeProblems(by: fixture.admin).isEmpty)
        chmod(folder, 0o755)
        chmod(fixture.path, 0o644)
        let problems = try fixture.db.fileModeProblems(by: fixture.admin).map(\.description)
        #expect(problems.contains { $0.hasPrefix("file modes: everyone can enter and list the database's folder \(folder) (mode 0755)")
            && $0.hasSuffix("run `chmod o-rwx \(folder)`") }, "\(problems)")
        #expect(problems.contains { $0.contains("everyone can read \(fixture.path) (mode 0644)") }, "\(problems)")
        #expect(storeError { _ = try fixture.db.fileModeProblems(by: fixture.frontDesk) } == .notPermitted(.checkDatabase))
        // A folder everyone shares is never to be closed: the database moves instead.
        chmod(folder, 0o1777)
        let sticky = try fixture.db.fileModeProblems(by: fixture.admin).map(\.description)
        #expect(sticky.contains { $0.contains("(mode 1777); move the database into a folder of its own") }, "\(sticky)")

        // A group-shared folder that is not setgid: members' new files get their own group.
        chmod(folder, 0o770)
        chmod(fixture.path, 0o660)
        let shared = try fixture.db.fileModeProblems(by: fixture.admin).map(\.description)
        #expect(shared.count == 1 && shared[0].contains("is not setgid") && shared[0].contains("caseload setup shared --group"), "\(shared)")
    }
}

extension SharedSetup {
    /// The store's own check that the acting person is an administrator.
    func authorize(_ fixture: Fixture) throws {
        try fixture.db.authorizeSharing(by: fixture.admin)
        #expect(storeError { try fixture.db.authorizeSharing(by: fixture.supervisor) } == .notPermitted(.shareDatabase))
    }
}
