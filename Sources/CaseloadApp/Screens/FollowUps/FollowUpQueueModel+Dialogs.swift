import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// The queue's dialogs: their keys, what they check before saving, and which save they ask for.
/// A refusal keeps the dialog and its typed text, with the store's reason on the field or below.
extension FollowUpQueueModel {
    mutating func handleDialog(_ key: Key) -> [Effect<FollowUpQueueMessage>] {
        guard let dialog = state.dialog else { return [] }
        switch dialog {
        case .complete(var d, let item):
            let outcome = d.handle(key); state.dialog = .complete(d, item: item)
            return finish(outcome) { .complete(item, note: d.text("note")) }
        case .snooze(var d, let item):
            let outcome = d.handle(key); state.dialog = .snooze(d, item: item)
            return finish(outcome) {
                if let problem = d.dateProblem("until", required: true) { return .refusal([problem]) }
                return .snooze(item, until: d.date("until")!, reason: d.text("reason"))
            }
        case .record(var d, let item, let kind):
            let outcome = d.handle(key); state.dialog = .record(d, item: item, kind: kind)
            return finish(outcome) { Self.recordSave(d, item: item, kind: kind) }
        case .manual(var d):
            let outcome = d.handle(key); state.dialog = .manual(d)
            switch outcome {
            case .search: return searchClients()
            case .cancel: state.dialog = nil; return [.status("Nothing added.")]
            case .submit: return finish(.submit) { Self.manualSave(d) }
            case .none: return [.handled]
            }
        case .calendar(var panel):
            let outcome = panel.handle(key); state.dialog = .calendar(panel)
            switch outcome {
            case .none: return [.handled]
            case .close: state.dialog = nil; return [.handled]
            case .add(let day): return [.addClosureDay(day)]
            case .remove(let day): return [.removeClosureDay(day)]
            case .setSubstitutes(let on): return [.setObservedSubstitutes(on)]
            }
        }
    }

    /// A save as the dialog asks for it: the store call, or problems found before the store sees it.
    enum Save {
        case refusal([FieldError])
        case effect(Effect<FollowUpQueueMessage>)
        static func complete(_ item: DueItem, note: String) -> Save { .effect(.completeFollowUp(item, note: note)) }
        static func snooze(_ item: DueItem, until: LocalDate, reason: String) -> Save { .effect(.snoozeFollowUp(item, until: until, reason: reason)) }
    }

    /// Cancel closes; submit asks for the save (which closes the dialog and reloads when it goes
    /// through) or shows why it cannot be made.
    private mutating func finish(_ outcome: FormDialog.Outcome, _ save: () -> Save) -> [Effect<FollowUpQueueMessage>] {
        switch outcome {
        case .none: return [.handled]
        case .cancel: state.dialog = nil; return [.status("Nothing changed.")]
        case .submit:
            switch save() {
            case .refusal(let problems): return refuse(problems)
            case .effect(let effect): return [effect]
            }
        }
    }

    mutating func showProblems(_ problems: [FieldError]) {
        switch state.dialog {
        case .complete(var d, let item): d.show(problems); state.dialog = .complete(d, item: item)
        case .snooze(var d, let item): d.show(problems); state.dialog = .snooze(d, item: item)
        case .record(var d, let item, let kind): d.show(problems); state.dialog = .record(d, item: item, kind: kind)
        case .manual(var d): d.details.show(problems); state.dialog = .manual(d)
        case .calendar(var p):
            if var form = p.adding { form.show(problems); p.adding = form } else { p.adding = nil }
            state.dialog = .calendar(p)
        case nil: break
        }
    }

    // MARK: record the contact that satisfies the item

    /// The note is the record; a contact attempt also needs what happened.
    static func recordSave(_ d: FormDialog, item: DueItem, kind: FollowUpDialog.Record) -> Save {
        var problems: [FieldError] = []
        let body = d.text("note")
        if body.isEmpty { problems.append(FieldError(field: "note", message: "Write what happened; the note is the record.")) }
        switch kind {
        case .contactAttempt:
            let method = d.form["method"]?.value ?? ""
            guard let result = ContactResult(rawValue: d.form["result"]?.value ?? "") else {
                return .refusal(problems + [FieldError(field: "result", message: "Choose what happened (Reached, Voicemail …).")])
            }
            guard problems.isEmpty else { return .refusal(problems) }
            return .effect(.recordContactAttempt(item, method: method, result: result, body: body))
        case .saCommunication:
            guard problems.isEmpty else { return .refusal(problems) }
            return .effect(.recordSACommunication(item, communication: d.form["communication"]?.value ?? "", body: body))
        }
    }

    // MARK: manual follow-ups

    private mutating func searchClients() -> [Effect<FollowUpQueueMessage>] {
        guard case .manual(var d)? = state.dialog else { return [.handled] }
        guard !d.search.text.trimmingCharacters(in: .whitespaces).isEmpty else {
            d.matches = []; d.pick = 0
            state.dialog = .manual(d)
            return [.handled]
        }
        return [.searchClients(d.search.text, caseworkerID: state.seesTeam ? nil : context.actor.id)]
    }

    static func manualSave(_ d: ManualFollowUpDialog) -> Save {
        guard let client = d.client else {
            return .refusal([FieldError(field: "", message: "Choose the client first (Shift-Tab back to the client field).")])
        }
        if let problem = d.details.dateProblem("due", required: true) { return .refusal([problem]) }
        return .effect(.addManualFollowUp(client, title: d.details.text("title"), dueOn: d.details.date("due")!, ownerID: d.ownerID))
    }
}
