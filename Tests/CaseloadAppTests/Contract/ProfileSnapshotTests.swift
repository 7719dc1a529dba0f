import CaseloadCore
import CaseloadStore
import Foundation
import Testing
@testable import CaseloadApp

/// Issue #17 item 3: the profile's load effect reads every tab in the one read transaction the
/// shell opens for a `.read`, so a commit made meanwhile by another terminal shows on no tab.
@MainActor @Suite struct ProfileSnapshotTests {
    @Test func aProfileLoadSeesOneCommitWhileAnotherTerminalCommitsMidway() throws {
        let f = try AppFixture()
        let env = f.env(as: f.supervisor)
        var model = ClientProfileModel(context: env.context, clientID: f.zoe.id!, tab: .summary)
        guard case .read(let doing, let body)? = model.update(.reload).first else { Issue.record("expected a read"); return }
        #expect(doing == "load this client")
        let before = try env.db.clientHistory(clientID: f.zoe.id!, by: f.supervisor).count

        let other = try f.otherTerminal()
        // As `ScreenHost` runs a `.read`: inside `snapshot`, whose first read pins the commit seen.
        let message = try env.db.snapshot {
            _ = try env.db.clientSummary(id: f.zoe.id!, by: f.supervisor)
            var changed = f.zoe!
            changed.email = "zoe.cote@mail.ca"
            _ = try other.updateClient(changed, by: f.caseworker, today: AppFixture.today)
            _ = try other.addCaseNote(CaseNote(clientID: f.zoe.id!, authorID: 0, interactionAt: AppFixture.now, communication: "Phone",
                                               type: "General", subject: "Written meanwhile", body: "From another terminal."),
                                      by: f.caseworker)
            return try body(env)
        }
        guard case .profile(let data, _, _) = message else { Issue.record("expected the profile, got \(message)"); return }
        #expect(data.client?.email == f.zoe.email, "the client's record is from before the other commit")
        #expect(data.notes?.count == AppFixture.zoeNoteSubjects.count, "the notes too")
        #expect(data.history?.count == before, "and the history")

        // The next load sees the commit on every tab.
        let after = try env.db.snapshot { try body(env) }
        guard case .profile(let fresh, _, _) = after else { Issue.record("expected the profile"); return }
        #expect(fresh.client?.email == "zoe.cote@mail.ca")
        #expect(fresh.notes?.count == AppFixture.zoeNoteSubjects.count + 1)
        #expect((fresh.history?.count ?? 0) > before)
    }

    @Test func theFirstLoadQueuesOneViewOfTheProfileAndReloadsDoNot() throws {
        let f = try AppFixture()
        let env = f.env(as: f.caseworker)
        var model = ClientProfileModel(context: env.context, clientID: f.zoe.id!, tab: .summary)
        func load() throws {
            guard case .read(_, let body)? = model.update(.reload).first else { Issue.record("expected a read"); return }
            _ = model.update(.loaded(try env.db.snapshot { try body(env) }))
        }
        try load()
        #expect(env.accessLog.pendingCount == 1)
        try load()
        #expect(env.accessLog.pendingCount == 1, "a reload is not another view")
    }
}
