import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// F3: the follow-up queue computed by the rules engine, overdue first; each item explains itself.
/// Keys act on the selected item (complete, snooze, record the contact that satisfies it).
@MainActor final class FollowUpQueueScreen: Screen {
    let env: AppEnvironment
    var state: FollowUpQueueState

    init(env: AppEnvironment, caseworkerID: Int64?) {
        self.env = env
        state = FollowUpQueueState(actor: env.actor, caseworkerID: caseworkerID)
    }

    var title: String { "Follow-ups" }
    var hasUnsavedInput: Bool { state.dialog != nil && !isCalendarOpen }
    var isEditingText: Bool { state.focus == .search || state.chooser != nil || state.dialog != nil }
    var helpKeymap: Keymap<Int> { state.keymap.forHelp }
    private var isCalendarOpen: Bool { if case .calendar? = state.dialog { return true }; return false }

    // MARK: update

    func handle(_ event: ScreenEvent) -> [AppCommand] {
        switch event {
        case .reload, .reappeared: return reload()
        case .key(let key):
            if state.dialog != nil { return handleDialog(key) }
            if state.chooser != nil { return handleChooser(key) }
            if state.focus == .search { return handleSearch(key) }
            return handleKey(key)
        }
    }

    private func handleKey(_ key: Key) -> [AppCommand] {
        if state.list.handle(key, itemCount: state.shown.count, visibleRows: state.visibleRows) == .changed { return [] }
        switch state.keymap.lookup(key) {
        case .unbound: return []
        case .disabled(let reason): return [.status(reason, isError: true)]
        case .run(let action): return run(action)
        }
    }

    private func run(_ action: FollowUpQueueAction) -> [AppCommand] {
        switch action {
        case .open:
            guard let item = state.selected else { return [] }
            return [.open(.profile(clientID: item.clientID, tab: Self.tab(item.openTab)))]
        case .complete: state.dialog = state.selected.map(FollowUpDialog.complete)
        case .snooze: state.dialog = state.selected.map { FollowUpDialog.snooze($0, today: env.today) }
        case .record: return openRecordDialog()
        case .manual: return openManualDialog()
        case .search: state.focus = .search
        case .rule: state.openRuleChooser()
        case .caseworker: state.openCaseworkerChooser()
        case .site: state.openSiteChooser()
        case .clear: return state.clearFilters() ? reload() : []
        case .team: return [.open(.team)]
        case .calendar: return openCalendar()
        case .navigate: break
        }
        return []
    }

    private func handleSearch(_ key: Key) -> [AppCommand] {
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
        return []
    }

    private func handleChooser(_ key: Key) -> [AppCommand] {
        guard var chooser = state.chooser else { return [] }
        let outcome = chooser.state.handle(key)
        guard !chooser.state.isOpen else { state.chooser = chooser; return [] }
        state.chooser = nil
        guard outcome == .changed || key == .enter, let i = chooser.state.selectedIndex, chooser.values.indices.contains(i) else { return [] }
        return state.choose(chooser.kind, value: chooser.values[i]) ? reload() : []
    }

    static func tab(_ tab: ClientTab) -> ProfileTab {
        switch tab {
        case .info: return .info
        case .notes: return .notes
        case .assessment: return .assessment
        case .eap: return .eap
        case .employment: return .employment
        case .followUps: return .followUps
        }
    }

    // MARK: effects (with FollowUpQueueScreen+Dialogs.swift, the only places this screen reads the database)

    func reload() -> [AppCommand] {
        do {
            if state.staff.isEmpty {
                state.staff = try env.db.listStaff()
                state.sites = try env.db.sites()
            }
            let scope = FollowUpScope(caseworkerID: state.caseworkerID, siteID: state.siteID)
            state.load(try env.db.followUpQueue(asOf: env.today, now: env.now, scope: scope, zone: env.zone, by: env.actor))
            if case .calendar(var panel)? = state.dialog {
                panel.closures = try env.db.closureDays(from: env.today.adding(days: -31), through: env.today.adding(days: 3 * 366))
                panel.substitutes = try env.db.observedSubstitutes()
                panel.list.select(panel.list.selected, itemCount: panel.closures.count, visibleRows: CalendarPanel.visibleRows)
                state.dialog = .calendar(panel)
            }
            return []
        } catch {
            return [.status("Could not compute the queue: \(ClientProfileScreen.message(error)) Press F3 to try again.", isError: true)]
        }
    }

    /// Someone committed (issue #23): the rules run again for the changed clients only, and their
    /// items are merged into the queue in order. A change the feed cannot name reloads everything.
    func changed(_ change: DatabaseChange) -> [AppCommand] {
        guard !change.isEverything, !state.staff.isEmpty else { return reload() }
        do {
            let scope = FollowUpScope(caseworkerID: state.caseworkerID, siteID: state.siteID)
            state.load(try env.db.followUpQueue(updating: state.items, forClients: change.clientIDs, asOf: env.today, now: env.now,
                                                scope: scope, zone: env.zone, by: env.actor))
            partialUpdates += 1
            return []
        } catch {
            return reload()
        }
    }

    /// How many changes were merged without computing the whole queue (tests count them).
    private(set) var partialUpdates = 0

    // MARK: view

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        FollowUpQueueView(state: state, today: env.today).render(into: &buffer, in: rect, theme: theme)
        state.visibleRows = Table.bodyRows(forHeight: FollowUpQueueView.tableRect(in: rect).height)
    }

    /// Under a dialog or a chooser the queue's keys do not act, so none are offered.
    func renderFooter(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        let covered = state.dialog != nil || state.chooser != nil
        (covered ? Keymap([]) : state.keymap).renderFooter(into: &buffer, in: rect, theme: theme)
    }

    func renderOverlay(into buffer: inout ScreenBuffer, theme: Theme) {
        let area = Rect(x: 0, y: 1, width: buffer.width, height: buffer.height - 3)
        if let chooser = state.chooser {
            Dropdown.renderPopup(chooser.state, anchor: Rect(x: 2, y: 3, width: 40, height: 1), into: &buffer, theme: theme, ascii: env.asciiBorders)
        }
        switch state.dialog {
        case .complete(let d, _), .snooze(let d, _), .record(let d, _, _):
            d.render(into: &buffer, in: area, theme: theme, ascii: env.asciiBorders)
        case .manual(let d): d.render(into: &buffer, in: area, theme: theme, ascii: env.asciiBorders)
        case .calendar(let p): p.render(into: &buffer, in: area, theme: theme, ascii: env.asciiBorders)
        case nil: break
        }
    }
}
