import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// The Reports screen's `update`, with no database: keys and loads in, state and effects out.
@MainActor @Suite struct ReportsUpdateTests {
    static func context(_ role: StaffRole) -> ScreenContext {
        ScreenContext(actor: StaffMember(id: 7, username: "sboss", fullName: "Sam Boss", role: role), today: AppFixture.today, now: AppFixture.now)
    }

    static func report(_ period: ReportPeriod = .month(year: 2026, month: 1)) -> MonthlyReport {
        let served = FigureLine(id: "clients_served", group: "Clients served", label: "Clients served",
                                current: FigureCount(count: 2, clientIDs: [4, 9], byCaseworker: [3: 2]), previous: FigureCount(count: 1))
        let exits = FigureLine(id: "early_exits", group: "Early exits (R-10)", label: "EAPs closed before the 12-month checkpoint",
                               current: FigureCount(count: 1, clientIDs: [9]))
        return MonthlyReport(window: ReportWindow(period, today: AppFixture.today), scope: .agency, lines: [served, exits], caseworkerNames: [3: "Dana Lee"])
    }

    static func readDoing(_ effects: [Effect<ReportsMessage>]) -> String? {
        guard effects.count == 1, case .read(let doing, _) = effects[0] else { return nil }
        return doing
    }

    @Test func supervisorsLoadTheReportOthersAreSentBack() {
        var model = ReportsModel(context: Self.context(.supervisor))
        #expect(Self.readDoing(model.update(.reload)) == "compute the report")
        #expect(model.state.period == .month(year: 2026, month: 1))
        var caseworker = ReportsModel(context: Self.context(.caseworker))
        #expect(caseworker.update(.reload).commands == [.back, .status(Permission.viewReports.refusal, isError: true)])
    }

    @Test func arrowsStepThePeriodYSwitchesToTheFiscalYearAndSStepsTheScope() {
        var model = ReportsModel(context: Self.context(.supervisor))
        _ = model.update(.loaded(.report(Self.report(), scopes: [ReportScopeChoice(scope: .agency, name: "Whole agency"),
                                                                  ReportScopeChoice(scope: .site(1), name: "Site: London")])))
        #expect(Self.readDoing(model.update(.key(.left))) == "compute the report")
        #expect(model.state.period == .month(year: 2025, month: 12))
        _ = model.update(.key(.right))
        let refused = model.update(.key(.right)).commands
        #expect(refused == [.status("the next period has not started yet", isError: true)])
        #expect(model.state.period == .month(year: 2026, month: 1))
        _ = model.update(.key(.char("y")))
        #expect(model.state.period == .fiscalYear(startYear: 2025))
        _ = model.update(.key(.char("y")))
        #expect(model.state.period == .month(year: 2026, month: 1))
        _ = model.update(.key(.char("s")))
        #expect(model.state.scope.scope == .site(1))
        _ = model.update(.key(.char("a")))
        #expect(model.state.scope.scope == .agency)
        #expect(model.update(.key(.char("q"))).isEmpty, "q is the shell's")
    }

    @Test func enterOnAFigureListsItsClientsAndEnterAgainOpensOne() {
        var model = ReportsModel(context: Self.context(.supervisor))
        _ = model.update(.loaded(.report(Self.report(), scopes: [])))
        #expect(model.state.selectedLine?.id == "clients_served", "the first figure, not its heading, is selected")
        _ = model.update(.key(.up))   // onto the heading
        #expect(model.update(.key(.enter)).commands == [.status("choose a figure (not a heading) to list its clients", isError: true)])
        _ = model.update(.key(.down)); _ = model.update(.key(.down)); _ = model.update(.key(.down))
        #expect(model.state.selectedLine?.id == "early_exits")
        #expect(Self.readDoing(model.update(.key(.enter))) == "list the clients behind EAPs closed before the 12-month checkpoint")
        let line = model.state.selectedLine!
        _ = model.update(.loaded(.clients(line, [ReportClientRow(id: 9, name: "Côté, Zoë", camsReference: nil, caseworker: "Dana Lee")])))
        #expect(model.state.drill?.clients.count == 1)
        #expect(model.update(.key(.enter)).commands == [.open(.profile(clientID: 9, tab: .summary))])
        #expect(model.update(.key(.escape)).isHandled)
        #expect(model.state.drill == nil)
        #expect(model.update(.key(.escape)).isEmpty, "Esc on the figures is the shell's: back")
    }

    @Test func barsAreBlocksWithEighthsAndNothingForZero() {
        #expect(ReportsState.bar(0, largest: 10, width: 10) == "")
        #expect(ReportsState.bar(10, largest: 10, width: 10) == String(repeating: "█", count: 10))
        #expect(ReportsState.bar(5, largest: 10, width: 3) == "█▌")
        #expect(ReportsState.bar(1, largest: 1000, width: 10) == "▏")
    }
}
