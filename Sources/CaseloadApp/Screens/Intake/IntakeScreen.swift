import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Registers a new client (searching for duplicates as the names are typed) or edits one.
/// The effects below are the only place this screen touches the store.
@MainActor final class IntakeScreen: Screen {
    private let env: AppEnvironment
    private(set) var state: IntakeState

    init(env: AppEnvironment, clientID: Int64?) {
        self.env = env
        state = IntakeState(clientID: clientID, today: env.today)
    }

    var title: String { state.isNew ? "New client" : "Edit client" }
    var hasUnsavedInput: Bool { state.isDirty }
    /// Every printable key is text in a form, so global letter keys (q, ?) stay off.
    var isEditingText: Bool { true }
    var helpKeymap: Keymap<Int> { state.keymap.forHelp }
    var draftToKeep: FormDraft? { state.draftToKeep(now: env.now) }

    // MARK: update

    func handle(_ event: ScreenEvent) -> [AppCommand] {
        switch event {
        case .reload, .reappeared: return state.isReady ? checkForChanges() : prepare()
        case .key(let key): return handleKey(key)
        }
    }

    private func handleKey(_ key: Key) -> [AppCommand] {
        if let offer = state.draftOffer {
            guard let done = env.answer(offer, with: key, restore: { state.restore($0.fields) }) else { return [] }
            state.draftOffer = nil
            return done + (state.isNew ? searchDuplicates() : [])
        }
        if let dialog = state.confirmDiscard {
            switch dialog.answer(for: key) {
            case .yes: state.confirmDiscard = nil; return [.back]
            case .no: state.confirmDiscard = nil; return [.status("Kept your typing.", isError: false)]
            case nil: return []
            }
        }
        if var asking = state.duplicateReason {
            switch asking.dialog.handle(key) {
            case .cancel: state.duplicateReason = nil; return [.status(DuplicateConfirmation.keptForm, isError: false)]
            case .none: state.duplicateReason = asking; return []
            case .submit:
                let reason = asking.dialog.text("duplicateReason")
                guard !reason.isEmpty else {
                    asking.dialog.error = "Say why this is a different person: the reason is kept."
                    state.duplicateReason = asking
                    return [.status("Not saved: say why this is a different person.", isError: true)]
                }
                state.duplicateReason = nil
                return save(allowingDuplicate: true, reason: reason)
            }
        }
        if let dialog = state.confirmDuplicate {
            switch dialog.answer(for: key) {
            case .yes:
                state.confirmDuplicate = nil
                if let match = state.pendingDuplicate {
                    state.duplicateReason = (DuplicateConfirmation.reasonDialog(clientID: match.clientID, clientName: match.clientName),
                                             match.clientID, match.clientName)
                }
                return []
            case .no: state.confirmDuplicate = nil; return [.status(DuplicateConfirmation.keptForm, isError: false)]
            case nil: return []
            }
        }
        guard state.isReady else { return key == .escape ? [.back] : [] }
        // An open dropdown is modal: it gets every key (^N/^P move in it).
        if !state.focusedDropdownIsOpen {
            switch state.keymap.lookup(key) {
            case .run(.save): return save()
            case .run(.openDuplicate): return state.duplicates.selected.map { [.replace(.profile(clientID: $0.id, tab: .summary))] } ?? []
            case .run(.nextDuplicate): state.duplicates.move(by: 1, visibleRows: 3); return []
            case .run(.previousDuplicate): state.duplicates.move(by: -1, visibleRows: 3); return []
            case .disabled(let reason) where key == .function(5) || key == .ctrl("n") || key == .ctrl("p"):
                return [.status(reason, isError: true)]
            default: break
            }
        }
        let before = (state.nameQuery, state.typedBirthDate)
        let hadErrors = state.form.hasErrors
        switch state.form.handle(key, width: state.formWidth) {
        case .cancelled: return cancel()
        case .submitted: return save()
        case .ignored where key == .up: state.moveFocus(by: -1)
        case .ignored where key == .down: state.moveFocus(by: 1)
        default: break
        }
        state.syncAttestation()
        let fixed = FixedFieldsNotice.commands(hadErrors: hadErrors, form: state.form)
        if state.isNew, before.0 != state.nameQuery { return fixed + searchDuplicates() }
        if before.1 != state.typedBirthDate { state.duplicates.reorder(born: state.typedBirthDate) }
        return fixed
    }

    private func cancel() -> [AppCommand] {
        guard state.isDirty else { return [.back] }
        state.confirmDiscard = ConfirmDialog(
            title: state.isNew ? "Discard this new client?" : "Discard your changes?",
            message: ["What you typed has not been saved and will be lost.", "y discards it; n or Esc goes back to the form."],
            defaultAnswer: .no)
        return []
    }

    // MARK: effects

    private func prepare() -> [AppCommand] {
        do {
            var caseworkers = try env.db.listStaff(includeInactive: false).filter { $0.role == .caseworker }
            var client: Client?
            if let id = state.clientID {
                let stored = try env.db.client(id: id, by: env.actor)
                // A client may belong to someone no longer active: keep them choosable, so saving changes nothing there.
                if let worker = stored.caseworkerID, !caseworkers.contains(where: { $0.id == worker }),
                   var member = try env.db.staff(id: worker) {
                    member.fullName += " (inactive)"
                    caseworkers.append(member)
                }
                client = stored
            }
            state.prepare(client: client, caseworkers: caseworkers, actor: env.actor)
            state.draftOffer = env.draftOffer(state.draftKey, what: state.isNew ? "new client" : "changes to this client")
            return []
        } catch {
            return [.back, .status("Could not open the form: \(ClientProfileScreen.message(error))", isError: true)]
        }
    }

    /// Another terminal committed: warn if it was this client, since saving will then be refused.
    private func checkForChanges() -> [AppCommand] {
        guard let original = state.original, let id = original.id,
              let stored = try? env.db.client(id: id, by: env.actor), stored.version != original.version else {
            return state.isNew ? searchDuplicates(force: true) : []
        }
        return [.status("Someone else saved this client while you were editing; ^S will be refused. Esc, then e, to see their change.", isError: true)]
    }

    private func searchDuplicates(force: Bool = false) -> [AppCommand] {
        let query = state.nameQuery
        guard force || query != state.duplicates.query else { return [] }
        guard !query.isEmpty else { state.duplicates.update([], query: "", born: nil); return [] }
        do {
            let found = try env.db.searchClients(query: query, limit: 20, by: env.actor)
            state.duplicates.update(found, query: query, born: state.typedBirthDate)
            return []
        } catch {
            return [.status("Could not search for duplicates: \(ClientProfileScreen.message(error))", isError: true)]
        }
    }

    private func save(allowingDuplicate: Bool = false, reason: String? = nil) -> [AppCommand] {
        let problems = state.problems()
        if !problems.isEmpty {
            let unplaced = state.show(problems)
            return [.status(IntakeState.summary(count: problems.count, unplaced: unplaced), isError: true)]
        }
        let draft = state.draft
        do {
            if state.isNew {
                let saved = try env.db.createClient(draft, by: env.actor, today: env.today, allowingDuplicate: allowingDuplicate,
                                                    duplicateReason: reason)
                state.initialValues = state.form.values
                return [.replace(.profile(clientID: saved.id ?? 0, tab: .summary)), .status("Saved: \(saved.sortName) added.", isError: false)]
            }
            let saved = try env.db.updateClient(draft, by: env.actor, today: env.today)
            state.initialValues = state.form.values
            return [.back, .status("Saved \(saved.sortName).", isError: false)]
        } catch StoreError.invalid(let problems) {
            let byField = Dictionary(problems.map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a })
            let unplaced = state.show(byField)
            return [.status(IntakeState.summary(count: byField.count, unplaced: unplaced), isError: true)]
        } catch StoreError.exactDuplicate(let clientID, let clientName) {
            state.confirmDuplicate = DuplicateConfirmation.dialog(clientID: clientID, clientName: clientName)
            state.pendingDuplicate = (clientID, clientName)
            return [.status("\(clientName) may already be registered: y creates anyway (with the reason), n goes back.", isError: true)]
        } catch StoreError.notPermitted(.reassignClient) {
            _ = state.show([IntakeForm.ID.caseworker: Permission.reassignClient.refusal + " Put the caseworker back, or ask a supervisor."])
            return [.status("Not saved: \(Permission.reassignClient.refusal)", isError: true)]
        } catch {
            // Stale version and the rest: the store's words; the typed text stays in the form.
            return [.status("Not saved: \(ClientProfileScreen.message(error)) Your typing is kept.", isError: true)]
        }
    }

    // MARK: view

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        IntakeView(state: state, ascii: env.asciiBorders).render(into: &buffer, in: rect, theme: theme)
        state.formWidth = IntakeView.layout(state, in: rect).form.width
    }

    func renderFooter(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        if state.draftOffer != nil { return DraftOffer.keymap.renderFooter(into: &buffer, in: rect, theme: theme) }
        state.keymap.renderFooter(into: &buffer, in: rect, theme: theme)
    }

    func renderOverlay(into buffer: inout ScreenBuffer, theme: Theme) {
        if let asking = state.duplicateReason {
            asking.dialog.render(into: &buffer, in: buffer.area, theme: theme, ascii: env.asciiBorders)
            return
        }
        guard let dialog = state.draftOffer?.dialog ?? state.confirmDiscard ?? state.confirmDuplicate else { return }
        buffer.cursor = nil
        dialog.render(into: &buffer, in: buffer.area, theme: theme, ascii: env.asciiBorders)
    }
}
