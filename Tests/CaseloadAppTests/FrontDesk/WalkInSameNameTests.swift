import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// Issue #22: the walk-in search tells two people with the same name apart by their caseworker and
/// their appointment today.
@Suite(.serialized) @MainActor struct WalkInSameNameTests {
    @Test func twoJoAdamsShowTheirCaseworkerAndTheOneBookedTodayShowsItsTime() throws {
        let f = try FrontDeskFixture()
        let born = LocalDate(year: 1990, month: 3, day: 4)
        let dana = try f.app.db.createClient(Client(firstName: "Jo", lastName: "Adams", dateOfBirth: born, phone: "519-555-0123",
                                                    caseworkerID: f.app.caseworker.id), by: f.app.caseworker, today: AppFixture.today)
        _ = try f.app.db.createClient(Client(firstName: "Jo", lastName: "Adams", dateOfBirth: born, phone: "226-555-0456",
                                             caseworkerID: f.app.otherCaseworker.id), by: f.app.otherCaseworker, today: AppFixture.today,
                                      allowingDuplicate: true, duplicateReason: "A different person: checked ID")
        try f.book(dana, with: f.app.caseworker, at: 16 * 60, purpose: "EAP review")
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            let d = f.daySheet(size: size)
            d.press(.ctrl("w"))
            d.type("jo adams")
            let rows = d.lines.filter { $0.contains("Adams, Jo") }
            #expect(rows.count == 2, "\(d.screen)")
            #expect(d.screen.contains("Caseworker") && d.screen.contains("Today"), "the columns are named")
            let danas = rows.first { $0.contains("519-555-0123") } ?? "", maries = rows.first { $0.contains("226-555-0456") } ?? ""
            #expect(danas.contains("Dana Lee") && danas.contains("16:00 Scheduled"), "\(danas)")
            #expect(maries.contains("Marie Roy") && !maries.contains("16:00"), "\(maries)")
            d.press(.escape)
        }
    }
}
