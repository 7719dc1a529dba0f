import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Walk-in: search before add, then one save creates (if new) and checks in a same-day appointment.
@MainActor final class WalkInScreen: Screen {
    private let env: AppEnvironment
    private(set) var state: WalkInState

    init(env: AppEnvironment) {
        self.env = env
        state = WalkInState(today: env.today, siteID: env.actor.siteID)
    }

    var title: String { "Walk-in" }
    var hasUnsavedInput: Bool { state.isDirty }
    var isEditingText: Bool { state.phase != .search || !state.picker.listFocused }
    var helpKeymap: Keymap<Int> { state.keymap.forHelp }

    func handle(_ event: ScreenEvent) -> [AppCommand] {
        switch event {
        case .reload, .reappeared: return prepare()
        case .key(let key):
            if state.duplicateReason != nil { return answerReason(key) }
            if let dialog = state.confirmDuplicate { return answerDuplicate(dialog, key) }
            return state.phase == .search ? handleSearch(key) : handleDetails(key)
        }
    }

    // MARK: update

    private func handleSearch(_ key: Key) -> [AppCommand] {
        let typing = !state.picker.listFocused
        if key == .ctrl("n") || (!typing && key == .char("n")) {
            if let reason = state.newClientRefusal { return [.status(reason, isError: true)] }
            state.startDetails(for: nil)
            return []
        }
        switch state.picker.handle(key) {
        case .none: return []
        case .cancelled: return [.back]
        case .searchChanged: return search()
        case .picked(let client): state.startDetails(for: client); return []
        }
    }

    private func handleDetails(_ key: Key) -> [AppCommand] {
        if key == .up || key == .down, !dropdownOpen {
            return handleDetails(key == .up ? .backTab : .tab)
        }
        let lastField = state.form.focusedID == WalkInState.ID.purpose
        if key == .enter, lastField { return checkIn() }
        switch state.form.handle(key, width: 60) {
        case .submitted: return checkIn()
        case .cancelled:
            state.phase = .search
            return []
        default: return []
        }
    }

    private var dropdownOpen: Bool {
        guard let id = state.form.focusedID, case .dropdown(let d)? = state.form[id]?.control else { return false }
        return d.isOpen
    }

    // MARK: effects

    private func prepare() -> [AppCommand] {
        do {
            if state.caseworkers.isEmpty {
                state.caseworkers = try env.db.bookableStaff()
                state.sites = try env.db.sites()
                if state.siteID == nil { state.siteID = state.sites.first?.id }
            }
            return state.phase == .search ? search() : []
        } catch {
            return [.status("Could not load the caseworkers: \(error)", isError: true)]
        }
    }

    private func search() -> [AppCommand] { state.picker.refresh(from: env.db, by: env.actor) }

    private func answerDuplicate(_ dialog: ConfirmDialog, _ key: Key) -> [AppCommand] {
        switch dialog.answer(for: key) {
        case .yes:
            state.confirmDuplicate = nil
            if let match = state.pendingDuplicate {
                state.duplicateReason = (DuplicateConfirmation.reasonDialog(clientID: match.clientID, clientName: match.clientName),
                                         match.clientID, match.clientName)
            }
            return []
        case .no: state.confirmDuplicate = nil; return [.status(DuplicateConfirmation.keptWalkIn, isError: false)]
        case nil: return []
        }
    }

    /// Why this walk-in is a different person (issue #19: kept with the new client).
    private func answerReason(_ key: Key) -> [AppCommand] {
        guard var asking = state.duplicateReason else { return [] }
        switch asking.dialog.handle(key) {
        case .cancel: state.duplicateReason = nil; return [.status(DuplicateConfirmation.keptWalkIn, isError: false)]
        case .none: state.duplicateReason = asking; return []
        case .submit:
            let reason = asking.dialog.text("duplicateReason")
            guard !reason.isEmpty else {
                asking.dialog.error = "Say why this is a different person: the reason is kept."
                state.duplicateReason = asking
                return [.status("Not checked in: say why this is a different person.", isError: true)]
            }
            state.duplicateReason = nil
            return checkIn(allowingDuplicate: true, reason: reason)
        }
    }

    private func checkIn(allowingDuplicate: Bool = false, reason: String? = nil) -> [AppCommand] {
        let draft = state.draftClient()
        var problems = draft.problems
        let caseworker = state.chosenCaseworker
        if caseworker == nil { problems[WalkInState.ID.caseworker] = "Choose who will see the client." }
        guard problems.isEmpty, let caseworker, let staffID = caseworker.id, let siteID = state.siteID else {
            state.form.setErrors(problems)
            return [.status(problems.isEmpty ? "No site to check in at: ask an administrator to add one." :
                                "Fix the marked fields, then ^S to check in.", isError: true)]
        }
        guard case .details(let existing) = state.phase else { return [] }
        do {
            let result = try env.db.checkInWalkIn(
                clientID: existing?.id, newClient: draft.client, staffID: staffID, siteID: siteID, day: env.today,
                startMinute: FrontDeskTime.minute(of: env.now, in: env.zone),
                purpose: state.form.values[WalkInState.ID.purpose] ?? "Walk-in", now: env.now, by: env.actor,
                allowingDuplicate: allowingDuplicate, duplicateReason: reason)
            let who = result.client.displayName + (result.isNewClient ? " (new client)" : "")
            state.initialValues = state.form.values
            return [.back, .status("Checked in \(who) as a walk-in with \(caseworker.fullName) at \(result.appointment.startText)", isError: false)]
        } catch StoreError.exactDuplicate(let clientID, let clientName) {
            state.confirmDuplicate = DuplicateConfirmation.dialog(clientID: clientID, clientName: clientName)
            state.pendingDuplicate = (clientID, clientName)
            return [.status("\(clientName) may already be registered: y creates anyway (with the reason), n goes back.", isError: true)]
        } catch StoreError.invalid(let found) {
            var errors: [String: String] = [:]
            for p in found { errors[state.form[p.field] != nil ? p.field : WalkInState.ID.purpose] = p.message }
            state.form.setErrors(errors)
            return [.status("Fix the marked fields, then ^S to check in.", isError: true)]
        } catch {
            return [.status("Not checked in: \(error)", isError: true)]
        }
    }

    // MARK: view

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        WalkInView.render(&state, into: &buffer, in: rect, theme: theme)
    }

    func renderFooter(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        state.keymap.renderFooter(into: &buffer, in: rect, theme: theme)
    }

    func renderOverlay(into buffer: inout ScreenBuffer, theme: Theme) {
        if let asking = state.duplicateReason {
            asking.dialog.render(into: &buffer, in: buffer.area, theme: theme, ascii: env.asciiBorders)
            return
        }
        guard let dialog = state.confirmDuplicate else { return }
        buffer.cursor = nil
        dialog.render(into: &buffer, in: buffer.area, theme: theme, ascii: env.asciiBorders)
    }
}
