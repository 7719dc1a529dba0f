import CaseloadCore
import CaseloadStore
import Foundation

/// Checking what was typed and turning it into the store's note and record.
extension NoteEntryState {
    /// The interaction instant from the Date and Time fields; nil while either is not valid (the
    /// date field's own value, so a day outside `AcceptedDates` is never counted from).
    func interactionAt(zone: TimeZone) -> Date? {
        guard case .date(let field)? = form[ID.day]?.control, let typed = field.value,
              let day = LocalDate(year: typed.year, month: typed.month, day: typed.day),
              let minutes = NoteEntryForm.minutes(form.values[ID.time] ?? "") else { return nil }
        return day.startInstant(in: zone).addingTimeInterval(Double(minutes * 60))
    }

    /// Field problems by field id; empty when the note can be saved.
    func problems(now: Date, zone: TimeZone) -> [String: String] {
        let v = form.values
        var out: [String: String] = [:]
        if case .date(let d)? = form[ID.day]?.control, let error = d.error { out[ID.day] = error }
        if NoteEntryForm.minutes(v[ID.time] ?? "") == nil { out[ID.time] = "Use 24-hour HH:MM, e.g. 14:05." }
        if let at = interactionAt(zone: zone), at > now.addingTimeInterval(60) {
            out[LocalDate(at, in: zone) > LocalDate(now, in: zone) ? ID.day : ID.time] = "The interaction can't be in the future."
        }
        if (v[ID.communication] ?? "").isEmpty { out[ID.communication] = "Choose how the contact happened (SOP 5)." }
        if type.isEmpty { out[ID.type] = "Choose what kind of note this is (SOP 5)." }
        if (v[ID.body] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { out[ID.body] = "Write what happened; an empty note is not saved." }
        if let template = appliedTemplate, v[ID.body] == template { out[ID.body] = "Fill in the template before saving." }
        if isConsent {
            if (v[ID.consentTopic] ?? "").trimmingCharacters(in: .whitespaces).isEmpty { out[ID.consentTopic] = "Say what was consented to (R-19)." }
            if (v[ID.consentGiven] ?? "").isEmpty { out[ID.consentGiven] = "Choose Given or Withdrawn." }
        }
        if isContactAttempt {
            if (v[ID.method] ?? "").isEmpty { out[ID.method] = "Choose how you tried to reach the client." }
            if (v[ID.result] ?? "").isEmpty { out[ID.result] = "Choose what happened." }
        }
        return out
    }

    /// The note as typed (valid only when `problems` is empty). An empty subject becomes the body's first line.
    func note(zone: TimeZone, now: Date) -> CaseNote {
        let v = form.values
        let body = v[ID.body] ?? ""
        var subject = (v[ID.subject] ?? "").trimmingCharacters(in: .whitespaces)
        if subject.isEmpty { subject = defaultSubject(body: body) }
        return CaseNote(clientID: clientID, authorID: 0, interactionAt: interactionAt(zone: zone) ?? now, enteredAt: now,
                        communication: v[ID.communication] ?? "", type: type, subject: subject, body: body, amends: amends,
                        planItemID: chosenLink(ID.planItem, in: lists.planItems),
                        appointmentID: chosenLink(ID.appointment, in: lists.appointments))
    }

    /// The body's first line, unless that is a template's label: then what the note records.
    private func defaultSubject(body: String) -> String {
        let first = body.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let labels = Set((templates[type] ?? "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        guard labels.contains(where: { !$0.isEmpty && first.hasPrefix($0) }) else { return String(first.prefix(FieldLimits.noteSubject)) }
        switch record {
        case let .consent(topic, isGiven): return String("Consent \(isGiven ? "given" : "withdrawn"): \(topic)".prefix(FieldLimits.noteSubject))
        case let .contactAttempt(method, result): return "Contact attempt by \(method): \(result.rawValue)"
        case .none: return type
        }
    }

    private func chosenLink(_ id: String, in links: [NoteLink]) -> Int64? {
        guard case .dropdown(let d)? = form[id]?.control, let i = d.selectedIndex, i > 0, links.indices.contains(i - 1) else { return nil }
        return links[i - 1].id
    }

    /// The consent record or contact attempt the note documents.
    var record: NoteRecord {
        let v = form.values
        if isConsent { return .consent(topic: v[ID.consentTopic] ?? "", isGiven: v[ID.consentGiven] == NoteEntryForm.consentChoices[0]) }
        if isContactAttempt, let result = v[ID.result].flatMap(ContactResult.init(rawValue:)) {
            return .contactAttempt(method: v[ID.method] ?? "", result: result)
        }
        return .none
    }

    /// Shown above the form when the chosen day is more than one business day ago.
    func lateEntryHint(now: Date, zone: TimeZone) -> String? {
        guard let at = interactionAt(zone: zone) else { return nil }
        let days = LateEntry.businessDays(interaction: at, entered: now, calendar: calendar, zone: zone)
        return days > 1 ? "Late entry (\(days) business days ago): the note will be marked late (SOP 2)." : nil
    }
}
