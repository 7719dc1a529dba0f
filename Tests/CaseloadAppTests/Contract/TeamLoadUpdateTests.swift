import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// The team view's `update`, with no database: events in, state and effects out.
@MainActor @Suite struct TeamLoadUpdateTests {
    static func context(_ role: StaffRole) -> ScreenContext {
        ScreenContext(actor: StaffMember(id: 7, username: "sboss", fullName: "Sam Boss", role: role),
                      today: AppFixture.today, now: AppFixture.now)
    }
    static func load(_ id: Int64?, _ name: String, overdue: Int) -> CaseworkerLoad {
        var l = CaseworkerLoad(staffID: id, name: name); l.overdue = overdue; return l
    }

    @Test func aSupervisorsLoadAsksForOneReadAndAReaderIsSentBack() {
        var supervisor = TeamLoadModel(context: Self.context(.supervisor))
        let effects = supervisor.update(.reload)
        #expect(effects.count == 1)
        guard case .read(let doing, _)? = effects.first else { Issue.record("expected a read, got \(effects)"); return }
        #expect(doing == "compute the team's queue")

        var caseworker = TeamLoadModel(context: Self.context(.caseworker))
        let refused = caseworker.update(.reload)
        #expect(refused.commands == [.back, .status(Permission.viewTeamFollowUps.refusal, isError: true)])
    }

    @Test func loadedRowsKeepTheSelectedCaseworkerAndEnterDrillsIn() {
        var model = TeamLoadModel(context: Self.context(.supervisor))
        _ = model.update(.loaded(.loads([Self.load(1, "Ann", overdue: 2), Self.load(2, "Bo", overdue: 5)], sites: [])))
        #expect(model.update(.key(.down)).isHandled)
        #expect(model.state.selected?.staffID == 2)
        // A reload that reorders the rows keeps Bo selected.
        _ = model.update(.loaded(.loads([Self.load(2, "Bo", overdue: 6), Self.load(1, "Ann", overdue: 2), Self.load(3, "Cy", overdue: 0)], sites: [])))
        #expect(model.state.selected?.staffID == 2)
        #expect(model.update(.key(.enter)).commands == [.open(.followUps(caseworkerID: 2))])
    }

    @Test func unassignedRowRefusesToDrillWithItsReasonAndUnknownKeysAreLeftToTheShell() {
        var model = TeamLoadModel(context: Self.context(.supervisor))
        _ = model.update(.loaded(.loads([Self.load(nil, "Unassigned clients", overdue: 3)], sites: [])))
        let refused = model.update(.key(.enter)).commands
        #expect(refused.count == 1)
        if case .status(let text, true)? = refused.first { #expect(text.contains("unassigned clients have no queue")) }
        else { Issue.record("expected an error status, got \(refused)") }
        #expect(model.update(.key(.char("q"))).isEmpty, "q is the shell's: the model must not claim it")
    }

    @Test func layoutSetsTheVisibleRowsTheListPagesBy() {
        var model = TeamLoadModel(context: Self.context(.supervisor))
        _ = model.update(.laidOut(Rect(x: 0, y: 1, width: 80, height: 21)))
        #expect(model.state.visibleRows == Table.bodyRows(forHeight: TeamLoadView.tableRect(in: Rect(x: 0, y: 1, width: 80, height: 21)).height))
    }
}
