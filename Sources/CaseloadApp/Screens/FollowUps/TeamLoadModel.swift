import CaseloadCore
import CaseloadStore
import TerminalKit

enum TeamLoadMessage {
    case loads([CaseworkerLoad], sites: [Site])
    /// The colleagues who may receive a caseload (active caseworkers of every site).
    case colleagues([StaffMember], fromID: Int64, fromName: String)
    case plan(CaseloadTransferPlan)
    case transferred(Int, from: String)
}

/// Every caseworker's follow-up load at a glance: overdue, due today, upcoming, the oldest overdue
/// item's age and a bar. Enter drills into one caseworker's queue.
struct TeamLoadModel: ScreenModel {
    let context: ScreenContext
    /// Boxes in ASCII when the terminal is not UTF-8.
    let ascii: Bool
    private(set) var state: TeamLoadState

    init(context: ScreenContext, ascii: Bool = false) {
        self.context = context
        self.ascii = ascii
        state = TeamLoadState(actor: context.actor)
        state.siteID = context.actor.siteID
    }

    var title: String { "Team follow-ups" }
    var footerKeys: Keymap<Int> { state.transfer == nil ? state.keymap.forHelp : Keymap([]) }
    var helpKeys: Keymap<Int> { state.keymap.forHelp }
    var hasUnsavedInput: Bool { state.transfer?.hasTypedText ?? false }
    var isEditingText: Bool { state.transfer != nil }

    mutating func update(_ input: ScreenInput<TeamLoadMessage>) -> [Effect<TeamLoadMessage>] {
        switch input {
        case .reload, .reappeared, .summoned:
            guard context.can(.viewTeamFollowUps) else { return [.back, .status(Permission.viewTeamFollowUps.refusal, isError: true)] }
            return [.loadTeam(siteID: state.siteID)]
        case .loaded(.loads(let loads, let sites)):
            state.sites = sites
            state.load(loads)
            return []
        case .loaded(.colleagues(let staff, let fromID, let fromName)):
            state.transfer = TransferDialog(fromID: fromID, fromName: fromName, colleagues: staff)
            return []
        case .loaded(.plan(let plan)):
            guard state.transfer != nil else { return [] }
            if plan.moves.isEmpty { state.transfer?.problem = "\(plan.from.fullName) has no open clients: nothing to move." }
            else { state.transfer?.plan = plan }
            return []
        case .loaded(.transferred(let count, let from)):
            state.transfer = nil
            return [.loadTeam(siteID: state.siteID), .status("Transferred \(count) client\(count == 1 ? "" : "s") from \(from).")]
        case .failed(let failure):
            // A refused plan or transfer leaves the dialog open with the reason (the status line has it too).
            if state.transfer != nil { state.transfer?.plan = nil; state.transfer?.problem = UserSentence.describe(failure.error) }
            return []
        case .laidOut(let rect):
            state.visibleRows = Table.bodyRows(forHeight: TeamLoadView.tableRect(in: rect).height)
            return []
        case .key(let key): return handle(key)
        case .idle: return []
        }
    }

    private mutating func handle(_ key: Key) -> [Effect<TeamLoadMessage>] {
        if state.transfer != nil { return handleTransfer(key) }
        if state.list.handle(key, itemCount: state.loads.count, visibleRows: state.visibleRows) == .changed { return [.handled] }
        switch state.keymap.lookup(key) {
        case .run(.drill): return state.selected?.staffID.map { [.open(.followUps(caseworkerID: $0))] } ?? [.handled]
        case .run(.site):
            state.nextSite()
            return [.loadTeam(siteID: state.siteID)]
        case .run(.transfer):
            guard let load = state.selected, let id = load.staffID else { return [.handled] }
            return [.loadColleagues(fromID: id, fromName: load.name)]
        case .run(.navigate): return [.handled]
        case .disabled(let reason): return [.status(reason, isError: true)]
        case .unbound: return []
        }
    }

    private mutating func handleTransfer(_ key: Key) -> [Effect<TeamLoadMessage>] {
        guard var dialog = state.transfer else { return [] }
        let outcome = dialog.handle(key)
        state.transfer = dialog
        switch outcome {
        case .none: return [.handled]
        case .cancel:
            state.transfer = nil
            return [.status("Nothing transferred.")]
        case .preview(let to, _): return [.planTransfer(from: dialog.fromID, to: to)]
        case .confirm:
            guard let plan = dialog.plan else { return [.handled] }
            return [.transfer(plan, reason: dialog.reason.text)]
        }
    }

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        TeamLoadView(state: state).render(into: &buffer, in: rect, theme: theme)
    }

    func overlay(into buffer: inout ScreenBuffer, theme: Theme) {
        state.transfer?.render(into: &buffer, in: buffer.area, theme: theme, ascii: ascii)
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

    static func loadColleagues(fromID: Int64, fromName: String) -> Self {
        .read("list the caseworkers") { env in
            .colleagues(try env.db.listStaff(includeInactive: false).filter { $0.role == .caseworker }, fromID: fromID, fromName: fromName)
        }
    }

    static func planTransfer(from: Int64, to: [Int64]) -> Self {
        .read("plan the transfer") { env in
            .plan(try env.db.planCaseloadTransfer(from: from, to: to, today: env.today, by: env.actor))
        }
    }

    static func transfer(_ plan: CaseloadTransferPlan, reason: String) -> Self {
        .write("transfer the caseload") { env in
            .transferred(try env.db.transferCaseload(plan, reason: reason, today: env.today, now: env.now, by: env.actor), from: plan.from.fullName)
        }
    }
}
