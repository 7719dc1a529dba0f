import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Writes a case note (SOP 2: every interaction, immediately) or an amendment to one. A saved note
/// is never edited: an amendment is a new note linked to the original, which stays as it was.
/// Keys change `state`; `prepare` and `save` are the only store access.
@MainActor final class NoteEntryScreen: Screen {
    private let env: AppEnvironment
    private(set) var state: NoteEntryState

    init(env: AppEnvironment, clientID: Int64, amends: Int64?) {
        self.env = env
        state = NoteEntryState(clientID: clientID, amends: amends)
    }

    var title: String { state.amends == nil ? "New case note" : "Amend a case note" }
    var hasUnsavedInput: Bool { state.isDirty }
    var isEditingText: Bool { true }
    var helpKeymap: Keymap<Int> { state.keymap.forHelp }
    var draftToKeep: FormDraft? { state.draftToKeep(now: env.now) }

    func handle(_ event: ScreenEvent) -> [AppCommand] {
        switch event {
        case .reload, .reappeared:
            // Another terminal's change never touches the draft; an amendment's panel shows new corrections.
            return state.isReady ? refreshThread() : prepare()
        case .key(let key): return handleKey(key)
        }
    }

    private func handleKey(_ key: Key) -> [AppCommand] {
        if let offer = state.draftOffer {
            guard let done = env.answer(offer, with: key, restore: { state.restore($0.fields) }) else { return [] }
            state.draftOffer = nil
            return done
        }
        if let dialog = state.confirmDiscard {
            switch dialog.answer(for: key) {
            case .yes: state.confirmDiscard = nil; return [.back, .status("Note discarded; nothing was saved.", isError: false)]
            case .no: state.confirmDiscard = nil; return [.status("Kept your note: carry on, Ctrl-S saves.", isError: false)]
            case nil: return []
            }
        }
        guard state.isReady else { return key == .escape ? [.back] : [] }
        let hadErrors = state.form.hasErrors
        switch state.handle(key) {
        case .none: return FixedFieldsNotice.commands(hadErrors: hadErrors, form: state.form)
        case .save: return save()
        case .cancel:
            guard state.isDirty else { return [.back] }
            state.confirmDiscard = ConfirmDialog(title: "Discard this note?",
                                                 message: ["It has not been saved.", "y discards it; n or Esc goes back to it."],
                                                 defaultAnswer: .no)
            return []
        }
    }

    // MARK: effects

    private func prepare() -> [AppCommand] {
        guard env.can(.writeNotes) else { return [.back, .status(Permission.writeNotes.refusal, isError: true)] }
        do {
            let db = env.db, actor = env.actor, id = state.clientID
            let client = try db.clientSummary(id: id, by: actor)
            let thread = try state.amends.map { try db.noteThread(id: $0, by: actor) } ?? []
            // Amending shows the thread being amended: each of its notes is read.
            for note in thread { env.recordAccess(.readNote, clientID: id, noteID: note.id) }
            var lists = NoteEntryForm.Lists()
            lists.communications = try db.valueList(.communication).map(\.value)
            let types = try db.valueList(.noteType)
            lists.types = types.map(\.value)
            lists.methods = try db.valueList(.contactMethod).map(\.value)
            if env.can(.viewActionPlan) { lists.planItems = NoteLink.planItems(try db.profilePlan(clientID: id, by: actor)) }
            lists.appointments = NoteLink.appointments(try db.profileAppointments(clientID: id, by: actor))
            let templates = Dictionary(types.compactMap { e in e.template.map { (e.value, $0) } }, uniquingKeysWith: { a, _ in a })
            state.prepare(clientName: client.sortName, thread: thread, authorNames: try authorNames(), lists: lists,
                          templates: templates, calendar: try db.businessCalendars().agency,
                          today: env.today, time: NoteEntryForm.clock(env.now, in: env.zone))
            state.draftOffer = env.draftOffer(state.draftKey, what: state.amends == nil ? "case note" : "amendment")
            return []
        } catch {
            return [.back, .status("Could not open the note form: \(ClientProfileScreen.message(error))", isError: true)]
        }
    }

    private func authorNames() throws -> [Int64: String] {
        Dictionary(try env.db.listStaff(includeInactive: true).compactMap { s in s.id.map { ($0, s.fullName) } }, uniquingKeysWith: { a, _ in a })
    }

    private func refreshThread() -> [AppCommand] {
        guard let amends = state.amends, let thread = try? env.db.noteThread(id: amends, by: env.actor) else { return [] }
        if thread.count > state.thread.count, let names = try? authorNames() { state.authorNames = names }
        state.thread = thread
        return []
    }

    private func save() -> [AppCommand] {
        let problems = state.problems(now: env.now, zone: env.zone)
        state.form.setErrors(problems)
        guard problems.isEmpty else {
            return [.status("Not saved: \(problems.count) field\(problems.count == 1 ? " needs" : "s need") attention (see under each).", isError: true)]
        }
        let note = state.note(zone: env.zone, now: env.now), record = state.record
        do {
            let saved = try env.db.submitNote(note, recording: record, zone: env.zone, by: env.actor)
            state.markSaved()
            state.saveError = nil
            // The rules read the new attempt at once: say where the referral's follow-ups stand.
            let due = record == .none ? nil : try? env.db.followUpQueue(asOf: env.today, now: env.now,
                                                                         scope: FollowUpScope(clientID: state.clientID), zone: env.zone, by: env.actor)
            return [.back, .status(NoteSavedMessage.text(for: saved, record: record, clientName: state.clientName, dueItems: due), isError: false)]
        } catch {
            let message = state.showRefusal(error)
            if case StoreError.notInValueList? = error as? StoreError { reloadLists() }
            return [.status(message, isError: true)]
        }
    }

    /// After a list entry was retired elsewhere: fresh options, the refused choice cleared, text kept.
    private func reloadLists() {
        let db = env.db, ID = NoteEntryForm.ID.self
        guard let communications = try? db.valueList(.communication).map(\.value),
              let types = try? db.valueList(.noteType).map(\.value),
              let methods = try? db.valueList(.contactMethod).map(\.value) else { return }
        for (id, fresh) in [(ID.communication, communications), (ID.type, types), (ID.method, methods)] {
            guard let value = state.form.values[id], !value.isEmpty, !fresh.contains(value) else { continue }
            state.replaceOptions(id, with: fresh)
        }
        state.lists.communications = communications; state.lists.types = types; state.lists.methods = methods
    }

    // MARK: view

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard state.isReady else {
            EmptyState.render("Opening the note form…", into: &buffer, in: rect, theme: theme)
            return
        }
        // The editor takes the rows this frame leaves, so a resize re-lays the form at once.
        let formRect = NoteEntryView(state: state, now: env.now, zone: env.zone).formRect(in: rect)
        state.formWidth = max(10, formRect.width)
        state.fitEditor(toHeight: formRect.height)
        NoteEntryView(state: state, now: env.now, zone: env.zone).render(into: &buffer, in: rect, theme: theme)
    }

    func renderFooter(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        if state.draftOffer != nil { return DraftOffer.keymap.renderFooter(into: &buffer, in: rect, theme: theme) }
        state.keymap.renderFooter(into: &buffer, in: rect, theme: theme)
    }

    func renderOverlay(into buffer: inout ScreenBuffer, theme: Theme) {
        guard let dialog = state.draftOffer?.dialog ?? state.confirmDiscard else { return }
        buffer.cursor = nil
        dialog.render(into: &buffer, in: buffer.area, theme: theme, ascii: env.asciiBorders)
    }
}
