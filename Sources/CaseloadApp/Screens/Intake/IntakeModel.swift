import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

enum IntakeMessage {
    case prepared(client: Client?, caseworkers: [StaffMember], draftOffer: DraftOffer?)
    case duplicates([ClientSummary], query: String)
    /// Whether another terminal saved the client being edited since the form opened.
    case changedElsewhere(Bool)
    case saved(Client, isNew: Bool)
    /// The store refused the save: the typing stays and the refusal goes on its fields.
    case refused(StoreError)
    case draftForgotten
}

/// Registers a new client (searching for duplicates as the names are typed) or edits one.
/// `update` is pure; the store is reached only through the effects in IntakeEffects.swift.
struct IntakeModel: ScreenModel {
    let context: ScreenContext
    let ascii: Bool
    private(set) var state: IntakeState
    /// The clock at each key, not the screen's opening: a kept draft says when it was kept.
    let clock: () -> Date

    init(context: ScreenContext, clientID: Int64?, ascii: Bool = false, clock: @escaping () -> Date) {
        self.context = context; self.ascii = ascii; self.clock = clock
        state = IntakeState(clientID: clientID, today: context.today)
    }

    var title: String { state.isNew ? "New client" : "Edit client" }
    var hasUnsavedInput: Bool { state.isDirty }
    /// Every printable key is text in a form, so global letter keys (q, ?) stay off.
    var isEditingText: Bool { true }
    var helpKeys: Keymap<Int> { state.keymap.forHelp }
    var footerKeys: Keymap<Int> { state.draftOffer != nil ? DraftOffer.keymap : state.keymap.forHelp }
    var draftToKeep: FormDraft? { state.draftToKeep(now: clock()) }

    /// What the shell asks when Esc would lose typing.
    var leaveQuestion: LeaveQuestion {
        LeaveQuestion(title: state.isNew ? "Discard this new client?" : "Discard your changes?",
                      message: ["What you typed has not been saved and will be lost.", "y discards it; n or Esc goes back to the form."],
                      stayedMessage: "Kept your typing.")
    }

    // MARK: update

    mutating func update(_ input: ScreenInput<IntakeMessage>) -> [Effect<IntakeMessage>] {
        switch input {
        case .reload, .reappeared, .summoned: return state.isReady ? checkForChanges() : [.prepareIntake(state)]
        case .key(let key): return handle(key)
        case .laidOut(let rect): state.formWidth = IntakeView.layout(state, in: rect).form.width; return []
        case .idle: return []
        case .loaded(let message): return loaded(message)
        case .failed(let failure): return failed(failure)
        }
    }

    private mutating func handle(_ key: Key) -> [Effect<IntakeMessage>] {
        if let offer = state.draftOffer {
            guard let done = offer.answer(key, forgotten: IntakeMessage.draftForgotten, restore: { state.restore($0.fields) }) else { return [.handled] }
            state.draftOffer = nil
            return done + (state.isNew ? searchDuplicates() : [])
        }
        if var question = state.duplicateQuestion {
            // Issue #19: "create anyway" keeps why this is a different person.
            let answer = question.answer(key)
            state.duplicateQuestion = question
            switch answer {
            case .asking: return [.handled]
            case .declined: state.duplicateQuestion = nil; return [.status(DuplicateConfirmation.keptForm)]
            case .missingReason: return [.status("Not saved: say why this is a different person.", isError: true)]
            case .confirmed(let reason): state.duplicateQuestion = nil; return save(allowingDuplicate: true, reason: reason)
            }
        }
        guard state.isReady else { return key == .escape ? [.back] : [] }
        // An open dropdown is modal: it gets every key (^N/^P move in it).
        if !state.focusedDropdownIsOpen {
            switch state.keymap.lookup(key) {
            case .run(.save): return save()
            case .run(.openDuplicate):
                return state.duplicates.selected.map { [.command(.replace(.profile(clientID: $0.id, tab: .summary)))] } ?? [.handled]
            case .run(.nextDuplicate): state.duplicates.move(by: 1, visibleRows: 3); return [.handled]
            case .run(.previousDuplicate): state.duplicates.move(by: -1, visibleRows: 3); return [.handled]
            case .disabled(let reason) where key == .function(5) || key == .ctrl("n") || key == .ctrl("p"):
                return [.status(reason, isError: true)]
            default: break
            }
        }
        let before = (state.nameQuery, state.typedBirthDate)
        let hadErrors = state.form.hasErrors
        switch state.form.handle(key, width: state.formWidth) {
        case .cancelled: return state.isDirty ? [.command(.leave(leaveQuestion))] : [.back]
        case .submitted: return save()
        case .ignored where key == .up: state.moveFocus(by: -1)
        case .ignored where key == .down: state.moveFocus(by: 1)
        default: break
        }
        state.syncAttestation()
        let fixed: [Effect<IntakeMessage>] = FixedFieldsNotice.commands(hadErrors: hadErrors, form: state.form).map { .command($0) }
        if state.isNew, before.0 != state.nameQuery { return [.handled] + fixed + searchDuplicates() }
        if before.1 != state.typedBirthDate { state.duplicates.reorder(born: state.typedBirthDate) }
        return [.handled] + fixed
    }

    /// Another terminal committed: for an edit, warn if it was this client (saving will be refused);
    /// for a new client, search again (someone may have registered them meanwhile).
    private mutating func checkForChanges() -> [Effect<IntakeMessage>] {
        guard let original = state.original, let id = original.id else { return state.isNew ? searchDuplicates(force: true) : [] }
        return [.checkStoredVersion(clientID: id, version: original.version)]
    }

    private mutating func searchDuplicates(force: Bool = false) -> [Effect<IntakeMessage>] {
        let query = state.nameQuery
        guard force || query != state.duplicates.query else { return [] }
        guard !query.isEmpty else { state.duplicates.update([], query: "", born: nil); return [] }
        return [.searchDuplicates(query)]
    }

    /// Checks the form first (problems on their fields, no effect); a valid form asks for the write.
    private mutating func save(allowingDuplicate: Bool = false, reason: String? = nil) -> [Effect<IntakeMessage>] {
        let problems = state.problems()
        if !problems.isEmpty {
            let unplaced = state.show(problems)
            return [.status(IntakeState.summary(count: problems.count, unplaced: unplaced), isError: true)]
        }
        return [.saveClient(state.draft, isNew: state.isNew, allowingDuplicate: allowingDuplicate, reason: reason)]
    }

    private mutating func loaded(_ message: IntakeMessage) -> [Effect<IntakeMessage>] {
        switch message {
        case .prepared(let client, let caseworkers, let offer):
            state.prepare(client: client, caseworkers: caseworkers, actor: context.actor)
            state.draftOffer = offer
            return []
        case .duplicates(let found, let query):
            state.duplicates.update(found, query: query, born: state.typedBirthDate)
            return []
        case .changedElsewhere(true):
            return [.status("Someone else saved this client while you were editing; ^S will be refused. Esc, then e, to see their change.", isError: true)]
        case .changedElsewhere(false):
            return state.isNew ? searchDuplicates(force: true) : []
        case .saved(let saved, let isNew):
            state.initialValues = state.form.values
            if isNew { return [.command(.replace(.profile(clientID: saved.id ?? 0, tab: .summary))), .status("Saved: \(saved.sortName) added.")] }
            return [.back, .status("Saved \(saved.sortName).")]
        case .refused(let refusal): return refused(refusal)
        case .draftForgotten: return []
        }
    }

    private mutating func refused(_ refusal: StoreError) -> [Effect<IntakeMessage>] {
        switch refusal {
        case .invalid(let problems):
            let byField = Dictionary(problems.map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a })
            let unplaced = state.show(byField)
            return [.status(IntakeState.summary(count: byField.count, unplaced: unplaced), isError: true)]
        case .exactDuplicate(let clientID, let clientName):
            state.duplicateQuestion = DuplicateQuestion(clientID: clientID, clientName: clientName)
            return [.status("\(clientName) may already be registered: y creates anyway (with the reason), n goes back.", isError: true)]
        case .notPermitted(.reassignClient):
            _ = state.show([IntakeForm.ID.caseworker: Permission.reassignClient.refusal + " Put the caseworker back, or ask a supervisor."])
            return [.status("Not saved: \(Permission.reassignClient.refusal)", isError: true)]
        default:
            // Stale version and the rest: the store's words; the typed text stays in the form.
            return [.status("Not saved: \(UserSentence.describe(refusal)) Your typing is kept.", isError: true)]
        }
    }

    /// The host already said "Could not …"; opening that failed goes back (saying it again there).
    private mutating func failed(_ failure: ScreenFailure) -> [Effect<IntakeMessage>] {
        switch failure.doing {
        case IntakeEffects.open: return [.back, .status(failure.sentence, isError: true)]
        case IntakeEffects.save: return [.status("Not saved: \(UserSentence.describe(failure.error)) Your typing is kept.", isError: true)]
        default: return []
        }
    }

    // MARK: view

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        IntakeView(state: state, ascii: ascii).render(into: &buffer, in: rect, theme: theme)
    }

    func overlay(into buffer: inout ScreenBuffer, theme: Theme) {
        if let question = state.duplicateQuestion { question.render(into: &buffer, theme: theme, ascii: ascii); return }
        guard let dialog = state.draftOffer?.dialog else { return }
        buffer.cursor = nil
        dialog.render(into: &buffer, in: buffer.area, theme: theme, ascii: ascii)
    }
}
