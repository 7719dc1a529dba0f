import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Records a job: employer (picked or created), title, start, hours, new-employer, optional end. The
/// PBF verdict and the four checkpoint dates update as the caseworker types; saving creates the
/// checkpoints as follow-ups and leaves the EAP as it is (R-09).
@MainActor final class EmploymentEntryScreen: Screen {
    private let env: AppEnvironment
    private(set) var state: EmploymentEntryState

    init(env: AppEnvironment, clientID: Int64) {
        self.env = env
        state = EmploymentEntryState(clientID: clientID, role: env.actor.role)
    }

    var title: String { state.clientName.isEmpty ? "Record a job" : "Record a job · \(state.clientName)" }
    var hasUnsavedInput: Bool { state.isDirty }
    /// Every printable key is text in a form, so global letter keys (q, ?) stay off.
    var isEditingText: Bool { true }
    var helpKeymap: Keymap<Int> { state.keymap.forHelp }
    var draftToKeep: FormDraft? { state.draftToKeep(now: env.now) }

    // MARK: update

    func handle(_ event: ScreenEvent) -> [AppCommand] {
        switch event {
        case .reload, .reappeared: return state.isReady ? [] : prepare()
        case .key(let key): return handleKey(key)
        }
    }

    private func handleKey(_ key: Key) -> [AppCommand] {
        if let offer = state.draftOffer {
            guard let done = env.answer(offer, with: key, restore: { state.restore($0.fields) }) else { return [] }
            state.draftOffer = nil
            return done + refreshFacts()
        }
        if let dialog = state.confirmDiscard {
            switch dialog.answer(for: key) {
            case .yes: state.confirmDiscard = nil; return [.back, .status("The job was not recorded.", isError: false)]
            case .no: state.confirmDiscard = nil; return [.status("Kept your typing.", isError: false)]
            case nil: return []
            }
        }
        guard state.isReady else { return key == .escape ? [.back] : [] }
        if !state.focusedDropdownIsOpen {
            switch state.keymap.lookup(key) {
            case .run(.save): return save()
            case .disabled(let reason) where key == .ctrl("s"): return [.status(reason, isError: true)]
            case .run(.scrollPanel):
                state.panelScroll = min(max(0, state.panelScroll + (key == .pageDown ? 5 : -5)), state.panelMaxScroll)
                return []
            default: break
            }
        }
        let employer = state.form[EmploymentForm.ID.employer]?.value
        let hadErrors = state.form.hasErrors
        switch state.form.handle(key, width: state.formWidth) {
        case .cancelled: return cancel()
        case .submitted: return save()
        case .ignored where key == .up: state.moveFocus(by: -1)
        case .ignored where key == .down: state.moveFocus(by: 1)
        default: break
        }
        if state.form[EmploymentForm.ID.employer]?.value != employer { state.employerChanged() }
        return FixedFieldsNotice.commands(hadErrors: hadErrors, form: state.form) + refreshFacts()
    }

    private func cancel() -> [AppCommand] {
        guard state.isDirty else { return [.back] }
        state.confirmDiscard = ConfirmDialog(title: "Discard this job?",
                                             message: ["What you typed has not been saved and will be lost.",
                                                       "y discards it; n or Esc goes back to the form."], defaultAnswer: .no)
        return []
    }

    // MARK: effects (the only place this screen touches the database)

    private func prepare() -> [AppCommand] {
        guard env.can(.editActionPlan) else {
            state.loadError = Permission.editActionPlan.refusal
            return [.back, .status(Permission.editActionPlan.refusal, isError: true)]
        }
        do {
            let name = try env.db.clientSummary(id: state.clientID, by: env.actor).sortName
            let employers = try env.db.employers(matching: "", limit: 2000)
            let previous = Set(try env.db.employments(clientID: state.clientID).map(\.employerID))
            let reasons = try env.db.valueList(.endReason).map(\.value)
            state.prepare(clientName: name, employers: employers, previous: previous, endReasons: reasons, today: env.today)
            state.draftOffer = env.draftOffer(state.draftKey, what: "job")
            return []
        } catch {
            state.loadError = ClientProfileScreen.message(error)
            return [.back, .status("Could not open the job form: \(ClientProfileScreen.message(error))", isError: true)]
        }
    }

    /// The PBF facts depend on the start date (jobs held then, programs begun by then): read them again when it changes.
    private func refreshFacts() -> [AppCommand] {
        guard let start = state.startDate, start != state.factsStart else { return [] }
        do {
            state.facts = try env.db.pbfFacts(clientID: state.clientID, jobStartingOn: start, by: env.actor)
            state.factsStart = start
            return []
        } catch {
            return [.status("Could not read the client's PBF facts: \(ClientProfileScreen.message(error))", isError: true)]
        }
    }

    private func save() -> [AppCommand] {
        let draft: EmploymentDraft
        switch EmploymentForm.draft(state.form, employers: state.employers) {
        case .failure(let problems):
            state.form.setErrors(problems.byField)
            return [.status(EmploymentEntryState.summary(problems.byField), isError: true)]
        case .success(let d): draft = d
        }
        do {
            var employerID = draft.employerID
            if let name = draft.newEmployerName {
                if state.createdEmployer?.name != name {
                    state.createdEmployer = try env.db.addEmployer(Employer(name: name), by: env.actor)
                }
                employerID = state.createdEmployer?.id
            }
            guard let employerID else { return [] }
            let (job, checkpoints) = try env.db.recordEmployment(Employment(
                clientID: state.clientID, employerID: employerID, jobTitle: draft.jobTitle, startDate: draft.startDate,
                hoursPerWeek: draft.hoursPerWeek, isNewEmployer: draft.isNewEmployer, endDate: draft.endDate,
                endReason: draft.endReason, isFromOutcomeProgram: draft.isFromOutcomeProgram), by: env.actor)
            state.initialValues = state.form.values
            return [.back, .status("Job saved (\(job.isPBFEligible ? "PBF-eligible" : "not PBF-eligible")); its \(checkpoints.count) checkpoints are listed.",
                                   isError: false)]
        } catch StoreError.invalid(let problems) {
            let byField = Dictionary(problems.map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a })
            state.form.setErrors(byField)
            return [.status("Not saved: " + problems.map(\.message).joined(separator: " "), isError: true)]
        } catch {
            return [.status("Not saved: \(ClientProfileScreen.message(error)) Your typing is kept.", isError: true)]
        }
    }

    // MARK: view

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        EmploymentEntryView(state: state, ascii: env.asciiBorders).render(into: &buffer, in: rect, theme: theme)
        state.formWidth = EmploymentEntryView.layout(state, in: rect).form.width
        let panel = EmploymentEntryView.panelLineCount(state, in: rect)
        state.panelMaxScroll = LinesView.maxScroll(lineCount: panel.lines, height: panel.height)
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
