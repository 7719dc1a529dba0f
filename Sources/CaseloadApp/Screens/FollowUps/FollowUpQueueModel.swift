import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// What the queue's reads and writes hand back to its `update`.
enum FollowUpQueueMessage {
    /// Who can own items and which sites exist (read once, for names and choosers).
    case people(staff: [StaffMember], sites: [Site])
    /// The queue computed as of `asOf`, and the calendar when its panel is open.
    case queue([DueItem], asOf: LocalDate, calendar: CalendarRead?)
    /// These clients' items now (issue #23), computed on the queue's day: they replace the old ones.
    case clientsRecomputed(Set<Int64>, [DueItem])
    case recordChoices(DueItem, FollowUpDialog.Record, methods: [String], communications: [String])
    case manualStart(ClientSummary?)
    case clientMatches([ClientSummary])
    /// A dialog's save went through: close it, recompute the queue, say what was done.
    case saved(String)
    /// The calendar changed (`added`: a new closure day, whose form closes).
    case calendarSaved(String, added: Bool)
    /// The store refused a save: the dialog stays with its typed text, the reason on the field.
    case refused([FieldError])

    struct CalendarRead { var closures: [ClosureDay]; var substitutes: Bool }
}

/// F3: the follow-up queue computed by the rules engine, overdue first; each item explains itself.
/// Keys act on the selected item (complete, snooze, record the contact that satisfies it).
struct FollowUpQueueModel: ScreenModel {
    let context: ScreenContext
    /// Boxes in ASCII when the terminal is not UTF-8.
    let ascii: Bool
    var state: FollowUpQueueState
    /// The day the queue was computed for (the statuses' "in 2 d" count from it).
    private(set) var today: LocalDate
    /// Commits merged by recomputing only the changed clients (`update(changed:)`; tests count them).
    var partialUpdates = 0

    /// - Parameters:
    ///   - caseworkerID: one person's queue (drilled into from the team view); nil: F3's default,
    ///     which for a supervisor is everyone's items at their own site, or what they last chose.
    init(context: ScreenContext, caseworkerID: Int64?, remembered: QueueChoice? = nil, ascii: Bool = false) {
        self.context = context
        self.ascii = ascii
        today = context.today
        state = FollowUpQueueState(actor: context.actor, caseworkerID: caseworkerID)
        if caseworkerID == nil, state.seesTeam {
            state.caseworkerID = remembered.map(\.caseworkerID) ?? nil
            state.siteID = remembered.map(\.siteID) ?? context.actor.siteID
        }
    }

    var title: String { "Follow-ups" }
    var hasUnsavedInput: Bool { state.dialog != nil && !isCalendarOpen }
    var isEditingText: Bool { state.focus == .search || state.chooser != nil || state.dialog != nil }
    var helpKeys: Keymap<Int> { state.keymap.forHelp }
    /// Under a dialog or a chooser the queue's keys do not act, so none are offered.
    var footerKeys: Keymap<Int> { state.dialog != nil || state.chooser != nil ? Keymap([]) : state.keymap.forHelp }
    var isCalendarOpen: Bool { if case .calendar? = state.dialog { return true }; return false }

    /// What the read of the queue says when it fails ("Could not compute the queue: …").
    nonisolated static let computingTheQueue = "compute the queue"

    // MARK: update

    mutating func update(_ input: ScreenInput<FollowUpQueueMessage>) -> [Effect<FollowUpQueueMessage>] {
        switch input {
        case .reload, .reappeared, .summoned: return reload()
        case .idle: return []
        case .laidOut(let rect):
            state.visibleRows = Table.bodyRows(forHeight: FollowUpQueueView.tableRect(in: rect).height)
            return []
        case .key(let key):
            if state.dialog != nil { return handleDialog(key) }
            if state.chooser != nil { return handleChooser(key) }
            if state.focus == .search { return handleSearch(key) }
            return handleKey(key)
        case .loaded(let message): return loaded(message)
        case .failed(let failure): return failed(failure)
        }
    }

    /// The staff list (once) and the queue, with the calendar while its panel is open.
    func reload() -> [Effect<FollowUpQueueMessage>] {
        let scope = FollowUpScope(caseworkerID: state.caseworkerID, siteID: state.siteID)
        return (state.staff.isEmpty ? [.loadPeople] : []) + [.loadQueue(scope, withCalendar: isCalendarOpen)]
    }

    private mutating func loaded(_ message: FollowUpQueueMessage) -> [Effect<FollowUpQueueMessage>] {
        switch message {
        case .people(let staff, let sites):
            state.staff = staff; state.sites = sites
        case .queue(let items, let asOf, let calendar):
            today = asOf
            state.load(items)
            if case .calendar(var panel)? = state.dialog, let calendar {
                panel.closures = calendar.closures
                panel.substitutes = calendar.substitutes
                panel.list.select(panel.list.selected, itemCount: panel.closures.count, visibleRows: CalendarPanel.visibleRows)
                state.dialog = .calendar(panel)
            }
        case .clientsRecomputed(let clients, let fresh):
            state.replaceItems(ofClients: clients, with: fresh)
        case .recordChoices(let item, let kind, let methods, let communications):
            state.dialog = FollowUpDialog.record(item, kind: kind, methods: methods, communications: communications)
        case .manualStart(let client):
            // Caseworkers own what they add; supervisors may give it to anyone who has a queue.
            let owners = state.seesTeam ? state.staff.filter { $0.isActive && $0.role.allows(.viewFollowUps) } : [context.actor]
            let defaultOwner = state.caseworkerID ?? context.actor.id
            state.dialog = .manual(ManualFollowUpDialog(startingWith: client, owners: owners, defaultOwner: defaultOwner, today: today))
        case .clientMatches(let found):
            guard case .manual(var d)? = state.dialog else { return [] }
            d.matches = found; d.pick = 0
            state.dialog = .manual(d)
        case .saved(let text):
            state.dialog = nil
            return reload() + [.status(text)]
        case .calendarSaved(let text, let added):
            if added, case .calendar(var p)? = state.dialog { p.adding = nil; state.dialog = .calendar(p) }
            return reload() + [.status(text)]
        case .refused(let problems):
            return refuse(problems)
        }
        return []
    }

    /// The host has said what failed; a failed queue read adds how to try again, a failed save
    /// keeps its dialog and shows the sentence there too.
    private mutating func failed(_ failure: ScreenFailure) -> [Effect<FollowUpQueueMessage>] {
        if failure.doing == Self.computingTheQueue { return [.status(failure.sentence + " Press F3 to try again.", isError: true)] }
        switch state.dialog {
        case .complete?, .snooze?, .record?, .manual?: showProblems([FieldError(field: "", message: failure.sentence)])
        default: break
        }
        return []
    }

    mutating func refuse(_ problems: [FieldError]) -> [Effect<FollowUpQueueMessage>] {
        showProblems(problems)
        return [.status("Not saved: \(problems.first?.message ?? "check the marked field")", isError: true)]
    }

    // MARK: keys

    private mutating func handleKey(_ key: Key) -> [Effect<FollowUpQueueMessage>] {
        if state.list.handle(key, itemCount: state.shown.count, visibleRows: state.visibleRows) == .changed { return [.handled] }
        switch state.keymap.lookup(key) {
        case .unbound: return []
        case .disabled(let reason): return [.status(reason, isError: true)]
        case .run(let action): return run(action)
        }
    }

    private mutating func run(_ action: FollowUpQueueAction) -> [Effect<FollowUpQueueMessage>] {
        switch action {
        case .open:
            guard let item = state.selected else { return [.handled] }
            return [.open(.profile(clientID: item.clientID, tab: FollowUpQueueScreen.tab(item.rule)))]
        case .complete:
            // R-08: a checkpoint is done only by recording it with its evidence (issue #19): its form opens.
            if let item = state.selected, item.itemKey.subject == .checkpoint {
                return [.open(.recordCheckpoint(clientID: item.clientID, checkpointID: item.itemKey.id))]
            }
            state.dialog = state.selected.map(FollowUpDialog.complete)
        case .snooze: state.dialog = state.selected.map { FollowUpDialog.snooze($0, today: today) }
        case .record:
            guard let item = state.selected, let kind = FollowUpDialog.recordKind(for: item.rule) else { return [.handled] }
            return [.loadRecordChoices(item, kind)]
        case .manual: return [.loadManualStart(clientID: state.selected?.clientID)]
        case .search: state.focus = .search
        case .rule: state.openRuleChooser()
        case .caseworker: state.openCaseworkerChooser()
        case .site: state.openSiteChooser()
        case .clear: return state.clearFilters() ? reload() : [.handled]
        case .team: return [.open(.team)]
        case .closeUnableToContact:
            // The status screen shows R-03's facts and asks before closing (#18).
            return state.selected.map { [.open(.statusAction(clientID: $0.clientID, action: .closeUnableToContact))] } ?? [.handled]
        case .calendar:
            state.dialog = .calendar(CalendarPanel(closures: [], substitutes: true, sites: state.sites, today: today))
            return reload()
        case .navigate: break
        }
        return [.handled]
    }

    private mutating func handleSearch(_ key: Key) -> [Effect<FollowUpQueueMessage>] {
        switch state.search.handle(key, width: 28) {
        case .changed: state.refilter()
        case .submitted: state.focus = .list
        case .cancelled:
            state.focus = .list
            if !state.search.text.isEmpty { state.search.text = ""; state.refilter() }
        case .consumed: break
        case .ignored:
            // Arrows still move the list while typing a client's name.
            if [.up, .down, .pageUp, .pageDown].contains(key) {
                _ = state.list.handle(key, itemCount: state.shown.count, visibleRows: state.visibleRows)
            }
        }
        return [.handled]
    }

    private mutating func handleChooser(_ key: Key) -> [Effect<FollowUpQueueMessage>] {
        guard var chooser = state.chooser else { return [] }
        let outcome = chooser.state.handle(key)
        guard !chooser.state.isOpen else { state.chooser = chooser; return [.handled] }
        state.chooser = nil
        guard outcome == .changed || key == .enter, let i = chooser.state.selectedIndex, chooser.values.indices.contains(i) else { return [.handled] }
        guard state.choose(chooser.kind, value: chooser.values[i]) else { return [.handled] }
        return reload() + [.command(.remember(.queue(QueueChoice(caseworkerID: state.caseworkerID, siteID: state.siteID))))]
    }

    // MARK: view

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        FollowUpQueueView(state: state, today: today).render(into: &buffer, in: rect, theme: theme)
    }

    func overlay(into buffer: inout ScreenBuffer, theme: Theme) {
        let area = Rect(x: 0, y: 1, width: buffer.width, height: buffer.height - 3)
        if let chooser = state.chooser {
            Dropdown.renderPopup(chooser.state, anchor: Rect(x: 2, y: 3, width: 40, height: 1), into: &buffer, theme: theme, ascii: ascii)
        }
        switch state.dialog {
        case .complete(let d, _), .snooze(let d, _), .record(let d, _, _):
            d.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .manual(let d): d.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .calendar(let p): p.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case nil: break
        }
    }
}
