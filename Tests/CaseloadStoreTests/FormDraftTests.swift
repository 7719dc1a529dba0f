import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Unsaved typing kept when a session ends: per staff member, form and subject, only for its author.
@Suite struct FormDraftTests {
    @Test func aKeptDraftComesBackForItsAuthorOnlyAndIsReplacedByANewerOne() throws {
        let f = try Fixture()
        let key = FormDraft.Key.note(clientID: 7)
        let at = Date(timeIntervalSince1970: 1_765_000_000)
        try f.db.keepDrafts([FormDraft(key: key, fields: ["body": "Appelé Zoë — 王秀英\nline 2", "type": "General"], savedAt: at)], by: f.caseworker)

        let back = try #require(try f.openAgain().draft(key, by: f.caseworker))
        #expect(back.fields == ["body": "Appelé Zoë — 王秀英\nline 2", "type": "General"])
        #expect(abs(back.savedAt.timeIntervalSince(at)) < 0.001)
        #expect(try f.db.draft(key, by: f.supervisor) == nil)                    // nobody else's typing
        #expect(try f.db.draft(.note(clientID: 8), by: f.caseworker) == nil)     // another client's form
        #expect(try f.db.draft(.amendment(noteID: 7), by: f.caseworker) == nil)  // another form

        try f.db.keepDrafts([FormDraft(key: key, fields: ["body": "newer"], savedAt: at.addingTimeInterval(60))], by: f.caseworker)
        #expect(try f.db.draft(key, by: f.caseworker)?.fields == ["body": "newer"])
        #expect(try f.db.scalar("SELECT count(*) FROM form_draft") == 1)

        try f.db.discardDraft(key, by: f.caseworker)
        #expect(try f.db.draft(key, by: f.caseworker) == nil)
    }

    @Test func aDeactivatedAccountKeepsAndReadsNoDrafts() throws {
        let f = try Fixture()
        try f.db.deactivateStaff(username: f.caseworker.username, by: f.admin)
        #expect(throws: StoreError.self) { try f.db.keepDrafts([FormDraft(key: .newClient, fields: ["firstName": "Zoë"])], by: f.caseworker) }
        #expect(throws: StoreError.self) { try f.db.draft(.newClient, by: f.caseworker) }
    }

    /// Other sessions reload on every commit, so opening a form that has no draft must not write:
    /// with another connection holding the write lock, the call still returns at once.
    @Test func discardingWhenThereIsNoDraftDoesNotWrite() throws {
        let f = try Fixture()
        let other = try DatabaseQueue(path: f.path)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            let started = Date()
            try f.db.discardDraft(.note(clientID: 1), by: f.caseworker)
            #expect(Date().timeIntervalSince(started) < 1, "it waited for the write lock")
            try db.execute(sql: "ROLLBACK")
        }
    }
}
