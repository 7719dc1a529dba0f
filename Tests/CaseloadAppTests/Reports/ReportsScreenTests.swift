import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// The Reports screen through the app: F10 reaches it, every figure shows the numbers
/// `monthlyReport` gives (the call `caseload report monthly` prints), Enter lists a figure's clients
/// and opens one.
@MainActor @Suite struct ReportsScreenTests {
    /// Walks the whole table, checking each figure's row against the store's report.
    func expectSameNumbers(_ d: TestDriver<CaseloadApp>, _ report: MonthlyReport) {
        var seen = Set<String>()
        for _ in 0..<(report.lines.count * 2 + 2) {
            guard let row = d.lines.first(where: { $0.hasPrefix("> ") }) else { Issue.record("no selected row\n\(d.screen)"); return }
            if let line = report.lines.first(where: { row.contains("  " + $0.label + " ") && !seen.contains($0.id) }) {
                seen.insert(line.id)
                // Label, then this period's figure, then the previous one's, each in its own column.
                let afterLabel = row.components(separatedBy: "  " + line.label + " ").dropFirst().joined()
                let cells = afterLabel.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                #expect(cells.count >= 2 && cells[0] == line.current.text && cells[1].hasPrefix(line.previous.text)
                        && (cells[1] == line.previous.text || cells[1].dropFirst(line.previous.text.count).hasPrefix(" ")), "\(line.id): \(row)")
            }
            d.press(.down)
        }
        #expect(seen.count == report.lines.count, "figures on screen: \(seen.count) of \(report.lines.count)")
    }

    @Test func theScreenShowsTheReportsNumbersForEachFigure() throws {
        let f = try AppFixture()
        _ = try f.owReferral()
        let d = f.driver(as: f.supervisor, start: .reports, size: Size(width: 200, height: 60))
        #expect(d.lines[1].contains("January 2026") && d.lines[1].contains("Whole agency"), "\(d.screen)")
        let report = try f.db.monthlyReport(.month(year: 2026, month: 1), scope: .agency, today: AppFixture.today, zone: AppFixture.zone, by: f.supervisor)
        #expect(report.line("intakes.TRF")?.current.count == 1)   // Zoë, received 12 Jan
        expectSameNumbers(d, report)
        // The period before, and a caseworker's scope, the same way.
        d.press(.home)
        d.press(.left)
        #expect(d.lines[1].contains("December 2025"), "\(d.screen)")
        let december = try f.db.monthlyReport(.month(year: 2025, month: 12), scope: .agency, today: AppFixture.today, zone: AppFixture.zone, by: f.supervisor)
        expectSameNumbers(d, december)
    }

    @Test func f10ReachesReportsAndEnterDrillsIntoAFigureAndOpensAClient() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.supervisor)
        d.press(.function(10))
        #expect(!d.screen.contains("not in this version"))
        d.press(.char("r"))
        #expect(d.route == .reports, "\(d.screen)")
        let served = try #require(d.lines.first { $0.hasPrefix("> ") })
        #expect(served.contains("Clients served"))
        #expect(d.screen.contains("By caseworker, this period: Clients served"))
        #expect(d.screen.contains("Dana Lee") && d.screen.contains("█"))
        d.press(.enter)
        #expect(d.lines[1].contains("Clients served: Clients served") && d.lines[2].contains("1 client · January 2026"), "\(d.screen)")
        #expect(d.screen.contains("Côté, Zoë"))
        d.press(.enter)
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary))
        d.press(.escape)
        #expect(d.route == .reports)
        #expect(d.screen.contains("Côté, Zoë"), "back on the client list of the figure")
        d.press(.escape)
        #expect(d.lines[1].contains("January 2026"))
        #expect(d.lines.allSatisfy { $0.count <= 80 })
    }

    @Test func caseworkersAndFrontDeskCannotOpenReports() throws {
        let f = try AppFixture()
        for staff in [f.caseworker, f.frontDesk] {
            let d = f.driver(as: staff)
            d.press(.function(10))
            #expect(d.screen.contains(Permission.viewReports.refusal))
            d.press(.char("r"))
            #expect(d.route == .clientList)
            let direct = f.driver(as: staff, start: .reports)
            #expect(direct.statusLine.contains(Permission.viewReports.refusal), "\(direct.screen)")
        }
    }
}
