import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Every caseworker's follow-up load at a glance: overdue, due today, upcoming, the oldest overdue
/// item's age and a bar. Enter drills into one caseworker's queue (read only for a colleague's).
@MainActor final class TeamLoadScreen: Screen {
    private let env: AppEnvironment
    private(set) var state: TeamLoadState

    init(env: AppEnvironment) {
        self.env = env
        state = TeamLoadState(actor: env.actor)
    }

    var title: String { "Team follow-ups" }
    var hasUnsavedInput: Bool { false }
    var isEditingText: Bool { false }
    var helpKeymap: Keymap<Int> { state.keymap.forHelp }

    func handle(_ event: ScreenEvent) -> [AppCommand] {
        switch event {
        case .reload, .reappeared: return reload()
        case .key(let key):
            if state.list.handle(key, itemCount: state.loads.count, visibleRows: state.visibleRows) == .changed { return [] }
            switch state.keymap.lookup(key) {
            case .run(.drill): return state.selected?.staffID.map { [.open(.followUps(caseworkerID: $0))] } ?? []
            case .disabled(let reason): return [.status(reason, isError: true)]
            default: return []
            }
        }
    }

    private func reload() -> [AppCommand] {
        guard env.can(.viewTeamFollowUps) else { return [.back, .status(Permission.viewTeamFollowUps.refusal, isError: true)] }
        do {
            state.load(try env.db.followUpTeamLoad(asOf: env.today, now: env.now, zone: env.zone, by: env.actor))
            return []
        } catch {
            return [.status("Could not compute the team's queue: \(error). Press Esc and try again.", isError: true)]
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        TeamLoadView(state: state).render(into: &buffer, in: rect, theme: theme)
        state.visibleRows = Table.bodyRows(forHeight: TeamLoadView.tableRect(in: rect).height)
    }

    func renderFooter(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        state.keymap.renderFooter(into: &buffer, in: rect, theme: theme)
    }
}
