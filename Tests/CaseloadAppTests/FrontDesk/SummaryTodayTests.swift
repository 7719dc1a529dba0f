import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// Issue #22: the caseworker's Summary tab lists the client's appointments today, and shows the
/// check-in as soon as the desk makes it.
@Suite(.serialized) @MainActor struct SummaryTodayTests {
    @Test func theSummaryListsTodaysAppointmentAndItsCheckIn() throws {
        let f = try FrontDeskFixture()
        // A second one today, at 16:30: both are listed, in time order.
        try f.book(f.app.zoe, with: f.app.otherCaseworker, at: 16 * 60 + 30, purpose: "Job matching")
        try f.book(f.app.zoe, with: f.app.caseworker, on: AppFixture.today.adding(days: 1), at: 10 * 60, purpose: "Interview practice")
        let dana = f.app.driver(as: f.app.caseworker, start: .profile(clientID: f.app.zoe.id!, tab: .summary))
        let today = dana.lines.firstIndex { $0.hasPrefix(" Today ") }
        #expect(today.map { dana.line($0) } == " Today       09:00 Résumé review (Dana Lee) · Scheduled", "\(dana.screen)")
        #expect(today.map { dana.line($0 + 1) } == "             16:30 Job matching (Marie Roy) · Scheduled")
        // Tomorrow's appointment is not today's.
        #expect(!dana.screen.contains("Interview practice"))

        let desk = f.daySheet()
        desk.press(.enter, .char("a"))
        #expect(try f.appointment(f.zoeAt9)?.status == .attended)
        dana.tick()
        #expect(dana.screen.contains("Today       09:00 Résumé review (Dana Lee) · Checked in 14:00"), "\(dana.screen)")
    }

    @Test func noAppointmentTodayShowsNoTodayLine() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .profile(clientID: f.zoe.id!, tab: .summary))
        #expect(!d.lines.contains { $0.hasPrefix(" Today ") }, "\(d.screen)")
        #expect(d.screen.contains("Caseworker  Dana Lee"))
    }
}
