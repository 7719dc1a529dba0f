import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

enum EmploymentEntryMessage {
    case prepared(EmploymentEntrySetup)
    /// The client's PBF facts for a job starting on `start`.
    case facts(PBFFacts, start: LocalDate)
    /// `createdEmployer`: a new employer the save added (kept, so a retry never adds it twice).
    case saved(Employment, checkpoints: Int, createdEmployer: Employer?)
    /// The store refused: the typing stays; an employer added before the refusal is remembered.
    case refused(any Error, createdEmployer: Employer?)
    case draftForgotten
}

/// What the job form needs before it opens.
struct EmploymentEntrySetup {
    var clientName: String
    var employers: [Employer]
    var previousEmployerIDs: Set<Int64>
    var endReasons: [String]
    var draftOffer: DraftOffer?
}

/// Records a job: employer (picked or created), title, start, hours, new-employer, optional end. The
/// PBF verdict and the four checkpoint dates update as the caseworker types; saving creates the
/// checkpoints as follow-ups and leaves the EAP as it is (R-09).
/// `update` is pure; the store is reached only through the effects in EmploymentEntryEffects.swift.
struct EmploymentEntryModel: ScreenModel {
    let context: ScreenContext
    let ascii: Bool
    private(set) var state: EmploymentEntryState
    /// For a kept draft's time: when the session ended, not when the form opened.
    let clock: () -> Date
    /// The content area: the form's width and the panel's scroll range follow it and the typing.
    private var area: Rect?

    init(context: ScreenContext, clientID: Int64, ascii: Bool = false, clock: @escaping () -> Date) {
        self.context = context; self.ascii = ascii; self.clock = clock
        state = EmploymentEntryState(clientID: clientID, role: context.actor.role)
    }

    var title: String { state.clientName.isEmpty ? "Record a job" : "Record a job · \(state.clientName)" }
    var hasUnsavedInput: Bool { state.isDirty }
    /// Every printable key is text in a form, so global letter keys (q, ?) stay off.
    var isEditingText: Bool { true }
    var helpKeys: Keymap<Int> { state.keymap.forHelp }
    var footerKeys: Keymap<Int> { state.draftOffer != nil ? DraftOffer.keymap : state.keymap.forHelp }
    var draftToKeep: FormDraft? { state.draftToKeep(now: clock()) }

    /// What the shell asks when Esc would lose the typing.
    static let leaveQuestion = LeaveQuestion(title: "Discard this job?",
                                             message: ["What you typed has not been saved and will be lost.",
                                                       "y discards it; n or Esc goes back to the form."],
                                             leftMessage: "The job was not recorded.", stayedMessage: "Kept your typing.")

    // MARK: update

    mutating func update(_ input: ScreenInput<EmploymentEntryMessage>) -> [Effect<EmploymentEntryMessage>] {
        let effects = respond(to: input)
        fitToArea()
        return effects
    }

    private mutating func respond(to input: ScreenInput<EmploymentEntryMessage>) -> [Effect<EmploymentEntryMessage>] {
        switch input {
        case .reload, .reappeared, .summoned:
            guard !state.isReady else { return [] }
            guard context.can(.editActionPlan) else {
                state.loadError = Permission.editActionPlan.refusal
                return [.back, .status(Permission.editActionPlan.refusal, isError: true)]
            }
            return [.prepareEmploymentEntry(state)]
        case .key(let key): return handle(key)
        case .laidOut(let rect): area = rect; return []
        case .idle: return []
        case .loaded(let message): return loaded(message)
        case .failed(let failure):
            guard failure.doing == EmploymentEntryEffects.open else { return [] }
            // The host said "Could not …"; a form that could not open goes back and says it there.
            state.loadError = UserSentence.describe(failure.error)
            return [.back, .status(failure.sentence, isError: true)]
        }
    }

    private mutating func handle(_ key: Key) -> [Effect<EmploymentEntryMessage>] {
        if let offer = state.draftOffer {
            guard let done = offer.answer(key, forgotten: EmploymentEntryMessage.draftForgotten, restore: { state.restore($0.fields) }) else { return [.handled] }
            state.draftOffer = nil
            return done + refreshFacts()
        }
        guard state.isReady else { return key == .escape ? [.back] : [] }
        if !state.focusedDropdownIsOpen {
            switch state.keymap.lookup(key) {
            case .run(.save): return save()
            case .disabled(let reason) where key == .ctrl("s"): return [.status(reason, isError: true)]
            case .run(.scrollPanel):
                state.panelScroll = min(max(0, state.panelScroll + (key == .pageDown ? 5 : -5)), state.panelMaxScroll)
                return [.handled]
            default: break
            }
        }
        let employer = state.form[EmploymentForm.ID.employer]?.value
        let hadErrors = state.form.hasErrors
        switch state.form.handle(key, width: state.formWidth) {
        case .cancelled: return state.isDirty ? [.command(.leave(Self.leaveQuestion))] : [.back]
        case .submitted: return save()
        case .ignored where key == .up: state.moveFocus(by: -1)
        case .ignored where key == .down: state.moveFocus(by: 1)
        default: break
        }
        if state.form[EmploymentForm.ID.employer]?.value != employer { state.employerChanged() }
        return [.handled] + FixedFieldsNotice.commands(hadErrors: hadErrors, form: state.form).map { .command($0) } + refreshFacts()
    }

    /// The PBF facts depend on the start date (jobs held then, programs begun by then): read them again when it changes.
    private func refreshFacts() -> [Effect<EmploymentEntryMessage>] {
        guard let start = state.startDate, start != state.factsStart else { return [] }
        return [.readPBFFacts(clientID: state.clientID, start: start)]
    }

    /// Checks the form first (problems on their fields, no effect); a valid job asks for the write.
    private mutating func save() -> [Effect<EmploymentEntryMessage>] {
        switch EmploymentForm.draft(state.form, employers: state.employers) {
        case .failure(let problems):
            state.form.setErrors(problems.byField)
            return [.status(EmploymentEntryState.summary(problems.byField), isError: true)]
        case .success(let draft):
            return [.saveJob(draft, clientID: state.clientID, createdEmployer: state.createdEmployer)]
        }
    }

    private mutating func loaded(_ message: EmploymentEntryMessage) -> [Effect<EmploymentEntryMessage>] {
        switch message {
        case .prepared(let s):
            state.prepare(clientName: s.clientName, employers: s.employers, previous: s.previousEmployerIDs,
                          endReasons: s.endReasons, today: context.today)
            state.draftOffer = s.draftOffer
            return []
        case .facts(let facts, let start):
            state.facts = facts; state.factsStart = start
            return []
        case .saved(let job, let count, let created):
            state.createdEmployer = created
            state.initialValues = state.form.values
            return [.back, .status("Job saved (\(job.isPBFEligible ? "PBF-eligible" : "not PBF-eligible")); its \(count) checkpoints are listed.")]
        case .refused(let error, let created):
            state.createdEmployer = created
            if case StoreError.invalid(let problems) = error {
                state.form.setErrors(Dictionary(problems.map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a }))
                return [.status("Not saved: " + problems.map(\.message).joined(separator: " "), isError: true)]
            }
            return [.status("Not saved: \(UserSentence.describe(error)) Your typing is kept.", isError: true)]
        case .draftForgotten: return []
        }
    }

    private mutating func fitToArea() {
        guard let area else { return }
        state.formWidth = EmploymentEntryView.layout(state, in: area).form.width
        let panel = EmploymentEntryView.panelLineCount(state, in: area)
        state.panelMaxScroll = LinesView.maxScroll(lineCount: panel.lines, height: panel.height)
    }

    // MARK: view

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        EmploymentEntryView(state: state, ascii: ascii).render(into: &buffer, in: rect, theme: theme)
    }

    func overlay(into buffer: inout ScreenBuffer, theme: Theme) {
        guard let dialog = state.draftOffer?.dialog else { return }
        buffer.cursor = nil
        dialog.render(into: &buffer, in: buffer.area, theme: theme, ascii: ascii)
    }
}
