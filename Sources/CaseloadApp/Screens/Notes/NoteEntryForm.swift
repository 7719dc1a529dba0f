import CaseloadCore
import Foundation
import TerminalKit

/// The case-note form's fields (SOP 5): when, Communication and Type from the administrator's
/// lists, subject and body; a contact attempt's method and result appear for Type "Contact Attempt".
enum NoteEntryForm {
    enum ID {
        static let day = "day", time = "time", communication = "communication", type = "type"
        static let method = "method", result = "result", subject = "subject", body = "body"
    }
    static let contactAttemptType = "Contact Attempt"
    static let results = ContactResult.allCases.map(\.rawValue)

    static func fields(communications: [String], types: [String], today: LocalDate, time: String,
                       amending original: CaseNote?) -> [FormField] {
        [
            FormField(id: ID.day, label: "Date", control: .date(DateFieldState(today.iso, today: CalendarDay(today)))),
            FormField(id: ID.time, label: "Time", control: .text(TextFieldState(time, placeholder: "HH:MM", maxLength: 5))),
            FormField(id: ID.communication, label: "Communication", control: .dropdown(DropdownState(
                options: communications, selectedIndex: original.flatMap { o in communications.firstIndex(of: o.communication) },
                placeholder: "Choose: type to filter"))),
            FormField(id: ID.type, label: "Type", control: .dropdown(DropdownState(
                options: types, selectedIndex: original.flatMap { o in types.firstIndex(of: o.type) }, placeholder: "Choose: type to filter"))),
            FormField(id: ID.subject, label: "Subject", control: .text(TextFieldState(
                original?.subject ?? "", placeholder: "one line: what this contact was about", maxLength: 120))),
            FormField(id: ID.body, label: "Note", control: .editor(TextEditorState(""), rows: 8)),
        ]
    }

    static func attemptFields(methods: [String]) -> [FormField] {
        [
            FormField(id: ID.method, label: "Attempt by", control: .dropdown(DropdownState(options: methods, placeholder: "Choose the method"))),
            FormField(id: ID.result, label: "Result", control: .dropdown(DropdownState(options: results, placeholder: "Choose the result"))),
        ]
    }

    /// "14:05" → minutes after midnight; nil for anything else.
    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m),
              parts[1].count == 2 else { return nil }
        return h * 60 + m
    }

    static func clock(_ instant: Date, in zone: TimeZone) -> String {
        var cal = Calendar(identifier: .gregorian); cal.timeZone = zone
        let c = cal.dateComponents([.hour, .minute], from: instant)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }
}
