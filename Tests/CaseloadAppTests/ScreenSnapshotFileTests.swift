import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// Every main screen at 80x24 and 132x40, compared with its snapshot file (see `SnapshotFile`).
/// The clock is fixed (Thu 15 Jan 2026, 14:00), so the files hold whole screens, title bar included.
@MainActor @Suite struct ScreenSnapshotFileTests {
    nonisolated static let sizes = [Size(width: 80, height: 24), Size(width: 132, height: 40)]

    @Test(arguments: sizes)
    func clientList(_ size: Size) throws {
        let f = try AppFixture()
        try SnapshotFile.check(f.driver(as: f.supervisor, size: size), named: "client-list")
    }

    @Test(arguments: sizes)
    func clientListSearchingAsFrontDesk(_ size: Size) throws {
        let f = try AppFixture()
        let d = f.driver(as: f.frontDesk, size: size)
        d.press(.char("/")); d.type("cote")
        try SnapshotFile.check(d, named: "client-list-front-desk-search")
    }

    @Test(arguments: sizes)
    func profileSummary(_ size: Size) throws {
        let f = try AppFixture()
        try SnapshotFile.check(f.profile(f.zoe, as: f.caseworker, size: size), named: "profile-summary")
    }

    @Test(arguments: sizes)
    func profileNotesTab(_ size: Size) throws {
        let f = try AppFixture()
        try SnapshotFile.check(f.profile(f.zoe, as: f.caseworker, tab: .notes, size: size), named: "profile-notes")
    }

    @Test(arguments: sizes)
    func intakeForm(_ size: Size) throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .intake(clientID: nil), size: size)
        d.type("Zoe"); d.press(.tab); d.type("Cote")
        try SnapshotFile.check(d, named: "intake-duplicates")
    }

    @Test(arguments: sizes)
    func noteEntry(_ size: Size) throws {
        let f = try AppFixture()
        try SnapshotFile.check(f.driver(as: f.caseworker, start: .noteEntry(clientID: f.zoe.id!, amends: nil), size: size),
                               named: "note-entry")
    }

    @Test(arguments: sizes)
    func followUpQueue(_ size: Size) throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, size: size)   // Dana Lee: Zoë's checkpoints are hers
        d.press(.function(3))
        try SnapshotFile.check(d, named: "follow-up-queue")
    }

    @Test(arguments: sizes)
    func frontDesk(_ size: Size) throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet(size: size)
        try SnapshotFile.check(d, named: "front-desk")
    }

    @Test func tooSmall() throws {
        let f = try AppFixture()
        try SnapshotFile.check(f.driver(as: f.caseworker, size: Size(width: 60, height: 12)), named: "too-small")
    }
}
