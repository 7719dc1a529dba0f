import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

enum AssessmentEntryMessage {
    case opened(clientName: String, latest: Assessment?)
    case saved(Assessment)
}

enum AssessmentEntryAction: Sendable { case save, cancel, fields }

/// Records the common assessment (item 1 of #18): Module 1 and 2 dates, the submission to CaMS, SOP 3's
/// content and the comment for the SA caseworker. `startsNew` re-administers it: a new assessment,
/// the earlier one kept as history; otherwise the latest one is edited (or the first one started).
struct AssessmentEntryModel: ScreenModel {
    let context: ScreenContext
    let clientID: Int64
    let startsNew: Bool
    private(set) var clientName = ""
    private(set) var base: Assessment?
    private(set) var form = FormState(fields: [])
    private(set) var initialValues: [String: String] = [:]
    private(set) var isReady = false
    private(set) var confirmDiscard: ConfirmDialog?
    private(set) var formWidth = 60

    init(context: ScreenContext, clientID: Int64, startsNew: Bool) {
        self.context = context; self.clientID = clientID; self.startsNew = startsNew
    }

    var title: String {
        let what = startsNew ? "Re-administer the assessment" : "Common assessment"
        return clientName.isEmpty ? what : "\(what) · \(clientName)"
    }
    var hasUnsavedInput: Bool { isReady && form.values != initialValues }
    var isEditingText: Bool { isReady }

    var keymap: Keymap<AssessmentEntryAction> {
        Keymap([
            KeyBinding([.ctrl("s")], .save, help: "Save assessment", group: "Form", showInFooter: true,
                       disabledReason: context.can(.editClient) ? nil : Permission.editClient.refusal),
            KeyBinding([.tab], .fields, help: "Next field", group: "Form", showInFooter: true),
            KeyBinding([.backTab], .fields, help: "Previous field", group: "Form"),
            KeyBinding([.escape], .cancel, help: hasUnsavedInput ? "Cancel (asks first)" : "Cancel", group: "Form", showInFooter: true),
        ])
    }
    var footerKeys: Keymap<Int> { Keymap(keymap.bindings.map { KeyBinding($0.keys, 0, help: $0.help, group: $0.group,
                                                                           showInFooter: $0.showInFooter, disabledReason: $0.disabledReason) }) }

    mutating func update(_ input: ScreenInput<AssessmentEntryMessage>) -> [Effect<AssessmentEntryMessage>] {
        switch input {
        case .reload, .reappeared, .summoned:
            guard context.can(.editClient) else { return [.back, .status(Permission.editClient.refusal, isError: true)] }
            return isReady ? [] : [.openAssessment(clientID)]
        case .loaded(.opened(let name, let latest)):
            clientName = name
            base = startsNew ? nil : latest
            form = FormState(fields: AssessmentForm.fields(from: base, today: context.today, zone: context.zone))
            initialValues = form.values
            isReady = true
            return []
        case .loaded(.saved(let saved)):
            initialValues = form.values
            let what = base == nil ? (startsNew ? "New assessment recorded; the earlier one is kept in history" : "Assessment recorded")
                                   : "Assessment saved"
            return [.back, .status("\(what) for \(clientName) (version \(saved.version)).")]
        case .failed(let failure):
            if case .invalid(let problems)? = failure.error as? StoreError {
                form.setErrors(Dictionary(problems.map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a }))
            }
            return isReady ? [] : [.back]
        case .laidOut(let rect):
            formWidth = max(20, min(rect.width - 2, 100))
            return []
        case .key(let key): return handle(key)
        case .idle: return []
        }
    }

    private mutating func handle(_ key: Key) -> [Effect<AssessmentEntryMessage>] {
        if let dialog = confirmDiscard {
            switch dialog.answer(for: key) {
            case .yes: confirmDiscard = nil; return [.back, .status("The assessment was not saved.")]
            case .no: confirmDiscard = nil; return [.status("Kept your typing.")]
            case nil: return [.handled]
            }
        }
        guard isReady else { return key == .escape ? [.back] : [.handled] }
        if key == .ctrl("s"), case .disabled(let reason) = keymap.lookup(key) { return [.status(reason, isError: true)] }
        let hadErrors = form.hasErrors
        switch form.handle(key, width: formWidth) {
        case .cancelled: return cancel()
        case .submitted: return save()
        default: break
        }
        return hadErrors && !form.hasErrors ? [.status(FixedFieldsNotice.text)] : [.handled]
    }

    private mutating func cancel() -> [Effect<AssessmentEntryMessage>] {
        guard hasUnsavedInput else { return [.back] }
        confirmDiscard = ConfirmDialog(title: "Discard this assessment?",
                                       message: ["What you typed has not been saved and will be lost.",
                                                 "y discards it; n or Esc goes back to the form."], defaultAnswer: .no)
        return [.handled]
    }

    private mutating func save() -> [Effect<AssessmentEntryMessage>] {
        switch AssessmentForm.assessment(form, base: base ?? Assessment(clientID: clientID), zone: context.zone) {
        case .failure(let problems):
            form.setErrors(problems.byField)
            return [.status(EmploymentEntryState.summary(problems.byField), isError: true)]
        case .success(let assessment):
            return [.saveAssessment(assessment, today: context.today)]
        }
    }

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > 3 else { return }
        let heading = startsNew ? " Re-administer the common assessment" : " Common assessment"
        let x = rect.x + buffer.put(heading, x: rect.x, y: rect.y, style: theme[.label])
        let note = startsNew ? " · the earlier one stays in history; R-15 counts from this one · ^S saves"
                             : " · dates not in the future; Module 2 not before Module 1 · ^S saves"
        buffer.put(" · \(clientName)" + note, x: x, y: rect.y, style: theme[.muted], maxWidth: rect.maxX - x)
        let body = rect.inset(top: 2, left: 1, right: 1)
        guard isReady else {
            EmptyState.render("Loading…", into: &buffer, in: body, theme: theme)
            return
        }
        Form.render(form, into: &buffer, in: Rect(x: body.x, y: body.y, width: min(body.width, 100), height: body.height), theme: theme)
    }

    func overlay(into buffer: inout ScreenBuffer, theme: Theme) {
        confirmDiscard?.render(into: &buffer, in: Rect(x: 0, y: 0, width: buffer.width, height: buffer.height), theme: theme)
    }
}

extension Effect where Message == AssessmentEntryMessage {
    static func openAssessment(_ clientID: Int64) -> Self {
        .read("open the assessment") { env in
            .opened(clientName: try env.db.clientSummary(id: clientID, by: env.actor).sortName,
                    latest: try env.db.profileAssessment(clientID: clientID, by: env.actor))
        }
    }

    static func saveAssessment(_ assessment: Assessment, today: LocalDate) -> Self {
        .write("save the assessment") { env in
            .saved(try env.db.saveAssessment(assessment, today: today, by: env.actor, zone: env.zone))
        }
    }
}
