import CaseloadCore
import CaseloadStore
import Foundation

/// The queue's reads and writes: the only places it reaches the store. A refusal by the store's
/// rules comes back as `.refused` (the dialog marks the field); anything else fails the effect.
extension Effect where Message == FollowUpQueueMessage {
    static var loadPeople: Self {
        .read("read the staff list") { env in .people(staff: try env.db.listStaff(), sites: try env.db.sites()) }
    }

    /// The queue as of today, and the business calendar when its panel is open (one snapshot).
    static func loadQueue(_ scope: FollowUpScope, withCalendar: Bool) -> Self {
        .read(FollowUpQueueModel.computingTheQueue) { env in
            let items = try env.db.followUpQueue(asOf: env.today, now: env.now, scope: scope, zone: env.zone, by: env.actor)
            let calendar = try withCalendar ? FollowUpQueueMessage.CalendarRead(
                closures: env.db.closureDays(from: env.today.adding(days: -31), through: env.today.adding(days: 3 * 366)),
                substitutes: env.db.observedSubstitutes()) : nil
            return .queue(items, asOf: env.today, calendar: calendar)
        }
    }

    static func loadRecordChoices(_ item: DueItem, _ kind: FollowUpDialog.Record) -> Self {
        .read("read the contact methods") { env in
            .recordChoices(item, kind, methods: try env.db.valueList(.contactMethod).map(\.value),
                           communications: try env.db.valueList(.communication).map(\.value))
        }
    }

    static func loadManualStart(clientID: Int64?) -> Self {
        .read("start a follow-up") { env in .manualStart(try clientID.map { try env.db.clientSummary(id: $0, by: env.actor) }) }
    }

    static func searchClients(_ query: String, caseworkerID: Int64?) -> Self {
        .read("search the clients") { env in
            .clientMatches(try env.db.searchClients(query: query, limit: ManualFollowUpDialog.maxMatches, caseworkerID: caseworkerID, by: env.actor))
        }
    }

    // MARK: writes

    static func completeFollowUp(_ item: DueItem, note: String) -> Self {
        save("complete the follow-up") { env in
            try env.db.completeFollowUp(item, note: note, by: env.actor, today: env.today)
            return "Completed: \(item.title) — \(item.clientName)."
        }
    }

    static func snoozeFollowUp(_ item: DueItem, until day: LocalDate, reason: String) -> Self {
        save("snooze the follow-up") { env in
            try env.db.snoozeFollowUp(item, until: day, reason: reason, by: env.actor, today: env.today)
            return "Snoozed to \(day.long): \(item.title) — \(item.clientName)."
        }
    }

    static func recordContactAttempt(_ item: DueItem, method: String, result: ContactResult, body: String) -> Self {
        save("record the contact attempt") { env in
            let communications = try env.db.valueList(.communication).map(\.value)
            // The note's Communication follows the method; a voicemail is its own kind of contact.
            let communication = result == .voicemail && communications.contains("Voicemail Left") ? "Voicemail Left" : method
            let note = CaseNote(clientID: item.clientID, authorID: 0, interactionAt: env.now, communication: communication,
                                type: CaseNote.contactAttemptType, subject: "Contact attempt: \(result.rawValue)", body: body)
            _ = try env.db.submitNote(note, recording: .contactAttempt(method: method, result: result), zone: env.zone, by: env.actor)
            return "Contact attempt recorded for \(item.clientName) (\(method), \(result.rawValue))."
        }
    }

    static func recordSACommunication(_ item: DueItem, communication: String, body: String) -> Self {
        save("record the word to the SA caseworker") { env in
            let note = CaseNote(clientID: item.clientID, authorID: 0, interactionAt: env.now, communication: communication,
                                type: "SA Communication", subject: "SA caseworker told: \(item.title)", body: body)
            _ = try env.db.submitNote(note, zone: env.zone, by: env.actor)
            return "SA communication recorded for \(item.clientName)."
        }
    }

    static func addManualFollowUp(_ client: ClientSummary, title: String, dueOn: LocalDate, ownerID: Int64?) -> Self {
        save("add the follow-up") { env in
            let added = try env.db.createManualFollowUp(clientID: client.id, title: title, dueOn: dueOn, ownerID: ownerID,
                                                        by: env.actor, today: env.today)
            return "Added “\(added.title)” for \(ManualFollowUpDialog.label(client)), due \(added.dueOn.long)."
        }
    }

    static func addClosureDay(_ day: ClosureDay) -> Self {
        calendar("close the office on that day", added: true) { env in
            let added = try env.db.addClosureDay(day, by: env.actor)
            return "Closed \(added.day.long): \(added.reason). Due dates have moved."
        }
    }

    static func removeClosureDay(_ day: ClosureDay) -> Self {
        calendar("reopen that day", added: false) { env in
            try env.db.removeClosureDay(id: day.id ?? 0, by: env.actor)
            return "Reopened \(day.day.long). Due dates have moved."
        }
    }

    static func setObservedSubstitutes(_ on: Bool) -> Self {
        calendar("switch observed substitutes", added: false) { env in
            try env.db.setObservedSubstitutes(on, by: env.actor)
            return "Observed substitutes \(on ? "on" : "off"). Due dates have moved."
        }
    }

    /// A dialog's write: what it did in words, or the store's field refusal for the dialog to show.
    private static func save(_ doing: String, _ body: @escaping (AppEnvironment) throws -> String) -> Self {
        .write(doing) { env in
            do { return .saved(try body(env)) } catch StoreError.invalid(let problems) { return .refused(problems) }
        }
    }

    private static func calendar(_ doing: String, added: Bool, _ body: @escaping (AppEnvironment) throws -> String) -> Self {
        .write(doing) { env in
            do { return .calendarSaved(try body(env), added: added) } catch StoreError.invalid(let problems) { return .refused(problems) }
        }
    }
}
