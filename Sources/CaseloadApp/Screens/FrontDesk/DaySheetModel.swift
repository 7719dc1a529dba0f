import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// What the day sheet's reads and writes hand back to its `update`.
enum DaySheetMessage {
    /// One moment of the day sheet: the rows, the clock they were read at, and (first time) the
    /// sites and caseworkers.
    case sheet(DaySheetRead)
    /// The clock, read while the person pauses: rows past their time get marked.
    case clock(today: LocalDate, nowMinute: Int)
    /// A change went through: reload and say so.
    case changed(String)
    /// The store refused the change, in its words: reload and say why.
    case refused(String)
    /// The store refused the reschedule: a clash asks before double-booking, anything else goes on the fields.
    case rescheduleRefused([FieldError], RescheduleDialog, allowOverlap: Bool)
    /// The client's phone and email as saved now, to correct.
    case contact(ClientContact, DaySheetRow)
    /// The store refused the correction: shown on the dialog's fields, the typing kept.
    case contactRefused([FieldError], ContactDialog)
}

struct DaySheetRead {
    var today: LocalDate
    var nowMinute: Int
    /// Read only the first time (nil afterwards).
    var sites: [Site]?
    var caseworkers: [StaffMember]?
    var siteID: Int64?
    var rows: [DaySheetRow]
}

/// F4: today's appointments at the site, in time order, with one key per status.
struct DaySheetModel: ScreenModel {
    let context: ScreenContext
    /// Boxes in ASCII when the terminal is not UTF-8.
    let ascii: Bool
    private(set) var state: DaySheetState
    /// Reloads asked for by other sessions' commits (`update(changed:)`; tests count them).
    var reloadsForChanges = 0

    init(context: ScreenContext, ascii: Bool = false) {
        self.context = context
        self.ascii = ascii
        state = DaySheetState(actor: context.actor, today: context.today,
                              nowMinute: FrontDeskTime.minute(of: context.now, in: context.zone))
    }

    var title: String { "Front desk" }
    /// A reason typed at a prompt, or a reschedule being filled in.
    var hasUnsavedInput: Bool {
        switch state.modal {
        case .reason(let prompt, _, _)?, .voidReason(let prompt, _)?: return !prompt.field.text.isEmpty
        case .reschedule?, .confirmOverlap?: return true
        case .contact(let dialog)?: return dialog.hasTypedText
        default: return false
        }
    }
    /// Any modal takes every key, so the shell's letter keys (q, ?) stay off while one is open.
    var isEditingText: Bool { state.modal != nil }
    var helpKeys: Keymap<Int> { state.keymap.forHelp }
    /// Under a prompt or a chooser the day sheet's keys do not act, so none are offered.
    var footerKeys: Keymap<Int> { state.modal == nil ? state.keymap.forHelp : Keymap([]) }

    /// What the sheet's read says when it fails ("Could not load the day sheet: …").
    nonisolated static let loadingTheSheet = "load the day sheet"

    // MARK: update

    mutating func update(_ input: ScreenInput<DaySheetMessage>) -> [Effect<DaySheetMessage>] {
        switch input {
        case .reload, .reappeared, .summoned: return [reload]
        case .idle: return [.readClock]
        case .laidOut(let rect):
            state.visibleRows = Table.bodyRows(forHeight: DaySheetView.tableRect(in: rect).height)
            return []
        case .key(let key): return state.modal == nil ? handleKey(key) : handleModal(key)
        case .loaded(let message): return loaded(message)
        case .failed(let failure):
            if failure.doing == Self.loadingTheSheet { return [.status(failure.sentence + " Press ^T to try again.", isError: true)] }
            if failure.doing == Effect<DaySheetMessage>.readingTheClock { return [] }
            // A change failed (the host said why): the sheet shows what is really there now.
            state.modal = nil
            state.advanceAfter = nil
            return [reload]
        }
    }

    /// The sheet as it is now, keeping the selected row.
    var reload: Effect<DaySheetMessage> {
        .loadSheet(siteID: state.siteID, day: state.day, staffID: state.caseworkerFilter, withSetup: state.sites.isEmpty)
    }

    private mutating func loaded(_ message: DaySheetMessage) -> [Effect<DaySheetMessage>] {
        switch message {
        case .sheet(let read):
            let keep = state.selectedRow?.id
            state.today = read.today
            state.nowMinute = read.nowMinute
            if let sites = read.sites { state.sites = sites; state.siteID = read.siteID }
            if let caseworkers = read.caseworkers { state.caseworkers = caseworkers }
            state.rows = read.rows
            state.select(id: keep)
            // The row the menu was opened on is gone (or filtered away): close rather than act on another.
            if case .rowMenu(let menu)? = state.modal, state.selectedRow?.id != menu.rowID { state.modal = nil }
            if let done = state.advanceAfter { state.advanceAfter = nil; state.selectNextScheduled(after: done) }
        case .clock(let today, let nowMinute):
            state.nowMinute = nowMinute
            if today != state.today { return [reload] }   // midnight passed: the sheet's "today" moves with it
        case .changed(let text):
            state.modal = nil
            return [reload, .status(text)]
        case .refused(let text):
            state.advanceAfter = nil
            return [reload, .status(text, isError: true)]
        case .contact(let contact, let row):
            state.modal = .contact(ContactDialog(row: row, contact: contact))
        case .contactRefused(let problems, var dialog):
            dialog.show(problems)
            state.modal = .contact(dialog)
            // The dialog's field line may cut a long reason short: the status line has it whole.
            return [.status(problems.map(\.message).joined(separator: " "), isError: true)]
        case .rescheduleRefused(let problems, var dialog, let allowOverlap):
            if let overlap = problems.first(where: { $0.field == "start" }), !allowOverlap, overlap.message.contains("already has") {
                state.modal = .confirmOverlap(ConfirmDialog(title: "Double-book?", message: [overlap.message, "", "Book at this time anyway?"]), dialog)
            } else {
                dialog.show(problems); state.modal = .reschedule(dialog)
            }
        }
        return []
    }

    // MARK: keys

    private mutating func handleKey(_ key: Key) -> [Effect<DaySheetMessage>] {
        // Typing finds: a letter, digit or `:` opens the find with it typed, and never acts (#22).
        if case .char(let c) = key, DaySheetState.beginsAFind(c) {
            state.modal = .find(DaySheetState.findField)
            return handleModal(key)
        }
        if key != .enter, state.list.handle(key, itemCount: state.rows.count, visibleRows: state.visibleRows) != .ignored { return [.handled] }
        switch state.keymap.lookup(key) {
        case .unbound:
            // Any other printable key (not the shell's `?`) does nothing but say how to find and act.
            if case .char = key, GlobalKeys.keymap(role: context.actor.role).binding(for: key) == nil {
                return [.status(DaySheetState.findHint)]
            }
            return []
        case .disabled(let reason): return [.status(reason, isError: true)]
        case .run(let action): return action.isRowAction ? [] : run(action)
        }
    }

    private mutating func run(_ action: DaySheetAction) -> [Effect<DaySheetMessage>] {
        guard let row = state.selectedRow else { return runUnselected(action) }
        let who = "\(row.clientSortName) \(row.appointment.startText)"
        switch action {
        case .rowMenu: state.modal = .rowMenu(DaySheetRowMenu(row: row))
        case .checkIn:
            state.advanceAfter = row.id
            return [.setStatus(row, .attended)]
        case .late:
            var prompt = ReasonPrompt(title: "Late: \(who)", isRequired: false)
            prompt.fixedOptions = CommonReasons.late
            state.modal = .reason(prompt, status: .late, row: row)
        case .noShow:
            var prompt = ReasonPrompt(title: "No show: \(who)", isRequired: true)
            prompt.fixedOptions = CommonReasons.noShow
            state.modal = .reason(prompt, status: .noShow, row: row)
        case .cancel:
            state.modal = .reason(ReasonPrompt(title: "Cancel: \(who)", isRequired: true, cancelledBy: .client), status: .cancelled, row: row)
        case .reschedule: state.modal = .reschedule(RescheduleDialog(row: row, today: state.today))
        case .contact: return [.loadContact(row)]
        case .voidWalkIn:
            var prompt = ReasonPrompt(title: "Void walk-in: \(who)", isRequired: true)
            prompt.fixedOptions = VoidReasons.common
            state.modal = .voidReason(prompt, row: row)
        case .revert:
            state.modal = .confirmRevert(ConfirmDialog(title: "Revert to Scheduled?", message: Self.revertMessage(row), defaultAnswer: .yes), row: row)
        default: return runUnselected(action)
        }
        return [.handled]
    }

    private mutating func runUnselected(_ action: DaySheetAction) -> [Effect<DaySheetMessage>] {
        switch action {
        case .book: return [.open(.booking(clientID: nil, day: state.day))]   // the day being viewed, not today
        case .walkIn: return [.open(.walkIn)]
        case .sweep:
            let forgotten = state.overdueRows
            let lines = ["Mark these \(forgotten.count) as No Show (their caseworkers get a follow-up)?", ""]
                + forgotten.prefix(8).map { "\($0.appointment.startText)  \($0.clientSortName) · \($0.caseworkerName)" }
                + (forgotten.count > 8 ? ["… and \(forgotten.count - 8) more"] : [])
            state.modal = .sweep(ConfirmDialog(title: "End-of-day sweep · \(state.day.medium)", message: lines), forgotten.map(\.appointment))
        case .previousDay: state.moveDay(by: -1); return [reload]
        case .nextDay: state.moveDay(by: 1); return [reload]
        case .today: state.goToday(); return [reload]
        case .caseworker:
            let names = ["All caseworkers"] + state.caseworkers.map(\.fullName)
            let current = state.caseworkerFilter.flatMap { id in state.caseworkers.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
            var chooser = DropdownState(options: names, selectedIndex: current)
            chooser.open()
            state.modal = .chooseCaseworker(chooser)
        case .find: state.modal = .find(DaySheetState.findField)
        case .site:
            var chooser = DropdownState(options: state.sites.map(\.name), selectedIndex: state.sites.firstIndex { $0.id == state.siteID })
            chooser.open()
            state.modal = .chooseSite(chooser)
        default: break
        }
        return [.handled]
    }

    static func revertMessage(_ row: DaySheetRow) -> [String] {
        var lines = ["\(row.clientSortName) at \(row.appointment.startText) is \(row.appointment.status.rawValue)."]
        switch row.appointment.status {
        case .noShow: lines.append("Its open follow-up for the caseworker is removed.")
        case .rescheduled: lines.append("The new appointment it was moved to is removed.")
        case .attended, .late: lines.append("The check-in time is cleared.")
        default: break
        }
        return lines
    }

    // MARK: modals

    private mutating func handleModal(_ key: Key) -> [Effect<DaySheetMessage>] {
        guard let modal = state.modal else { return [] }
        switch modal {
        case .reason(var prompt, let status, let row):
            switch prompt.handle(key) {
            case .none: state.modal = .reason(prompt, status: status, row: row)
            case .cancelled: state.modal = nil
            case .submitted(let reason, let by):
                state.modal = nil
                state.advanceAfter = row.id
                return [.setStatus(row, status, reason: reason, cancelledBy: by)]
            }
        case .voidReason(var prompt, let row):
            switch prompt.handle(key) {
            case .none: state.modal = .voidReason(prompt, row: row)
            case .cancelled: state.modal = nil
            case .submitted(let reason, _):
                state.modal = nil
                return [.voidWalkIn(row, reason: reason)]
            }
        case .contact(var dialog):
            switch dialog.handle(key) {
            case .none: state.modal = .contact(dialog)
            case .cancelled: state.modal = nil
            case .submit(let contact): state.modal = .contact(dialog); return [.correctContact(dialog, contact)]
            }
        case .reschedule(var dialog):
            switch dialog.handle(key) {
            case .none: state.modal = .reschedule(dialog)
            case .cancelled: state.modal = nil
            case .submit: return reschedule(dialog, allowOverlap: false)
            }
        case .confirmOverlap(let confirm, let dialog):
            switch confirm.answer(for: key) {
            case .yes?: return reschedule(dialog, allowOverlap: true)
            case .no?: state.modal = .reschedule(dialog)
            case nil: break
            }
        case .confirmRevert(let confirm, let row):
            switch confirm.answer(for: key) {
            case .yes?: state.modal = nil; return [.revert(row)]
            case .no?: state.modal = nil
            case nil: break
            }
        case .sweep(let confirm, let appointments):
            switch confirm.answer(for: key) {
            case .yes?: state.modal = nil; return [.sweep(appointments)]
            case .no?: state.modal = nil
            case nil: break
            }
        case .chooseSite(var chooser):
            let outcome = chooser.handle(key)
            if chooser.isOpen { state.modal = .chooseSite(chooser); return [.handled] }
            state.modal = nil
            if outcome == .changed, let i = chooser.selectedIndex {
                state.siteID = state.sites[i].id; state.list = ListState(); return [reload]
            }
        case .find(var field):
            // ↑↓ move to the other rows that match (the name stays typed); Enter opens the found row's menu.
            if key == .up || key == .down {
                if field.text.isEmpty { _ = state.list.handle(key, itemCount: state.rows.count, visibleRows: state.visibleRows) }
                else { state.moveToMatch(field.text, forward: key == .down) }
                return [.handled]
            }
            switch field.handle(key, width: 30) {
            case .cancelled: state.modal = nil
            case .submitted:
                state.modal = nil
                guard !field.text.isEmpty, let row = state.selectedRow else { break }
                // Only on a row that is what was typed: a name not on the sheet must not open someone else's menu.
                guard DaySheetState.row(row, matches: field.text) else {
                    return [.status("No one on this day matches \"\(field.text)\": nothing opened.", isError: true)]
                }
                state.modal = .rowMenu(DaySheetRowMenu(row: row))
            case .changed:
                state.modal = .find(field)
                if !field.text.isEmpty && !state.jump(to: field.text) { return [.status("No one on this day matches \"\(field.text)\".", isError: true)] }
            default: state.modal = .find(field)
            }
        case .rowMenu(var menu):
            switch menu.handle(key, entries: state.rowMenuBindings) {
            case .none: state.modal = .rowMenu(menu)
            case .close: state.modal = nil
            case .refused(let reason): state.modal = .rowMenu(menu); return [.status(reason, isError: true)]
            case .run(let action): state.modal = nil; return run(action)
            }
        case .chooseCaseworker(var chooser):
            let outcome = chooser.handle(key)
            if chooser.isOpen { state.modal = .chooseCaseworker(chooser); return [.handled] }
            state.modal = nil
            if outcome == .changed, let i = chooser.selectedIndex {
                state.caseworkerFilter = i == 0 ? nil : state.caseworkers[i - 1].id
                state.list = ListState(); return [reload]
            }
        }
        return [.handled]
    }

    /// The dialog checks its fields first (staying open to show what is wrong); then the store moves it.
    private mutating func reschedule(_ dialog: RescheduleDialog, allowOverlap: Bool) -> [Effect<DaySheetMessage>] {
        var dialog = dialog
        guard case .submit(let day, let minute, let reason) = dialog.handle(.ctrl("s")) else {
            state.modal = .reschedule(dialog); return [.handled]
        }
        return [.reschedule(dialog, to: day, startMinute: minute, reason: reason, allowOverlap: allowOverlap)]
    }

    // MARK: view

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        DaySheetView(state: state, zone: context.zone).render(into: &buffer, in: rect, theme: theme)
    }

    func overlay(into buffer: inout ScreenBuffer, theme: Theme) {
        guard let modal = state.modal else { return }
        let area = buffer.area
        switch modal {
        case .reason(let prompt, _, _), .voidReason(let prompt, _): prompt.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .contact(let dialog): dialog.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .reschedule(let dialog): dialog.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .confirmOverlap(let confirm, _), .confirmRevert(let confirm, _), .sweep(let confirm, _):
            buffer.cursor = nil
            confirm.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .find: break   // drawn in the sheet's second line, where the keys hint is
        case .rowMenu(let menu): menu.render(entries: state.rowMenuBindings, into: &buffer, in: area, theme: theme, ascii: ascii)
        case .chooseSite(let chooser), .chooseCaseworker(let chooser):
            Dropdown.renderPopup(chooser, anchor: Rect(x: 2, y: 2, width: 30, height: 1), into: &buffer, theme: theme, ascii: ascii)
        }
    }
}
