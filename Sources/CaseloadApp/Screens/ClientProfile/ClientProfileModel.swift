import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// One client on eight tabs. Keys change `state`; every read and write is an effect (see
/// ClientProfileEffects.swift), so `update` stays pure.
struct ClientProfileModel: ScreenModel {
    let context: ScreenContext
    private(set) var state: ClientProfileState
    /// Draw boxes with ASCII (the terminal's character set is not UTF-8).
    let asciiBorders: Bool
    /// The content area of the last layout: rows and scroll limits follow from it and the state.
    private var laidOutIn: Rect?
    /// The checkpoint whose form opens once the profile is read (F3's `c` on an R-08 item).
    private var openingCheckpoint: Int64?

    init(context: ScreenContext, clientID: Int64, tab: ProfileTab, asciiBorders: Bool = false, openingCheckpoint: Int64? = nil) {
        self.context = context
        self.asciiBorders = asciiBorders
        self.openingCheckpoint = openingCheckpoint
        state = ClientProfileState(clientID: clientID, role: context.actor.role, tab: tab)
    }

    var title: String { state.data.map { "Client · \($0.summary.sortName)" } ?? "Client" }
    var hasUnsavedInput: Bool {
        if case .link(let dialog) = state.modal { return dialog.field.text != (state.data?.summary.camsReference ?? "") }
        switch state.modal {
        case .checkpoint?: return true
        case .correctJob(let entry)?: return entry.dialog.hasTypedText
        case .endJob(let entry)?: return entry.dialog.hasTypedText
        case .reassignReason(let prompt, _)?: return prompt.hasTypedText
        case .reassignConfirm(let confirmation)?: return confirmation.prompt.hasTypedText
        case .merge(let dialog)?: return !dialog.isPicking
        default: return false
        }
    }
    var isEditingText: Bool { state.modal != nil || state.notesTab.isCapturingKeys }
    var format: ProfileFormat { ProfileFormat(today: context.today, zone: context.zone) }

    /// The keys that act now: the note viewer's while it is open; none under a dialog (its own
    /// hint line says Enter and Esc); else the profile's.
    var footerKeys: Keymap<Int> {
        switch state.modal {
        case .note?: return NotePager.keymap.forHelp
        case .link?, .reassign?, .grant?, .checkpoint?, .correctJob?, .endJob?, .reassignReason?, .reassignConfirm?, .merge?: return Keymap<Int>([])
        case nil: return state.keymap.forHelp
        }
    }
    var helpKeys: Keymap<Int> {
        if case .note? = state.modal { return NotePager.keymap.forHelp }
        return state.keymap.forHelp
    }

    /// Someone committed (issue #23): read the profile again only when it concerns this client.
    mutating func update(changed change: DatabaseChange) -> [Effect<ClientProfileMessage>] {
        guard change.concerns(clientID: state.clientID) else { return [] }
        reloadsForChanges += 1
        return update(.reload)
    }

    /// How many committed changes made this profile read again (tests count them).
    private(set) var reloadsForChanges = 0

    mutating func update(_ input: ScreenInput<ClientProfileMessage>) -> [Effect<ClientProfileMessage>] {
        if case .idle = input { return [] }
        let effects = respond(to: input)
        layOut()
        return effects
    }

    private mutating func respond(to input: ScreenInput<ClientProfileMessage>) -> [Effect<ClientProfileMessage>] {
        switch input {
        case .reload, .summoned: return [load()]
        case .reappeared:
            // Back from the note form: the note just written is selected, so `a` amends that one.
            return [load(knownNotes: Set(state.data?.notes?.map(\.id) ?? []))]
        case .laidOut(let rect): laidOutIn = rect; return []
        case .key(let key): return handle(key)
        case .loaded(let message): return loaded(message)
        case .failed(let failure): return failed(failure)
        case .idle: return []
        }
    }

    private func load(knownNotes: Set<Int64>? = nil) -> Effect<ClientProfileMessage> {
        .loadProfile(state.clientID, searching: state.notesTab.searchWords, knownNotes: knownNotes, recordView: !state.viewRecorded)
    }

    // MARK: keys

    private mutating func handle(_ key: Key) -> [Effect<ClientProfileMessage>] {
        if let modal = state.modal { return handleModal(modal, key) }
        if state.notesTab.isCapturingKeys { return handleNotesFilterKey(key) }
        switch state.keymap.lookup(key) {
        case .run(let action): return run(action, key: key)
        case .disabled(let reason): return [.status(reason, isError: true)]
        case .unbound: return state.navigate(key) ? [.handled] : []
        }
    }

    private mutating func run(_ action: ClientProfileAction, key: Key) -> [Effect<ClientProfileMessage>] {
        switch action {
        case .tabNumber:
            guard case .char(let c) = key, let i = ProfileTab.index(forNumberKey: c) else { return [.handled] }
            if let refusal = state.choose(index: i) { return [.status(refusal, isError: true)] }
            return openedTab()
        case .nextTab: state.move(by: 1); return openedTab()
        case .previousTab: state.move(by: -1); return openedTab()
        case .edit: return [.open(.intake(clientID: state.clientID))]
        case .linkCams:
            state.modal = .link(LinkCamsDialog(current: state.data?.summary.camsReference, clientName: state.clientName))
            return [.handled]
        case .reassign: return [.listCaseworkersToReassign]
        case .grantAccess: return openGrant()
        case .readNote: return state.selectedNote.map { [.openNote($0.id, clientID: state.clientID)] } ?? [.handled]
        case .newNote: return [.open(.noteEntry(clientID: state.clientID, amends: nil))]
        case .amendNote: return state.selectedNote.map { [.open(.noteEntry(clientID: state.clientID, amends: $0.id))] } ?? [.handled]
        case .planEditor: return [.open(.planEditor(clientID: state.clientID))]
        case .book: return [.open(.booking(clientID: state.clientID))]
        case .recordJob: return [.open(.employmentEntry(clientID: state.clientID))]
        case .supports: return [.open(.supports(clientID: state.clientID))]
        case .assessment(let startsNew): return [.open(.assessmentEntry(clientID: state.clientID, startsNew: startsNew))]
        case .closeUnableToContact: return [.open(.statusAction(clientID: state.clientID, action: .closeUnableToContact))]
        case .reopen: return [.open(.statusAction(clientID: state.clientID, action: .reopen))]
        case .closeDeclined: return [.open(.statusAction(clientID: state.clientID, action: .closeDeclined))]
        case .referralsOut: return [.open(.referralsOut(clientID: state.clientID))]
        case .changeReferral:
            return state.selectedReferral.map { [.open(.referralsOut(clientID: state.clientID, changing: $0.id))] } ?? [.handled]
        case .recordCheckpoint: return state.selectedCheckpoint.map { [.openCheckpoint($0)] } ?? [.handled]
        case .correctJob: return state.selectedCheckpoint.map { [.openJobCorrection($0.job)] } ?? [.handled]
        case .endJob: return state.selectedCheckpoint.map { [.openJobEnd($0.job)] } ?? [.handled]
        case .navigate: _ = state.navigate(key); return [.handled]
        case .notes(let action): runNotesAction(action); return [.handled]
        case .merge: return openMerge()
        case .openKeptFile:
            return state.data?.mergedInto.map { [.open(.profile(clientID: $0.keptClientID, tab: .summary))] } ?? [.handled]
        }
    }

    /// Issue #19: the picker opens at once; this client's likely duplicates arrive from the store.
    private mutating func openMerge() -> [Effect<ClientProfileMessage>] {
        guard let data = state.data else { return [.handled] }
        let summary = data.summary
        state.modal = .merge(MergeDialog(keptID: state.clientID, keptName: summary.sortName))
        let name = [data.client?.firstName ?? summary.firstName, data.client?.lastName ?? summary.lastName].joined(separator: " ")
        return [.findMergeCandidates(name: name, born: summary.dateOfBirth)]
    }

    private mutating func handleMerge(_ dialog: MergeDialog, _ key: Key) -> [Effect<ClientProfileMessage>] {
        var dialog = dialog
        let outcome = dialog.handle(key)
        state.modal = .merge(dialog)
        switch outcome {
        case .none: return [.handled]
        case .cancel: state.modal = nil; return [.status("Not merged: nothing changed.", isError: false)]
        case .search(let query): return query.isEmpty ? [.handled] : [.searchMergeCandidates(query)]
        case .plan(let retire): return [.planMerge(keep: state.clientID, retire: retire)]
        case .missingReason: return [.status("Not merged: say why these two files are one person.", isError: true)]
        case .merge(let plan, let reason): return [.mergeFiles(plan, reason: reason)]
        }
    }

    /// The History tab is read afresh when it is chosen, with this session's queued views written
    /// first, so it includes the opening of this very profile.
    private func openedTab() -> [Effect<ClientProfileMessage>] {
        state.tab == .history ? [.writeQueuedViews] : [.handled]
    }

    /// A dialog keeps every key; the one that closes it is used up (Esc must not also leave the screen).
    private mutating func handleModal(_ modal: ClientProfileState.Modal, _ key: Key) -> [Effect<ClientProfileMessage>] {
        switch modal {
        case .link(var dialog):
            switch dialog.handle(key) {
            case .none: state.modal = .link(dialog)
            case .cancel: state.modal = nil; return [.status("CaMS reference not changed.", isError: false)]
            case .submit(let text):
                guard let client = state.client else { return [.handled] }
                return [.link(text, to: client)]
            }
        case .reassign(var chooser):
            switch chooser.handle(key) {
            case .none: state.modal = .reassign(chooser)
            case .cancel: state.modal = nil; return [.status("Not reassigned.", isError: false)]
            case .choose(let caseworker): return reassign(to: caseworker)
            }
        case .reassignReason(var prompt, let caseworker):
            switch prompt.handle(key) {
            case .none: state.modal = .reassignReason(prompt, to: caseworker)
            case .cancelled: state.modal = nil; return [.status("Not reassigned.", isError: false)]
            case .submitted(let reason, _):
                state.modal = .reassignReason(prompt, to: caseworker)
                return [.openWork(state.clientID, to: caseworker, reason: reason)]
            }
        case .reassignConfirm(let confirmation):
            switch confirmation.handle(key) {
            case .none: break
            case .back: state.modal = .reassignReason(confirmation.prompt, to: confirmation.to)
            case .confirm:
                guard let client = state.client else { return [.handled] }
                return [.reassign(client, to: confirmation.to, reason: confirmation.reason)]
            }
        case .grant(var chooser):
            switch chooser.handle(key) {
            case .none: state.modal = .grant(chooser)
            case .cancel: state.modal = nil; return [.status("No access granted.", isError: false)]
            case .choose(let caseworker):
                state.modal = nil
                guard let id = caseworker.id else { return [.handled] }
                return [.grant(state.clientID, to: caseworker, id: id)]
            }
        case .note(var pager):
            switch pager.handle(key) {
            case .none: state.modal = .note(pager)
            case .close: state.modal = nil
            }
        case .checkpoint(var entry):
            switch entry.dialog.handle(key) {
            case .none: state.modal = .checkpoint(entry)
            case .cancel: state.modal = nil; return [.status(entry.isCorrection ? "Checkpoint not corrected." : "Checkpoint not recorded.", isError: false)]
            case .submit: return recordCheckpoint(entry)
            }
        case .correctJob(let entry): return state.handleJobCorrection(entry, key)
        case .endJob(let entry): return state.handleJobEnd(entry, key)
        case .merge(let dialog): return handleMerge(dialog, key)
        }
        return [.handled]
    }

    /// The caseworker is chosen: next, why (required; the store audits it).
    private mutating func reassign(to caseworker: StaffMember) -> [Effect<ClientProfileMessage>] {
        state.modal = nil
        guard let client = state.client else { return [.handled] }
        if client.caseworkerID == caseworker.id {
            return [.status("\(state.clientName) is already with \(caseworker.fullName); nothing changed.", isError: false)]
        }
        var prompt = ReasonPrompt(title: "Why move \(state.clientName) to \(caseworker.fullName)?", isRequired: true)
        prompt.fixedOptions = ReassignConfirmation.commonReasons
        state.modal = .reassignReason(prompt, to: caseworker)
        return [.handled]
    }

    private func openGrant() -> [Effect<ClientProfileMessage>] {
        guard let client = state.client else { return [.handled] }
        guard let site = client.siteID else {
            return [.status("\(state.clientName) has no site, so every caseworker may already open this client.", isError: false)]
        }
        return [.listCaseworkersToGrant(otherThan: site)]
    }

    /// The dialog's own check first (nothing is written while a field is wrong), then the store.
    private mutating func recordCheckpoint(_ entry: CheckpointDialog) -> [Effect<ClientProfileMessage>] {
        var entry = entry
        do {
            let (answer, day) = try entry.answer()
            if entry.isCorrection { return [.correctCheckpoint(answer, on: day, reason: entry.correctionReason)] }
            return [.recordCheckpoint(answer, on: day)]
        } catch StoreError.invalid(let problems) {
            entry.dialog.show(problems)
        } catch {
            entry.dialog.error = UserSentence.describe(error)
        }
        state.modal = .checkpoint(entry)
        return [.status(entry.dialog.refusedStatus(entry.isCorrection ? "Not corrected" : "Not recorded"), isError: true)]
    }

    // MARK: Notes tab filters (the words are matched by the store, for roles that read notes)

    private mutating func runNotesAction(_ action: NotesTabAction) {
        let notes = state.data?.notes ?? []
        switch action {
        case .filterType: state.notesTab.openChooser(.type, notes: notes)
        case .filterCommunication: state.notesTab.openChooser(.communication, notes: notes)
        case .filterAuthor: state.notesTab.openChooser(.author, notes: notes)
        case .search: state.notesTab.isSearching = true
        case .clearFilters: state.notesTab.clear(); state.lists[.notes] = ListState()
        }
    }

    private mutating func handleNotesFilterKey(_ key: Key) -> [Effect<ClientProfileMessage>] {
        if state.notesTab.chooser != nil {
            if state.notesTab.handleChooser(key) { state.lists[.notes] = ListState() }
            return [.handled]
        }
        switch state.notesTab.search.handle(key, width: 50) {
        case .changed:
            state.lists[.notes] = ListState()
            return [.handled] + searchNotes()
        case .submitted: state.notesTab.isSearching = false
        case .cancelled:
            state.notesTab.search.text = ""; state.notesTab.isSearching = false
            return [.handled] + searchNotes()
        default: break
        }
        return [.handled]
    }

    /// The store matches the words; no words (or a role without note bodies) means no word filter.
    private mutating func searchNotes() -> [Effect<ClientProfileMessage>] {
        let words = state.notesTab.searchWords
        guard !words.isEmpty, context.can(.readNoteBodies) else { state.notesTab.matchingIDs = nil; return [] }
        return [.searchNotes(state.clientID, words: words)]
    }

    // MARK: results

    private mutating func loaded(_ message: ClientProfileMessage) -> [Effect<ClientProfileMessage>] {
        switch message {
        case .profile(let data, let matches, let known):
            state.replaceData(data)
            state.viewRecorded = true
            state.notesTab.matchingIDs = matches
            if let known { state.selectFirstNote(notIn: known) }
            return openCheckpointAsked()
        case .noteMatches(let matches):
            state.notesTab.matchingIDs = matches
            return []
        case .viewsWritten(let problem):
            return [load()] + (problem.map { [.status("The history may miss your latest views: \($0)", isError: true)] } ?? [])
        case .linked(let reference):
            state.modal = nil
            return [load(), .status("CaMS reference \(reference) linked to \(state.clientName).", isError: false)]
        case .caseworkersToReassign(let caseworkers):
            guard !caseworkers.isEmpty else {
                return [.status("There is no active caseworker to reassign to: add one first (caseload staff add).", isError: true)]
            }
            state.modal = .reassign(ReassignChooser(caseworkers: caseworkers, current: state.client?.caseworkerID, clientName: state.clientName))
            return []
        case .openWorkToMove(let work, let caseworker, let reason):
            guard case .reassignReason(let prompt, _) = state.modal else { return [] }
            state.modal = .reassignConfirm(ReassignConfirmation(
                clientName: state.clientName, fromName: state.data?.caseworkerName ?? "no caseworker", to: caseworker,
                reason: reason, work: work, prompt: prompt))
            return []
        case .reassigned(let caseworker, let moved):
            state.modal = nil
            return [load(), .status("\(state.clientName) reassigned to \(caseworker.fullName)\(Self.movedWords(moved)).", isError: false)]
        case .caseworkersToGrant(let others, let siteNames):
            guard !others.isEmpty else {
                return [.status("Every active caseworker is at \(state.data?.siteName ?? "this client's site"): nobody needs a grant.", isError: false)]
            }
            state.modal = .grant(ReassignChooser.grant(others, siteNames: siteNames, clientName: state.clientName))
            return []
        case .granted(let caseworker, let changed):
            return [.status(changed ? "\(caseworker.fullName) may now open \(state.clientName)."
                                    : "\(caseworker.fullName) could already open \(state.clientName); nothing changed.", isError: false)]
        case .noteThread(let thread, let focusID):
            let authors = Dictionary((state.data?.notes ?? []).map { ($0.authorID, $0.authorName) }, uniquingKeysWith: { a, _ in a })
            state.modal = .note(NotePager(thread: thread, focusID: focusID, authorNames: authors, calendar: state.data?.noteCalendar))
            return []
        case .checkpointChoices(let methods, let evidence, let row):
            state.modal = .checkpoint(CheckpointDialog(checkpoint: row.checkpoint, job: row.job.employment, employerName: row.job.employerName,
                                                       contactMethods: methods, evidence: evidence, today: context.today))
            return []
        case .checkpointRecorded(let month, let isLate, let earnsPBF):
            state.modal = nil
            let verdict = earnsPBF == true ? "earns PBF" : "no PBF"
            return [load(), .status("Recorded the \(month) checkpoint\(isLate ? " (late)" : ""): \(verdict); note written.", isError: false)]
        case .jobCorrectionChoices(let employers, let job):
            state.modal = .correctJob(JobCorrectionDialog(job: job.employment, employerName: job.employerName, employers: employers, today: context.today))
            return []
        case .jobEndChoices(let reasons, let job):
            state.modal = .endJob(JobEndDialog(job: job.employment, employerName: job.employerName, endReasons: reasons, today: context.today))
            return []
        case .jobCorrected(let job):
            state.modal = nil
            return [load(), .status("Job corrected: \(job.jobTitle), \(job.isPBFEligible ? "PBF-eligible" : "not PBF-eligible"); the earlier values and your reason are kept.", isError: false)]
        case .jobEnded(let job, let wasCorrection):
            state.modal = nil
            let end = job.endDate.map { "ended \($0.long)" + (job.endReason.map { ": \($0)" } ?? "") } ?? "not ended"
            return [load(), .status(wasCorrection ? "The job's end was corrected (\(end)); the earlier end and your reason are kept."
                                                  : "\(job.jobTitle) \(end).", isError: false)]
        case .checkpointCorrected(let month, let isLate, let earnsPBF):
            state.modal = nil
            let verdict = earnsPBF == true ? "earns PBF" : "no PBF"
            return [load(), .status("Corrected the \(month) checkpoint\(isLate ? " (late)" : ""): \(verdict); the earlier answers and your reason are kept.", isError: false)]
        case .mergeCandidates(let found, let born):
            guard case .merge(var dialog) = state.modal else { return [] }
            dialog.showCandidates(found, born: born); state.modal = .merge(dialog)
            return []
        case .mergeSearch(let found, let query):
            guard case .merge(var dialog) = state.modal else { return [] }
            dialog.showFound(found, query: query); state.modal = .merge(dialog)
            return []
        case .mergePlan(let plan):
            guard case .merge(var dialog) = state.modal else { return [] }
            dialog.review(plan); state.modal = .merge(dialog)
            return []
        case .merged(let result, let moves):
            state.modal = nil
            return [load(), .status("Merged \(result.retired.sortName) (#\(result.retired.id ?? 0)) into this file: \(moves) moved; that file is now a read-only pointer.",
                                    isError: false)]
        }
    }

    /// Selects the checkpoint F3 asked for and opens its form (once: a reload does not reopen it).
    private mutating func openCheckpointAsked() -> [Effect<ClientProfileMessage>] {
        guard let id = openingCheckpoint else { return [] }
        openingCheckpoint = nil
        guard let row = state.selectCheckpoint(id: id) else {
            return [.status("That checkpoint is no longer on file: the job may have been corrected. Choose one here and press K.", isError: true)]
        }
        if let refusal = state.recordCheckpointRefusal { return [.status(refusal, isError: true)] }
        if let recorded = row.checkpoint.recordedOn {
            return [.status("The \(row.checkpoint.month.label) checkpoint was already recorded \(recorded.long); K corrects it.", isError: false)]
        }
        if row.checkpoint.dueOn > context.today {
            return [.status("The \(row.checkpoint.month.label) checkpoint is not due until \(row.checkpoint.dueOn.long): it cannot be recorded before then (R-25); Esc returns to the queue, where z snoozes it.", isError: true)]
        }
        return [.openCheckpoint(row)]
    }

    /// The shell has said what failed. A dialog keeps the typing and shows why; after a stale
    /// version the profile is read again, so the next try uses fresh data.
    private mutating func failed(_ failure: ScreenFailure) -> [Effect<ClientProfileMessage>] {
        let reason = UserSentence.describe(failure.error)
        switch state.modal {
        case .link(var dialog): dialog.error = reason; state.modal = .link(dialog)
        // Nothing moved: back to the reason, typing kept; Enter reads the open work afresh.
        case .reassignReason(var prompt, let caseworker):
            prompt.problem = reason; state.modal = .reassignReason(prompt, to: caseworker)
        case .reassignConfirm(let confirmation):
            var prompt = confirmation.prompt
            prompt.problem = reason; state.modal = .reassignReason(prompt, to: confirmation.to)
        case .checkpoint?, .correctJob?, .endJob?: state.jobFormFailed(failure.error)
        case .merge(var dialog) where failure.doing == MergeEffects.plan || failure.doing == MergeEffects.merge:
            // Refused (two CaMS references, already merged …): the dialog says why and stays open.
            dialog.refused(reason); state.modal = .merge(dialog)
        default:
            if failure.doing == Self.loading { state.loadError = reason }
        }
        if case StoreError.staleVersion = failure.error { return [load()] }
        return []
    }

    /// " with 2 appointments and 1 follow-up", or "; nothing else moved".
    static func movedWords(_ moved: OpenWork) -> String {
        func count(_ n: Int, _ noun: String) -> String? { n == 0 ? nil : "\(n) \(noun)\(n == 1 ? "" : "s")" }
        let parts = [count(moved.appointments.count, "appointment"), count(moved.followUps.count, "follow-up")].compactMap { $0 }
        return parts.isEmpty ? "; nothing else moved" : " with " + parts.joined(separator: " and ")
    }

    /// What the profile's load says it was doing (a failed load shows instead of the tabs).
    static let loading = "load this client"

    /// Rows and scroll limits as the current tab shows them in the last laid-out area (the view
    /// draws them; keys page by them).
    private mutating func layOut() {
        guard let rect = laidOutIn else { return }
        let body = ClientProfileView.bodyRect(in: rect)
        let view = ClientProfileView(state: state, format: format, now: context.now)
        state.visibleRows = Table.bodyRows(forHeight: view.tableRect(in: body).height)
        state.maxScroll = view.maxScroll(in: body)
        if case .note(var pager) = state.modal {
            pager.layOut(in: body, format: format)
            state.modal = .note(pager)
        }
    }

    // MARK: drawing

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        let view = ClientProfileView(state: state, format: format, now: context.now)
        view.render(into: &buffer, in: rect, theme: theme)
        if case .note(let pager) = state.modal {
            buffer.cursor = nil
            pager.render(into: &buffer, in: ClientProfileView.bodyRect(in: rect), theme: theme, format: format, ascii: asciiBorders)
        }
    }

    func overlay(into buffer: inout ScreenBuffer, theme: Theme) {
        let area = buffer.area.inset(top: 1, bottom: 2)
        let ascii = asciiBorders
        switch state.modal {
        case .link(let dialog): dialog.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .reassign(let chooser), .grant(let chooser): chooser.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .checkpoint(let entry): entry.dialog.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .reassignReason(let prompt, _): prompt.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .reassignConfirm(let confirmation): confirmation.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .correctJob(let entry): entry.dialog.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .endJob(let entry): entry.dialog.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .merge(let dialog): dialog.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .note, nil: break
        }
        if let chooser = state.notesTab.chooser {
            let body = ClientProfileView.bodyRect(in: area)
            Dropdown.renderPopup(chooser.dropdown, anchor: Rect(x: body.x, y: body.y, width: 30, height: 1), into: &buffer, theme: theme)
        }
    }
}
