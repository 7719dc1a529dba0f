import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// Issue #16 item 4: opening a profile and reading a note are recorded; the History tab shows a
/// client's changes and views to supervisors and administrators, and is not offered to others.
@MainActor @Suite struct AccessHistoryTests {
    /// Zoë's views and exports as the access log has them (oldest first), read as an administrator.
    private func accessRows(_ f: AppFixture) throws -> [ClientHistoryEntry] {
        try f.db.clientHistory(clientID: f.zoe.id!, by: f.admin).filter { $0.source == .view }.reversed()
    }

    @Test func openingAProfileRecordsOneViewWrittenWhenTheSessionEnds() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("2"), .char("1"))
        d.tick(3)
        #expect(try accessRows(f).isEmpty, "queued: the app's clock has not moved past the delay")
        #expect(d.program.flushAccessLog() == 1, "one view, however often the profile reloads or changes tab")
        let rows = try accessRows(f)
        #expect(rows.count == 1)
        #expect(rows.first?.action == "view-profile")
        #expect(rows.first?.record == "client #\(f.zoe.id!)")
        #expect(rows.first?.staffUsername == f.caseworker.username)
        #expect(rows.first?.login == ProcessLogin.name)
        #expect(rows.first?.at == AppFixture.now)
        #expect(d.program.flushAccessLog() == 0, "nothing is written twice")
    }

    @Test func aQueuedViewIsWrittenOnAnIdleTickOnceItHasWaited() throws {
        let f = try AppFixture()
        var clock = AppFixture.now
        let env = AppEnvironment(db: f.db, actor: f.caseworker, theme: .default, clock: { clock }, zone: AppFixture.zone)
        let d = TestDriver(CaseloadApp(env: env, start: .profile(clientID: f.zoe.id!, tab: .summary)), size: Size(width: 80, height: 24))
        d.tick()
        #expect(try accessRows(f).isEmpty)
        clock = clock.addingTimeInterval(env.accessLog.delay)
        d.tick()
        #expect(try accessRows(f).count == 1)
    }

    @Test func readingANoteRecordsTheNoteAndTheClientButNotItsText() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker, tab: .notes)
        d.press(.enter)
        #expect(d.screen.contains("Next step agreed"), "the note is open")
        d.program.flushAccessLog()
        let reads = try accessRows(f).filter { $0.action == "read-note" }
        let shown = try #require(d.profileScreen?.state.selectedNote?.id)
        #expect(reads.map(\.record) == ["case_note #\(shown)"], "the note, filed under its client")
        #expect(try accessRows(f).allSatisfy { !"\($0)".contains("Zoë") && !"\($0)".contains("Next step") })
    }

    @Test func theHistoryTabShowsChangesAndTheViewToASupervisor() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.supervisor, size: Size(width: 120, height: 40))
        #expect(d.tabLine.contains("0 History"))
        d.press(.char("0"))   // this very opening is in it: choosing the tab writes the queued views first
        #expect(d.tabLine.contains("[0 History]"))
        let screen = d.screen
        #expect(screen.contains("2026-01-15 14:00  Sam Boss (sboss"), "the view, in agency time")
        #expect(screen.contains("opened the profile"))
        #expect(screen.contains("Dana Lee (dlee"), "who made the changes")
        #expect(screen.contains("added client #\(f.zoe.id!)"))
        #expect(screen.contains("added case_note #"))
        #expect(!screen.contains("Next step agreed"), "field names only, never the note's text")
        // The app's clock is fixed in January; the changes were made now: they come first.
        let stamps = d.lines.compactMap { line -> String? in
            let text = line.trimmingCharacters(in: .whitespaces)
            return text.wholeMatch(of: /\d{4}-\d\d-\d\d \d\d:\d\d  .*/) != nil ? String(text.prefix(16)) : nil
        }
        #expect(stamps.count >= 5 && stamps == stamps.sorted(by: >), "newest first: \(stamps)")
        #expect(stamps.last == "2026-01-15 14:00")
    }

    @Test func theHistoryTabIsNotOfferedToACaseworkerOrFrontDesk() throws {
        let f = try AppFixture()
        for staff in [f.caseworker, f.frontDesk] {
            let d = f.profile(f.zoe, as: staff, size: Size(width: 160, height: 30))
            #expect(!d.tabLine.contains("History"), "\(staff.username): \(d.tabLine)")
            d.press(.char("0"))
            #expect(!d.tabLine.contains("History"))
            #expect(d.profileScreen?.state.data?.history == nil, "not even loaded")
            d.press(.char("?"))
            #expect(!d.screen.contains("1–9, 0"))
        }
        let d = f.profile(f.zoe, as: f.caseworker, tab: .history)
        #expect(d.tabLine.contains("[1 Summary]"), "a route to History opens the Summary")
    }

    @Test func tenTabsScrollIn80ColumnsWithTheSelectedOneAlwaysShown() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.admin)
        #expect(d.tabLine.contains("[1 Summary]") && d.tabLine.contains("9 Refs ›"), "more to the right: \(d.tabLine)")
        #expect(!d.tabLine.contains("History"))
        d.press(.char("0"))
        #expect(d.tabLine.contains("[0 History]"), "\(d.tabLine)")
        #expect(d.tabLine.hasPrefix("‹ ") && d.tabLine.contains("9 Refs"), "more to the left: \(d.tabLine)")
        #expect(d.tabLine.trimmingCharacters(in: .whitespaces).terminalWidth <= 80)
    }
}
