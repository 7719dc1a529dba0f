import CaseloadCore
import CaseloadStore
import TerminalKit

enum TeamLoadMessage { case loads([CaseworkerLoad], sites: [Site]) }

/// Every caseworker's follow-up load at a glance: overdue, due today, upcoming, the oldest overdue
/// item's age and a bar. Enter drills into one caseworker's queue.
struct TeamLoadModel: ScreenModel {
    let context: ScreenContext
    private(set) var state: TeamLoadState

    init(context: ScreenContext) {
        self.context = context
        state = TeamLoadState(actor: context.actor)
        state.siteID = context.actor.siteID
    }

    var title: String { "Team follow-ups" }
    var footerKeys: Keymap<Int> { state.keymap.forHelp }

    mutating func update(_ input: ScreenInput<TeamLoadMessage>) -> [Effect<TeamLoadMessage>] {
        switch input {
        case .reload, .reappeared, .summoned:
            guard context.can(.viewTeamFollowUps) else { return [.back, .status(Permission.viewTeamFollowUps.refusal, isError: true)] }
            return [.loadTeam(siteID: state.siteID)]
        case .loaded(.loads(let loads, let sites)):
            state.sites = sites
            state.load(loads)
            return []
        case .laidOut(let rect):
            state.visibleRows = Table.bodyRows(forHeight: TeamLoadView.tableRect(in: rect).height)
            return []
        case .key(let key): return handle(key)
        case .idle, .failed: return []
        }
    }

    private mutating func handle(_ key: Key) -> [Effect<TeamLoadMessage>] {
        if state.list.handle(key, itemCount: state.loads.count, visibleRows: state.visibleRows) == .changed { return [.handled] }
        switch state.keymap.lookup(key) {
        case .run(.drill): return state.selected?.staffID.map { [.open(.followUps(caseworkerID: $0))] } ?? [.handled]
        case .run(.site):
            state.nextSite()
            return [.loadTeam(siteID: state.siteID)]
        case .run(.navigate): return [.handled]
        case .disabled(let reason): return [.status(reason, isError: true)]
        case .unbound: return []
        }
    }

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        TeamLoadView(state: state).render(into: &buffer, in: rect, theme: theme)
    }
}

extension Effect where Message == TeamLoadMessage {
    /// The team's loads, counted from the same queue as F3, for one site or all.
    static func loadTeam(siteID: Int64?) -> Self {
        .read("compute the team's queue") { env in
            .loads(try env.db.followUpTeamLoad(asOf: env.today, now: env.now, zone: env.zone, siteID: siteID, by: env.actor),
                   sites: try env.db.sites())
        }
    }
}
