import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// F4: today's appointments at the site, in time order, with one key per status.
@MainActor final class DaySheetScreen: Screen {
    private let env: AppEnvironment
    private(set) var state: DaySheetState

    init(env: AppEnvironment) {
        self.env = env
        state = DaySheetState(actor: env.actor, today: env.today, nowMinute: FrontDeskTime.minute(of: env.now, in: env.zone))
    }

    var title: String { "Front desk" }
    /// A reason typed at a prompt, or a reschedule being filled in.
    var hasUnsavedInput: Bool {
        switch state.modal {
        case .reason(let prompt, _, _)?: return !prompt.field.text.isEmpty
        case .reschedule?, .confirmOverlap?: return true
        default: return false
        }
    }
    /// Any modal takes every key, so the shell's letter keys (q, ?) stay off while one is open.
    var isEditingText: Bool { state.modal != nil }
    var helpKeymap: Keymap<Int> { state.keymap.forHelp }

    // MARK: update

    func handle(_ event: ScreenEvent) -> [AppCommand] {
        switch event {
        case .reload, .reappeared: return reload()
        case .key(let key): return state.modal == nil ? handleKey(key) : handleModal(key)
        }
    }

    private func handleKey(_ key: Key) -> [AppCommand] {
        if state.list.handle(key, itemCount: state.rows.count, visibleRows: state.visibleRows) != .ignored { return [] }
        switch state.keymap.lookup(key) {
        case .unbound: return []
        case .disabled(let reason): return [.status(reason, isError: true)]
        case .run(let action): return run(action)
        }
    }

    private func run(_ action: DaySheetAction) -> [AppCommand] {
        guard let row = state.selectedRow else { return runUnselected(action) }
        let who = "\(row.clientSortName) \(row.appointment.startText)"
        switch action {
        case .checkIn: return setStatus(row, .attended)
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
        case .revert:
            state.modal = .confirmRevert(ConfirmDialog(title: "Revert to Scheduled?", message: revertMessage(row), defaultAnswer: .yes), row: row)
        default: return runUnselected(action)
        }
        return []
    }

    private func runUnselected(_ action: DaySheetAction) -> [AppCommand] {
        switch action {
        case .book: return [.open(.booking(clientID: nil))]
        case .walkIn: return [.open(.walkIn)]
        case .sweep:
            let forgotten = state.overdueRows
            let lines = ["Mark these \(forgotten.count) as No Show (their caseworkers get a follow-up)?", ""]
                + forgotten.prefix(8).map { "\($0.appointment.startText)  \($0.clientSortName) · \($0.caseworkerName)" }
                + (forgotten.count > 8 ? ["… and \(forgotten.count - 8) more"] : [])
            state.modal = .sweep(ConfirmDialog(title: "End-of-day sweep · \(state.day.medium)", message: lines), forgotten.map(\.appointment))
        case .previousDay: state.moveDay(by: -1); return reload()
        case .nextDay: state.moveDay(by: 1); return reload()
        case .today: state.goToday(); return reload()
        case .caseworker:
            let names = ["All caseworkers"] + state.caseworkers.map(\.fullName)
            let current = state.caseworkerFilter.flatMap { id in state.caseworkers.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
            var chooser = DropdownState(options: names, selectedIndex: current)
            chooser.open()
            state.modal = .chooseCaseworker(chooser)
        case .site:
            var chooser = DropdownState(options: state.sites.map(\.name), selectedIndex: state.sites.firstIndex { $0.id == state.siteID })
            chooser.open()
            state.modal = .chooseSite(chooser)
        default: break
        }
        return []
    }

    private func revertMessage(_ row: DaySheetRow) -> [String] {
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

    private func handleModal(_ key: Key) -> [AppCommand] {
        guard let modal = state.modal else { return [] }
        switch modal {
        case .reason(var prompt, let status, let row):
            switch prompt.handle(key) {
            case .none: state.modal = .reason(prompt, status: status, row: row)
            case .cancelled: state.modal = nil
            case .submitted(let reason, let by):
                state.modal = nil
                return setStatus(row, status, reason: reason, cancelledBy: by)
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
            case .yes?: state.modal = nil; return revert(row)
            case .no?: state.modal = nil
            case nil: break
            }
        case .sweep(let confirm, let appointments):
            switch confirm.answer(for: key) {
            case .yes?: state.modal = nil; return sweep(appointments)
            case .no?: state.modal = nil
            case nil: break
            }
        case .chooseSite(var chooser):
            let outcome = chooser.handle(key)
            if chooser.isOpen { state.modal = .chooseSite(chooser); return [] }
            state.modal = nil
            if outcome == .changed, let i = chooser.selectedIndex {
                state.siteID = state.sites[i].id; state.list = ListState(); return reload()
            }
        case .chooseCaseworker(var chooser):
            let outcome = chooser.handle(key)
            if chooser.isOpen { state.modal = .chooseCaseworker(chooser); return [] }
            state.modal = nil
            if outcome == .changed, let i = chooser.selectedIndex {
                state.caseworkerFilter = i == 0 ? nil : state.caseworkers[i - 1].id
                state.list = ListState(); return reload()
            }
        }
        return []
    }

    /// Someone committed (issue #23): reload only for an appointment written at this sheet's site
    /// and day, or a change to a client on the sheet (a new phone number, a name).
    func changed(_ change: DatabaseChange) -> [AppCommand] {
        let concernsSheet = state.siteID.map { change.concerns(siteID: $0, day: state.day.iso) } ?? true
            || state.rows.contains { change.concerns(clientID: $0.appointment.clientID) }
        return concernsSheet ? reload() : []
    }

    // MARK: effects (the only place this screen touches the database)

    /// How many times the sheet was read again (tests count them).
    private(set) var reloads = 0

    private func reload() -> [AppCommand] {
        reloads += 1
        let keep = state.selectedRow?.id
        state.today = env.today
        state.nowMinute = FrontDeskTime.minute(of: env.now, in: env.zone)
        do {
            if state.sites.isEmpty {
                state.sites = try env.db.daySheetSites(by: env.actor)
                if state.siteID == nil || !state.sites.contains(where: { $0.id == state.siteID }) { state.siteID = state.sites.first?.id }
                state.caseworkers = try env.db.bookableStaff()
            }
            guard let site = state.siteID else { state.rows = []; return [] }
            state.rows = try env.db.daySheet(siteID: site, day: state.day, staffID: state.caseworkerFilter, by: env.actor)
            state.select(id: keep)
            return []
        } catch {
            return [.status("Could not load the day sheet: \(error) — press t to try again", isError: true)]
        }
    }

    private func setStatus(_ row: DaySheetRow, _ status: AppointmentStatus, reason: String? = nil,
                           cancelledBy: CancelledBy? = nil) -> [AppCommand] {
        do {
            let saved = try env.db.setAppointmentStatus(row.appointment, to: status, reason: reason, cancelledBy: cancelledBy,
                                                        now: env.now, by: env.actor)
            let done: String
            switch status {
            case .attended: done = "Checked in \(row.clientDisplayName) at \(saved.checkedInAt.map { FrontDeskTime.clock($0, in: env.zone) } ?? "")"
            case .late: done = "Checked in \(row.clientDisplayName) (late)"
            case .noShow: done = "Marked \(row.clientDisplayName) No Show; follow-up added for the caseworker"
            default: done = "Marked \(row.clientDisplayName)'s \(row.appointment.startText) appointment \(status.rawValue)"
            }
            return reload() + [.status(done + " · u reverts", isError: false)]
        } catch {
            return reload() + [.status(describe(error), isError: true)]
        }
    }

    private func revert(_ row: DaySheetRow) -> [AppCommand] {
        do {
            _ = try env.db.revertAppointment(row.appointment, now: env.now, by: env.actor)
            return reload() + [.status("\(row.clientDisplayName)'s \(row.appointment.startText) appointment is Scheduled again", isError: false)]
        } catch {
            return reload() + [.status(describe(error), isError: true)]
        }
    }

    private func reschedule(_ dialog: RescheduleDialog, allowOverlap: Bool) -> [AppCommand] {
        var dialog = dialog
        guard case .submit(let day, let minute, let reason) = dialog.handle(.ctrl("s")) else {
            state.modal = .reschedule(dialog); return []
        }
        do {
            let moved = try env.db.rescheduleAppointment(dialog.row.appointment, to: day, startMinute: minute, reason: reason,
                                                         allowOverlap: allowOverlap, now: env.now, by: env.actor)
            state.modal = nil
            return reload() + [.status("Moved \(dialog.row.clientDisplayName) to \(moved.new.day.medium) \(moved.new.startText) · u on the old row undoes it", isError: false)]
        } catch StoreError.invalid(let problems) {
            if let overlap = problems.first(where: { $0.field == "start" }), !allowOverlap, overlap.message.contains("already has") {
                state.modal = .confirmOverlap(ConfirmDialog(title: "Double-book?", message: [overlap.message, "", "Book at this time anyway?"]), dialog)
            } else {
                dialog.show(problems); state.modal = .reschedule(dialog)
            }
            return []
        } catch {
            state.modal = nil
            return reload() + [.status(describe(error), isError: true)]
        }
    }

    private func sweep(_ appointments: [Appointment]) -> [AppCommand] {
        do {
            let marked = try env.db.sweepAppointments(appointments, now: env.now, by: env.actor)
            let skipped = appointments.count - marked.count
            let text = "Marked \(marked.count) No Show" + (skipped > 0 ? " (\(skipped) were resolved meanwhile and left alone)" : "")
            return reload() + [.status(text, isError: false)]
        } catch {
            return reload() + [.status(describe(error), isError: true)]
        }
    }

    private func describe(_ error: any Error) -> String {
        if case StoreError.invalid(let problems) = error { return problems.map(\.message).joined(separator: " ") }
        return "\(error)"
    }

    // MARK: view

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        state.nowMinute = FrontDeskTime.minute(of: env.now, in: env.zone)
        state.visibleRows = Table.bodyRows(forHeight: DaySheetView.tableRect(in: rect).height)
        DaySheetView(state: state, zone: env.zone).render(into: &buffer, in: rect, theme: theme)
    }

    /// Under a prompt or a chooser the day sheet's keys do not act, so none are offered.
    func renderFooter(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        (state.modal == nil ? state.keymap : Keymap([])).renderFooter(into: &buffer, in: rect, theme: theme)
    }

    func renderOverlay(into buffer: inout ScreenBuffer, theme: Theme) {
        guard let modal = state.modal else { return }
        let area = buffer.area, ascii = env.asciiBorders
        switch modal {
        case .reason(let prompt, _, _): prompt.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .reschedule(let dialog): dialog.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .confirmOverlap(let confirm, _), .confirmRevert(let confirm, _), .sweep(let confirm, _):
            buffer.cursor = nil
            confirm.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .chooseSite(let chooser), .chooseCaseworker(let chooser):
            Dropdown.renderPopup(chooser, anchor: Rect(x: 2, y: 2, width: 30, height: 1), into: &buffer, theme: theme, ascii: ascii)
        }
    }
}
