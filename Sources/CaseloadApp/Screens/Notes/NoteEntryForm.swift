import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// The case-note form's fields (SOP 5). The order is the path most notes take: Communication,
/// Type, subject and body, then the optional links; date and time default to now, one Shift-Tab up.
/// Type Consent adds topic and given/withdrawn; Type Contact Attempt adds method and result.
enum NoteEntryForm {
    enum ID {
        static let day = "day", time = "time", communication = "communication", type = "type"
        static let consentTopic = "consentTopic", consentGiven = "consentGiven"
        static let method = "method", result = "result"
        static let subject = "subject", body = "body", planItem = "planItem", appointment = "appointment"
    }
    static let consentChoices = ["Given", "Withdrawn"]
    static let results = ContactResult.allCases.map(\.rawValue)
    static let noLink = "(none)"

    /// What the dropdowns offer: the administrator's lists and the client's own plan items and appointments.
    struct Lists: Hashable {
        var communications: [String] = []
        var types: [String] = []
        var methods: [String] = []
        var planItems: [NoteLink] = []
        var appointments: [NoteLink] = []
    }

    static func fields(_ lists: Lists, today: LocalDate, time: String, amending original: CaseNote?) -> [FormField] {
        var out = [
            FormField(id: ID.day, label: "Date", control: .date(DateFieldState(today.iso, today: today, allowsEmpty: false, accepting: .anyDay))),
            FormField(id: ID.time, label: "Time", control: .text(TextFieldState(time, placeholder: "HH:MM", maxLength: 5))),
            FormField(id: ID.communication, label: "Communication", control: .dropdown(DropdownState(
                options: lists.communications, selectedIndex: original.flatMap { o in lists.communications.firstIndex(of: o.communication) },
                placeholder: "type to choose: how the contact happened"))),
            FormField(id: ID.type, label: "Type", control: .dropdown(DropdownState(
                options: lists.types, selectedIndex: original.flatMap { o in lists.types.firstIndex(of: o.type) },
                placeholder: "type to choose: what kind of note"))),
            FormField(id: ID.subject, label: "Subject", control: .text(TextFieldState(
                original?.subject ?? "", placeholder: "optional: the note's first line if left empty", maxLength: FieldLimits.noteSubject))),
            FormField(id: ID.body, label: "Note", control: .editor(TextEditorState("", placeholder: original == nil
                ? "What happened, advice given, next steps (Enter: new line)" : "The correction: what was wrong and what is right",
                maxLength: FieldLimits.noteBody), rows: 8)),
        ]
        if !lists.planItems.isEmpty {
            out.append(linkField(ID.planItem, "Plan item", lists.planItems, chosen: original?.planItemID))
        }
        if !lists.appointments.isEmpty {
            out.append(linkField(ID.appointment, "Appointment", lists.appointments, chosen: original?.appointmentID))
        }
        return out
    }

    static func linkField(_ id: String, _ label: String, _ links: [NoteLink], chosen: Int64?) -> FormField {
        let index = chosen.flatMap { c in links.firstIndex { $0.id == c } }.map { $0 + 1 } ?? 0
        return FormField(id: id, label: label, control: .dropdown(DropdownState(options: [noLink] + links.map(\.label), selectedIndex: index)))
    }

    static func consentFields() -> [FormField] {
        [
            FormField(id: ID.consentTopic, label: "Consent to", control: .text(TextFieldState(
                "", placeholder: "what, e.g. share information with the OW caseworker", maxLength: 120))),
            FormField(id: ID.consentGiven, label: "Consent is", control: .dropdown(DropdownState(options: consentChoices, placeholder: "Given or Withdrawn"))),
        ]
    }

    static func attemptFields(methods: [String]) -> [FormField] {
        [
            FormField(id: ID.method, label: "Attempt by", control: .dropdown(DropdownState(options: methods, placeholder: "how you tried to reach the client"))),
            FormField(id: ID.result, label: "Result", control: .dropdown(DropdownState(options: results, placeholder: "what happened"))),
        ]
    }

    /// "14:05" → minutes after midnight; nil for anything else.
    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
              (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        return h * 60 + m
    }

    static func clock(_ instant: Date, in zone: TimeZone) -> String {
        var cal = Calendar(identifier: .gregorian); cal.timeZone = zone
        let c = cal.dateComponents([.hour, .minute], from: instant)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }
}
