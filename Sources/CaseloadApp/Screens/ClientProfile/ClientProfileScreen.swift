import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// One client on eight tabs. Keys change `state`; the effects below are the only place the store
/// is read or written.
@MainActor final class ClientProfileScreen: Screen {
    private let env: AppEnvironment
    private(set) var state: ClientProfileState
    /// The key that closed a modal must not reach the shell too (Esc would also leave the screen).
    private var swallowKey = false
    /// Opening the profile is one view in the access log; reloads (another terminal saved) are not.
    private var viewRecorded = false

    init(env: AppEnvironment, clientID: Int64, tab: ProfileTab) {
        self.env = env
        state = ClientProfileState(clientID: clientID, role: env.actor.role, tab: tab)
    }

    var title: String { state.data.map { "Client · \($0.summary.sortName)" } ?? "Client" }
    var hasUnsavedInput: Bool {
        if case .link(let dialog) = state.modal { return dialog.field.text != (state.data?.summary.camsReference ?? "") }
        if case .checkpoint = state.modal { return true }
        return false
    }
    var isEditingText: Bool { state.modal != nil || swallowKey || state.notesTab.isCapturingKeys }
    var helpKeymap: Keymap<Int> {
        if case .note? = state.modal { return NotePager.keymap.forHelp }
        return state.keymap.forHelp
    }

    // MARK: update

    /// Someone committed (issue #23): reload only when it concerns this client.
    func changed(_ change: DatabaseChange) -> [AppCommand] {
        change.concerns(clientID: state.clientID) ? handle(.reload) : []
    }

    func handle(_ event: ScreenEvent) -> [AppCommand] {
        swallowKey = false
        switch event {
        case .reload: return reload()
        case .reappeared:
            // Back from the note form: the note just written is selected, so `a` amends that one.
            let known = Set(state.data?.notes?.map(\.id) ?? [])
            let commands = reload()
            state.selectFirstNote(notIn: known)
            return commands
        case .key(let key): return handleKey(key)
        }
    }

    private func handleKey(_ key: Key) -> [AppCommand] {
        if let modal = state.modal { return handleModal(modal, key) }
        if state.notesTab.isCapturingKeys { return handleNotesFilterKey(key) }
        switch state.keymap.lookup(key) {
        case .run(let action): return run(action, key: key)
        case .disabled(let reason): return [.status(reason, isError: true)]
        case .unbound: _ = state.navigate(key); return []
        }
    }

    private func run(_ action: ClientProfileAction, key: Key) -> [AppCommand] {
        switch action {
        case .tabNumber:
            guard case .char(let c) = key, let n = c.wholeNumberValue else { return [] }
            if let refusal = state.choose(number: n) { return [.status(refusal, isError: true)] }
            return openedHistory()
        case .nextTab: state.move(by: 1); return openedHistory()
        case .previousTab: state.move(by: -1); return openedHistory()
        case .edit: return [.open(.intake(clientID: state.clientID))]
        case .linkCams:
            state.modal = .link(LinkCamsDialog(current: state.data?.summary.camsReference, clientName: state.clientName))
        case .reassign: return openReassign()
        case .grantAccess: return openGrant()
        case .readNote: return openNote()
        case .newNote: return [.open(.noteEntry(clientID: state.clientID, amends: nil))]
        case .amendNote: return state.selectedNote.map { [.open(.noteEntry(clientID: state.clientID, amends: $0.id))] } ?? []
        case .planEditor: return [.open(.planEditor(clientID: state.clientID))]
        case .book: return [.open(.booking(clientID: state.clientID))]
        case .recordJob: return [.open(.employmentEntry(clientID: state.clientID))]
        case .recordCheckpoint: return openCheckpoint()
        case .navigate: _ = state.navigate(key)
        case .notes(let action): return runNotesAction(action)
        }
        return []
    }

    private func handleModal(_ modal: ClientProfileState.Modal, _ key: Key) -> [AppCommand] {
        switch modal {
        case .link(var dialog):
            switch dialog.handle(key) {
            case .none: state.modal = .link(dialog)
            case .cancel: close(); return [.status("CaMS reference not changed.", isError: false)]
            case .submit(let text): return link(text, dialog: dialog)
            }
        case .reassign(var chooser):
            switch chooser.handle(key) {
            case .none: state.modal = .reassign(chooser)
            case .cancel: close(); return [.status("Not reassigned.", isError: false)]
            case .choose(let caseworker): return reassign(to: caseworker)
            }
        case .grant(var chooser):
            switch chooser.handle(key) {
            case .none: state.modal = .grant(chooser)
            case .cancel: close(); return [.status("No access granted.", isError: false)]
            case .choose(let caseworker): return grant(to: caseworker)
            }
        case .note(var pager):
            switch pager.handle(key) {
            case .none: state.modal = .note(pager)
            case .close: close()
            }
        case .checkpoint(var entry):
            switch entry.dialog.handle(key) {
            case .none: state.modal = .checkpoint(entry)
            case .cancel: close(); return [.status("Checkpoint not recorded.", isError: false)]
            case .submit: return recordCheckpoint(entry)
            }
        }
        return []
    }

    private func close() { state.modal = nil; swallowKey = true }

    // MARK: effects (the only place this screen touches the database)

    /// How many times the profile was read again (tests count them).
    private(set) var reloads = 0

    private func reload() -> [AppCommand] {
        reloads += 1
        do {
            state.replaceData(try ProfileLoader.load(clientID: state.clientID, env: env))
            if !viewRecorded { env.recordAccess(.viewProfile, clientID: state.clientID); viewRecorded = true }
            return refreshNoteSearch()
        } catch let error as StoreError {
            state.loadError = error.message
            return [.status("Could not load this client: \(error.message)", isError: true)]
        } catch {
            state.loadError = "\(error)"
            return [.status("Could not load this client: \(error)", isError: true)]
        }
    }

    /// The History tab is read afresh when it is chosen, with this session's queued views written
    /// first, so it includes the opening of this very profile.
    private func openedHistory() -> [AppCommand] {
        guard state.tab == .history else { return [] }
        do { try env.accessLog.flush(db: env.db, by: env.actor) } catch {
            return reload() + [.status("The history may miss your latest views: \(Self.message(error))", isError: true)]
        }
        return reload()
    }

    private func link(_ text: String, dialog: LinkCamsDialog) -> [AppCommand] {
        guard let client = state.client else { return [] }
        var dialog = dialog
        do {
            let saved = try env.db.linkCamsReference(text, to: client, by: env.actor)
            close()
            _ = reload()
            return [.status("CaMS reference \(saved.camsReference ?? text) linked to \(state.clientName).", isError: false)]
        } catch let error as StoreError {
            // Keep what was typed; after a stale version, reload so the next Enter uses fresh data.
            dialog.error = Self.message(error)
            state.modal = .link(dialog)
            if case .staleVersion = error { _ = reload() }
            return [.status(dialog.error ?? error.message, isError: true)]
        } catch {
            dialog.error = "\(error)"; state.modal = .link(dialog)
            return [.status("Could not link: \(error)", isError: true)]
        }
    }

    private func openReassign() -> [AppCommand] {
        do {
            let caseworkers = try ProfileLoader.caseworkers(env: env)
            guard !caseworkers.isEmpty else {
                return [.status("There is no active caseworker to reassign to: add one first (caseload staff add).", isError: true)]
            }
            state.modal = .reassign(ReassignChooser(caseworkers: caseworkers, current: state.client?.caseworkerID,
                                                    clientName: state.clientName))
            return []
        } catch {
            return [.status("Could not list caseworkers: \(Self.message(error))", isError: true)]
        }
    }

    private func reassign(to caseworker: StaffMember) -> [AppCommand] {
        guard let client = state.client else { return [] }
        close()
        if client.caseworkerID == caseworker.id {
            return [.status("\(state.clientName) is already with \(caseworker.fullName); nothing changed.", isError: false)]
        }
        do {
            _ = try env.db.reassignClient(client, toCaseworker: caseworker.id, by: env.actor)
            _ = reload()
            return [.status("\(state.clientName) reassigned to \(caseworker.fullName).", isError: false)]
        } catch {
            if case StoreError.staleVersion = error { _ = reload() }
            return [.status(Self.message(error), isError: true)]
        }
    }

    /// The caseworkers of other sites than the client's: the only ones a grant changes anything for.
    private func openGrant() -> [AppCommand] {
        guard let client = state.client else { return [] }
        guard let site = client.siteID else {
            return [.status("\(state.clientName) has no site, so every caseworker may already open this client.", isError: false)]
        }
        do {
            let others = try ProfileLoader.caseworkers(env: env).filter { $0.siteID != site }
            guard !others.isEmpty else {
                return [.status("Every active caseworker is at \(state.data?.siteName ?? "this client's site"): nobody needs a grant.", isError: false)]
            }
            var chooser = ReassignChooser(caseworkers: others, current: nil, clientName: state.clientName)
            chooser.title = "Grant access"
            // Each with their site, so the supervisor sees why this person needs the grant.
            let sites = Dictionary(uniqueKeysWithValues: try env.db.sites().compactMap { s in s.id.map { ($0, s.name) } })
            chooser.dropdown = DropdownState(options: others.map { w in "\(w.fullName) (\(w.siteID.flatMap { sites[$0] } ?? "no site"))" },
                                             selectedIndex: nil, maxVisibleOptions: 10)
            chooser.dropdown.open()
            chooser.prompt = "Let this caseworker open \(state.clientName):"
            state.modal = .grant(chooser)
            return []
        } catch {
            return [.status("Could not list caseworkers: \(Self.message(error))", isError: true)]
        }
    }

    private func grant(to caseworker: StaffMember) -> [AppCommand] {
        close()
        guard let id = caseworker.id else { return [] }
        do {
            let granted = try env.db.grantClientAccess(clientID: state.clientID, to: id, by: env.actor)
            return [.status(granted ? "\(caseworker.fullName) may now open \(state.clientName)."
                                    : "\(caseworker.fullName) could already open \(state.clientName); nothing changed.", isError: false)]
        } catch {
            return [.status(Self.message(error), isError: true)]
        }
    }

    private func openNote() -> [AppCommand] {
        guard let header = state.selectedNote else { return [] }
        do {
            let thread = try env.db.noteThread(id: header.id, by: env.actor)
            // The pager shows the whole thread (the original and its amendments): each note is read.
            for note in thread { env.recordAccess(.readNote, clientID: state.clientID, noteID: note.id) }
            let authors = Dictionary((state.data?.notes ?? []).map { ($0.authorID, $0.authorName) }, uniquingKeysWith: { a, _ in a })
            state.modal = .note(NotePager(thread: thread, focusID: header.id, authorNames: authors, calendar: state.data?.noteCalendar))
            return []
        } catch {
            return [.status("Could not open the note: \(Self.message(error))", isError: true)]
        }
    }

    private func openCheckpoint() -> [AppCommand] {
        guard let row = state.selectedCheckpoint else { return [] }
        do {
            let methods = try env.db.valueList(.contactMethod).map(\.value)
            state.modal = .checkpoint(CheckpointDialog(checkpoint: row.checkpoint, job: row.job.employment, employerName: row.job.employerName,
                                                       contactMethods: methods, today: env.today))
            return []
        } catch {
            return [.status("Could not open the checkpoint: \(Self.message(error))", isError: true)]
        }
    }

    /// Records the checkpoint; its R-08 follow-up is done once `recordedOn` is set.
    private func recordCheckpoint(_ entry: CheckpointDialog) -> [AppCommand] {
        var entry = entry
        do {
            let (answer, day) = try entry.answer()
            let saved = try env.db.recordCheckpoint(answer, on: day, by: env.actor, today: env.today)
            close()
            _ = reload()
            return [.status("Recorded the \(saved.month.label) checkpoint (\(day.long)); its follow-up is done.", isError: false)]
        } catch StoreError.invalid(let problems) {
            entry.dialog.show(problems)
        } catch {
            entry.dialog.error = Self.message(error)
            if case StoreError.staleVersion = error { _ = reload() }
        }
        state.modal = .checkpoint(entry)
        return [.status("Not recorded: \(entry.dialog.error ?? "fix the marked field").", isError: true)]
    }

    // MARK: Notes tab filters (the words are matched by the store, for roles that read notes)

    private func runNotesAction(_ action: NotesTabAction) -> [AppCommand] {
        let notes = state.data?.notes ?? []
        switch action {
        case .filterType: state.notesTab.openChooser(.type, notes: notes)
        case .filterCommunication: state.notesTab.openChooser(.communication, notes: notes)
        case .filterAuthor: state.notesTab.openChooser(.author, notes: notes)
        case .search: state.notesTab.isSearching = true
        case .clearFilters: state.notesTab.clear(); state.lists[.notes] = ListState()
        }
        return []
    }

    private func handleNotesFilterKey(_ key: Key) -> [AppCommand] {
        if state.notesTab.chooser != nil {
            if state.notesTab.handleChooser(key) { state.lists[.notes] = ListState() }
            return []
        }
        switch state.notesTab.search.handle(key, width: 50) {
        case .changed:
            state.lists[.notes] = ListState()
            return refreshNoteSearch()
        case .submitted: state.notesTab.isSearching = false
        case .cancelled:
            state.notesTab.search.text = ""; state.notesTab.isSearching = false
            return refreshNoteSearch()
        default: break
        }
        return []
    }

    private func refreshNoteSearch() -> [AppCommand] {
        let words = state.notesTab.searchWords
        guard !words.isEmpty, env.can(.readNoteBodies) else { state.notesTab.matchingIDs = nil; return [] }
        do {
            state.notesTab.matchingIDs = try env.db.noteIDs(clientID: state.clientID, matching: words, by: env.actor)
            return []
        } catch {
            return [.status("Could not search the notes: \(Self.message(error))", isError: true)]
        }
    }

    /// The store's own words; field problems without the field ids.
    static func message(_ error: any Error) -> String {
        guard let store = error as? StoreError else { return "\(error)" }
        if case .invalid(let problems) = store { return problems.map(\.message).joined(separator: " ") }
        return store.message
    }

    // MARK: view

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        let view = ClientProfileView(state: state, format: ProfileFormat(today: env.today, zone: env.zone), now: env.now)
        view.render(into: &buffer, in: rect, theme: theme)
        let body = ClientProfileView.bodyRect(in: rect)
        state.visibleRows = Table.bodyRows(forHeight: view.tableRect(in: body).height)
        state.maxScroll = view.maxScroll(in: body)
        if case .note(var pager) = state.modal {
            buffer.cursor = nil
            pager.render(into: &buffer, in: body, theme: theme, format: view.format, ascii: env.asciiBorders)
            state.modal = .note(pager)
        }
    }

    /// The keys that act now: the note viewer's while it is open; none under a dialog (its own
    /// hint line says Enter and Esc); else the profile's.
    func renderFooter(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        switch state.modal {
        case .note?: NotePager.keymap.renderFooter(into: &buffer, in: rect, theme: theme)
        case .link?, .reassign?, .grant?, .checkpoint?: Keymap<Int>([]).renderFooter(into: &buffer, in: rect, theme: theme)
        case nil: state.keymap.renderFooter(into: &buffer, in: rect, theme: theme)
        }
    }

    func renderOverlay(into buffer: inout ScreenBuffer, theme: Theme) {
        let area = buffer.area.inset(top: 1, bottom: 2)
        switch state.modal {
        case .link(let dialog): dialog.render(into: &buffer, in: area, theme: theme, ascii: env.asciiBorders)
        case .reassign(let chooser), .grant(let chooser): chooser.render(into: &buffer, in: area, theme: theme, ascii: env.asciiBorders)
        case .checkpoint(let entry): entry.dialog.render(into: &buffer, in: area, theme: theme, ascii: env.asciiBorders)
        case .note, nil: break
        }
        if let chooser = state.notesTab.chooser {
            let body = ClientProfileView.bodyRect(in: area)
            Dropdown.renderPopup(chooser.dropdown, anchor: Rect(x: body.x, y: body.y, width: 30, height: 1), into: &buffer, theme: theme)
        }
    }
}
