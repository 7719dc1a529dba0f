import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

enum NoteEntryMessage {
    case prepared(NoteEntrySetup)
    /// An amendment's thread read again (nil: it could not be; the panel stays as it was), with the
    /// authors' names when new corrections came in.
    case thread([CaseNote]?, authorNames: [Int64: String]?)
    case saved(CaseNote, record: NoteRecord, due: [DueItem]?)
    /// The store refused the note: the refusal goes on its field or above the form; the text stays.
    case refused(any Error)
    /// The lists read again after a choice was retired elsewhere (nil: they could not be).
    case freshLists(NoteEntryForm.Lists?)
    case draftForgotten
}

/// What the note form needs before it opens.
struct NoteEntrySetup {
    var clientName: String
    var thread: [CaseNote]
    var authorNames: [Int64: String]
    var lists: NoteEntryForm.Lists
    var templates: [String: String]
    var calendar: BusinessCalendar
    var draftOffer: DraftOffer?
}

/// Writes a case note (SOP 2: every interaction, immediately) or an amendment to one. A saved note
/// is never edited: an amendment is a new note linked to the original, which stays as it was.
/// `update` is pure; the store is reached only through the effects in NoteEntryEffects.swift.
struct NoteEntryModel: ScreenModel {
    let context: ScreenContext
    let ascii: Bool
    private(set) var state: NoteEntryState
    /// The clock at each key: a note's time, the late-entry warning and a kept draft are "now", not
    /// when the form opened.
    let clock: () -> Date
    /// The content area, for fitting the editor to the rows the other fields leave.
    private var area: Rect?

    init(context: ScreenContext, clientID: Int64, amends: Int64?, ascii: Bool = false, clock: @escaping () -> Date) {
        self.context = context; self.ascii = ascii; self.clock = clock
        state = NoteEntryState(clientID: clientID, amends: amends)
    }

    var title: String { state.amends == nil ? "New case note" : "Amend a case note" }
    var hasUnsavedInput: Bool { state.isDirty }
    var isEditingText: Bool { true }
    var helpKeys: Keymap<Int> { state.keymap.forHelp }
    var footerKeys: Keymap<Int> { state.draftOffer != nil ? DraftOffer.keymap : state.keymap.forHelp }
    var draftToKeep: FormDraft? { state.draftToKeep(now: clock()) }

    /// What the shell asks when Esc would lose the note.
    static let leaveQuestion = LeaveQuestion(title: "Discard this note?",
                                             message: ["It has not been saved.", "y discards it; n or Esc goes back to it."],
                                             leftMessage: "Note discarded; nothing was saved.",
                                             stayedMessage: "Kept your note: carry on, Ctrl-S saves.")

    // MARK: update

    mutating func update(_ input: ScreenInput<NoteEntryMessage>) -> [Effect<NoteEntryMessage>] {
        let effects = respond(to: input)
        // Fields and errors come and go with each input: the editor takes the rows they leave.
        fitToArea()
        return effects
    }

    private mutating func respond(to input: ScreenInput<NoteEntryMessage>) -> [Effect<NoteEntryMessage>] {
        switch input {
        case .reload, .reappeared, .summoned:
            // Another terminal's change never touches the draft; an amendment's panel shows new corrections.
            guard state.isReady else {
                guard context.can(.writeNotes) else { return [.back, .status(Permission.writeNotes.refusal, isError: true)] }
                return [.prepareNoteEntry(state)]
            }
            return state.amends.map { [.refreshThread(noteID: $0, known: state.thread.count)] } ?? []
        case .key(let key): return handle(key)
        case .laidOut(let rect): area = rect; return []
        case .idle: return []
        case .loaded(let message): return loaded(message)
        case .failed(let failure):
            // The host said "Could not …"; a form that could not open goes back and says it there.
            return failure.doing == NoteEntryEffects.open ? [.back, .status(failure.sentence, isError: true)] : []
        }
    }

    private mutating func handle(_ key: Key) -> [Effect<NoteEntryMessage>] {
        if let offer = state.draftOffer {
            guard let done = offer.answer(key, forgotten: NoteEntryMessage.draftForgotten, restore: { state.restore($0.fields) }) else { return [.handled] }
            state.draftOffer = nil
            return done
        }
        guard state.isReady else { return key == .escape ? [.back] : [] }
        let hadErrors = state.form.hasErrors
        switch state.handle(key) {
        case .none: return [.handled] + FixedFieldsNotice.commands(hadErrors: hadErrors, form: state.form).map { .command($0) }
        case .save: return save()
        case .cancel: return state.isDirty ? [.command(.leave(Self.leaveQuestion))] : [.back]
        }
    }

    /// Checks the note first (problems under their fields, no effect); a valid note asks for the write.
    private mutating func save() -> [Effect<NoteEntryMessage>] {
        let now = clock()
        let problems = state.problems(now: now, zone: context.zone)
        state.form.setErrors(problems)
        guard problems.isEmpty else {
            return [.status("Not saved: \(problems.count) field\(problems.count == 1 ? " needs" : "s need") attention (see under each).", isError: true)]
        }
        return [.saveNote(state.note(zone: context.zone, now: now), record: state.record, clientID: state.clientID)]
    }

    private mutating func loaded(_ message: NoteEntryMessage) -> [Effect<NoteEntryMessage>] {
        switch message {
        case .prepared(let s):
            state.prepare(clientName: s.clientName, thread: s.thread, authorNames: s.authorNames, lists: s.lists,
                          templates: s.templates, calendar: s.calendar,
                          today: context.today, time: NoteEntryForm.clock(clock(), in: context.zone))
            state.draftOffer = s.draftOffer
            return []
        case .thread(let thread, let names):
            guard let thread else { return [] }
            if let names { state.authorNames = names }
            state.thread = thread
            return []
        case .saved(let saved, let record, let due):
            state.markSaved()
            state.saveError = nil
            // The rules read the new attempt at once: say where the referral's follow-ups stand.
            return [.back, .status(NoteSavedMessage.text(for: saved, record: record, clientName: state.clientName, dueItems: due))]
        case .refused(let error):
            let message = state.showRefusal(error)
            var retired = false
            if case StoreError.notInValueList? = error as? StoreError { retired = true }
            return [.status(message, isError: true)] + (retired ? [.reloadNoteLists] : [])
        case .freshLists(let fresh):
            if let fresh { replaceRetiredChoices(with: fresh) }
            return []
        case .draftForgotten: return []
        }
    }

    /// After a list entry was retired elsewhere: fresh options, the refused choice cleared, text kept.
    private mutating func replaceRetiredChoices(with fresh: NoteEntryForm.Lists) {
        let ID = NoteEntryForm.ID.self
        for (id, options) in [(ID.communication, fresh.communications), (ID.type, fresh.types), (ID.method, fresh.methods)] {
            guard let value = state.form.values[id], !value.isEmpty, !options.contains(value) else { continue }
            state.replaceOptions(id, with: options)
        }
        state.lists.communications = fresh.communications; state.lists.types = fresh.types; state.lists.methods = fresh.methods
    }

    private mutating func fitToArea() {
        guard state.isReady, let area else { return }
        let formRect = NoteEntryView(state: state, now: clock(), zone: context.zone).formRect(in: area)
        state.formWidth = max(10, formRect.width)
        state.fitEditor(toHeight: formRect.height)
    }

    // MARK: view

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard state.isReady else {
            EmptyState.render("Opening the note form…", into: &buffer, in: rect, theme: theme)
            return
        }
        NoteEntryView(state: state, now: clock(), zone: context.zone).render(into: &buffer, in: rect, theme: theme)
    }

    func overlay(into buffer: inout ScreenBuffer, theme: Theme) {
        guard let dialog = state.draftOffer?.dialog else { return }
        buffer.cursor = nil
        dialog.render(into: &buffer, in: buffer.area, theme: theme, ascii: ascii)
    }
}
