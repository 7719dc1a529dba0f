import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// The queue's dialogs: opening them (with what they need from the store) and saving what they hold.
/// A refusal keeps the dialog and its typed text, with the store's reason on the field or below.
extension FollowUpQueueScreen {
    func handleDialog(_ key: Key) -> [AppCommand] {
        guard let dialog = state.dialog else { return [] }
        switch dialog {
        case .complete(var d, let item):
            let outcome = d.handle(key); state.dialog = .complete(d, item: item)
            return finish(outcome) { try self.env.db.completeFollowUp(item, note: d.text("note"), by: self.env.actor, today: self.env.today)
                return "Completed: \(item.title) — \(item.clientName)." }
        case .snooze(var d, let item):
            let outcome = d.handle(key); state.dialog = .snooze(d, item: item)
            return finish(outcome) {
                if let problem = d.dateProblem("until", required: true) { throw StoreError.invalid([problem]) }
                let day = d.date("until")!
                try self.env.db.snoozeFollowUp(item, until: day, reason: d.text("reason"), by: self.env.actor, today: self.env.today)
                return "Snoozed to \(day.long): \(item.title) — \(item.clientName)."
            }
        case .record(var d, let item, let kind):
            let outcome = d.handle(key); state.dialog = .record(d, item: item, kind: kind)
            return finish(outcome) { try self.saveRecord(d, item: item, kind: kind) }
        case .manual(var d):
            let outcome = d.handle(key); state.dialog = .manual(d)
            switch outcome {
            case .search: return searchClients()
            case .cancel: state.dialog = nil; return [.status("Nothing added.", isError: false)]
            case .submit: return finish(.submit) { try self.saveManual(d) }
            case .none: return []
            }
        case .calendar(var panel):
            let outcome = panel.handle(key); state.dialog = .calendar(panel)
            return calendarChange(outcome)
        }
    }

    /// Cancel closes; submit runs `save` and reloads, or shows why it was refused.
    private func finish(_ outcome: FormDialog.Outcome, _ save: () throws -> String) -> [AppCommand] {
        switch outcome {
        case .none: return []
        case .cancel: state.dialog = nil; return [.status("Nothing changed.", isError: false)]
        case .submit:
            do {
                let message = try save()
                state.dialog = nil
                return reload() + [.status(message, isError: false)]
            } catch StoreError.invalid(let problems) {
                showProblems(problems)
                return [.status("Not saved: \(problems.first?.message ?? "check the marked field")", isError: true)]
            } catch {
                showProblems([FieldError(field: "", message: "\(error)")])
                return [.status("Not saved: \(error)", isError: true)]
            }
        }
    }

    private func showProblems(_ problems: [FieldError]) {
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

    func openRecordDialog() -> [AppCommand] {
        guard let item = state.selected, let kind = FollowUpDialog.recordKind(for: item.rule) else { return [] }
        do {
            let methods = try env.db.valueList(.contactMethod).map(\.value)
            let communications = try env.db.valueList(.communication).map(\.value)
            state.dialog = FollowUpDialog.record(item, kind: kind, methods: methods, communications: communications)
            return []
        } catch {
            return [.status("Could not read the contact methods: \(error)", isError: true)]
        }
    }

    private func saveRecord(_ d: FormDialog, item: DueItem, kind: FollowUpDialog.Record) throws -> String {
        var problems: [FieldError] = []
        let body = d.text("note")
        if body.isEmpty { problems.append(FieldError(field: "note", message: "Write what happened; the note is the record.")) }
        switch kind {
        case .contactAttempt:
            let method = d.form["method"]?.value ?? ""
            guard let result = ContactResult(rawValue: d.form["result"]?.value ?? "") else {
                throw StoreError.invalid(problems + [FieldError(field: "result", message: "Choose what happened (Reached, Voicemail …).")])
            }
            guard problems.isEmpty else { throw StoreError.invalid(problems) }
            let communications = try env.db.valueList(.communication).map(\.value)
            // The note's Communication follows the method; a voicemail is its own kind of contact.
            let communication = result == .voicemail && communications.contains("Voicemail Left") ? "Voicemail Left" : method
            let note = CaseNote(clientID: item.clientID, authorID: 0, interactionAt: env.now, communication: communication,
                                type: CaseNote.contactAttemptType, subject: "Contact attempt: \(result.rawValue)", body: body)
            _ = try env.db.submitNote(note, recording: .contactAttempt(method: method, result: result), zone: env.zone, by: env.actor)
            return "Contact attempt recorded for \(item.clientName) (\(method), \(result.rawValue))."
        case .saCommunication:
            guard problems.isEmpty else { throw StoreError.invalid(problems) }
            let note = CaseNote(clientID: item.clientID, authorID: 0, interactionAt: env.now, communication: d.form["communication"]?.value ?? "",
                                type: "SA Communication", subject: "SA caseworker told: \(item.title)", body: body)
            _ = try env.db.submitNote(note, zone: env.zone, by: env.actor)
            return "SA communication recorded for \(item.clientName)."
        }
    }

    // MARK: manual follow-ups

    func openManualDialog() -> [AppCommand] {
        do {
            let client = try state.selected.map { try env.db.clientSummary(id: $0.clientID, by: env.actor) }
            // Caseworkers own what they add; supervisors may give it to anyone who has a queue.
            let owners = state.seesTeam ? state.staff.filter { $0.isActive && $0.role.allows(.viewFollowUps) } : [env.actor]
            let defaultOwner = state.caseworkerID ?? env.actor.id
            state.dialog = .manual(ManualFollowUpDialog(startingWith: client, owners: owners, defaultOwner: defaultOwner, today: env.today))
            return []
        } catch {
            return [.status("Could not start a follow-up: \(error)", isError: true)]
        }
    }

    private func searchClients() -> [AppCommand] {
        guard case .manual(var d)? = state.dialog else { return [] }
        do {
            let mine = state.seesTeam ? nil : env.actor.id
            d.matches = d.search.text.trimmingCharacters(in: .whitespaces).isEmpty ? []
                : try env.db.searchClients(query: d.search.text, limit: ManualFollowUpDialog.maxMatches, caseworkerID: mine, by: env.actor)
            d.pick = 0
            state.dialog = .manual(d)
            return []
        } catch {
            return [.status("Search failed: \(error)", isError: true)]
        }
    }

    private func saveManual(_ d: ManualFollowUpDialog) throws -> String {
        guard let client = d.client else {
            throw StoreError.invalid([FieldError(field: "", message: "Choose the client first (Shift-Tab back to the client field).")])
        }
        if let problem = d.details.dateProblem("due", required: true) { throw StoreError.invalid([problem]) }
        let added = try env.db.createManualFollowUp(clientID: client.id, title: d.details.text("title"), dueOn: d.details.date("due")!,
                                                    ownerID: d.ownerID, by: env.actor, today: env.today)
        return "Added “\(added.title)” for \(ManualFollowUpDialog.label(client)), due \(added.dueOn.long)."
    }

    // MARK: calendar (administrators)

    func openCalendar() -> [AppCommand] {
        state.dialog = .calendar(CalendarPanel(closures: [], substitutes: true, sites: state.sites, today: env.today))
        return reload()
    }

    private func calendarChange(_ outcome: CalendarPanel.Outcome) -> [AppCommand] {
        do {
            let message: String
            switch outcome {
            case .none: return []
            case .close: state.dialog = nil; return []
            case .add(let day):
                let added = try env.db.addClosureDay(day, by: env.actor)
                if case .calendar(var p)? = state.dialog { p.adding = nil; state.dialog = .calendar(p) }
                message = "Closed \(added.day.long): \(added.reason). Due dates have moved."
            case .remove(let day):
                try env.db.removeClosureDay(id: day.id ?? 0, by: env.actor)
                message = "Reopened \(day.day.long). Due dates have moved."
            case .setSubstitutes(let on):
                try env.db.setObservedSubstitutes(on, by: env.actor)
                message = "Observed substitutes \(on ? "on" : "off"). Due dates have moved."
            }
            return reload() + [.status(message, isError: false)]
        } catch StoreError.invalid(let problems) {
            showProblems(problems)
            return [.status("Not saved: \(problems.first?.message ?? "check the marked field")", isError: true)]
        } catch {
            return [.status("Not saved: \(error)", isError: true)]
        }
    }
}
