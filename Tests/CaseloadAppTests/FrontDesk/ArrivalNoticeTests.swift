import CaseloadCore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp
@testable import CaseloadStore
import GRDB

/// Issue #22: the front desk checks a client in and the caseworker's own session says so on its
/// status line within a tick, without a modal and without disturbing what they were doing.
@MainActor @Suite struct ArrivalNoticeTests {
    @Test func aCheckInAtTheDeskIsAnnouncedOnTheCaseworkersScreenOnce() throws {
        let f = try FrontDeskFixture()
        let dana = f.app.driver(as: f.app.caseworker, start: .clientList)
        let marie = f.app.driver(as: f.app.otherCaseworker, start: .clientList)
        dana.press(.char("/"))
        dana.type("co")                 // Dana is typing a search when the client arrives
        dana.tick(); marie.tick()
        #expect(!dana.statusLine.contains("arrived"))

        _ = try f.app.db.setAppointmentStatus(f.wangAt1030, to: .late, now: AppFixture.now.addingTimeInterval(60), by: f.app.frontDesk)
        dana.tick(); marie.tick()
        #expect(dana.statusLine.contains("秀英 王 has arrived for 10:30"), "\(dana.screen)")
        #expect(!marie.statusLine.contains("arrived"), "only the client's caseworker is told")
        dana.type("t")
        #expect(dana.screen.contains("cot"), "the search kept its typing")

        // Announced once: later changes by others do not repeat it.
        _ = try f.app.db.createManualFollowUp(clientID: f.app.amira.id!, title: "Call back", dueOn: AppFixture.today.adding(days: 1),
                                              by: f.app.otherCaseworker, today: AppFixture.today)
        for _ in 0..<30 { dana.tick() }
        #expect(!dana.statusLine.contains("arrived"))
    }

    @Test func aSupervisorsF3OpensOnEveryonesItemsAtTheirSiteAndRemembersTheChoice() throws {
        let f = try AppFixture()
        try f.owReferral()
        try f.db.pool.write { try $0.execute(sql: "INSERT INTO site(name) VALUES ('London East')") }
        let d = f.driver(as: f.supervisor, start: .clientList)
        d.press(.function(3))
        #expect(d.lines[1].contains("Everyone's follow-ups"), "\(d.screen)")
        #expect(d.screen.contains("site Main office"))
        #expect(d.screen.contains("Côté, Zoë"), "clients with no site count at every site")
        d.press(.char("s"))             // site chooser: All sites
        d.press(.home, .enter)
        #expect(d.screen.contains("site all"))
        d.press(.function(2)); d.press(.function(3))
        #expect(d.screen.contains("site all"), "the session kept the last choice")
    }
}
