import CaseloadCore
import CaseloadStore
import TerminalKit

/// The queue's modal dialogs. Each knows the item it acts on; the screen runs the store call.
enum FollowUpDialog {
    /// are satisfied by a contact attempt; by word to the SA caseworker.
    enum Record: Equatable { case contactAttempt, saCommunication }

    case complete(FormDialog, item: DueItem)
    case snooze(FormDialog, item: DueItem)
    case record(FormDialog, item: DueItem, kind: Record)
    case manual(ManualFollowUpDialog)
    case calendar(CalendarPanel)

    /// Which kind of record satisfies an item's rule, if `r` can record it here.
    static func recordKind(for rule: FollowUpRule) -> Record? {
        switch rule {
        case .r01, .r02: return .contactAttempt
        case .r04, .r11: return .saCommunication
        default: return nil
        }
    }

    static func complete(_ item: DueItem) -> FollowUpDialog {
        .complete(FormDialog(title: "Complete follow-up", lines: ["\(item.rule.rawValue) · \(item.title) · \(item.clientName)",
                                                                  "The note is kept with the item and audited."],
                             fields: [FormField(id: "note", label: "What was done", control: .text(TextFieldState("", maxLength: 200)))]),
                  item: item)
    }

    /// A week on, moved to a business day (never a Saturday or a holiday, when nobody would act on it).
    static func aWeekOn(_ today: LocalDate) -> LocalDate { BusinessCalendar.ontario.businessDay(onOrAfter: today.adding(days: 7)) }

    static func snooze(_ item: DueItem, today: LocalDate) -> FollowUpDialog {
        return .snooze(FormDialog(title: "Snooze follow-up", lines: [
            "\(item.rule.rawValue) · \(item.title) · \(item.clientName) · due \(item.due.long)",
            "It leaves the queue until the new day; the reason is shown with it and audited."], fields: [
            FormField(id: "until", label: "Until", control: .date(DateFieldState(Self.aWeekOn(today).iso, today: today, allowsEmpty: false, accepting: .anyDay))),
            FormField(id: "reason", label: "Reason", control: .text(TextFieldState("", placeholder: "why it can wait", maxLength: 200))),
        ]), item: item)
    }

    /// Method and result (or how the SA caseworker was told) and what happened, saved as a case note.
    static func record(_ item: DueItem, kind: Record, methods: [String], communications: [String]) -> FollowUpDialog {
        switch kind {
        case .contactAttempt:
            return .record(FormDialog(title: "Record contact attempt", lines: [
                "\(item.clientName) · \(item.title)",
                "Saved as a case note of Type \(CaseNote.contactAttemptType); any attempt satisfies R-01, a second one R-02."], fields: [
                FormField(id: "method", label: "Method", control: .dropdown(DropdownState(options: methods, selectedIndex: methods.isEmpty ? nil : 0))),
                FormField(id: "result", label: "Result", control: .dropdown(DropdownState(options: ContactResult.allCases.map(\.rawValue), placeholder: "what happened"))),
                FormField(id: "note", label: "Note", control: .text(TextFieldState("", placeholder: "number used, message left, next try", maxLength: 400))),
            ]), item: item, kind: kind)
        case .saCommunication:
            let phone = communications.firstIndex(of: "Phone") ?? (communications.isEmpty ? nil : 0)
            return .record(FormDialog(title: "Record word to the SA caseworker", lines: [
                "\(item.clientName) · \(item.title)",
                "Saved as a case note of Type SA Communication, which satisfies \(item.rule.rawValue)."], fields: [
                FormField(id: "communication", label: "How", control: .dropdown(DropdownState(options: communications, selectedIndex: phone))),
                FormField(id: "note", label: "Note", control: .text(TextFieldState("", placeholder: "what the SA caseworker was told", maxLength: 400))),
            ]), item: item, kind: kind)
        }
    }

    /// Text fields take printable keys, so global letter keys stay off while a dialog is open.
    var isEditingText: Bool { true }
}
