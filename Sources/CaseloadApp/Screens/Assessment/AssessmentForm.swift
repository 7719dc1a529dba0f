import CaseloadCore
import Foundation
import TerminalKit

/// The assessment form's fields and how they become an `Assessment` (pure).
enum AssessmentForm {
    enum ID {
        static let module1 = "module1CompletedOn", module2 = "module2CompletedOn"
        static let submittedDay = "submittedAt", submittedTime = "submittedTime"
        static let history = "employmentHistory", current = "currentEmploymentStatus", goals = "employmentGoals"
        static let barriers = "barriers", comment = "commentForSA"
    }

    static func fields(from a: Assessment?, today: LocalDate, zone: TimeZone) -> [FormField] {
        func date(_ id: String, _ label: String, _ value: LocalDate?) -> FormField {
            FormField(id: id, label: label, control: .date(DateFieldState(value?.iso ?? "", today: today, allowsEmpty: true,
                                                                          accepting: .pastDay(today: today))))
        }
        func editor(_ id: String, _ label: String, _ value: String?, rows: Int, _ placeholder: String) -> FormField {
            FormField(id: id, label: label, control: .editor(TextEditorState(value ?? "", placeholder: placeholder,
                                                                             maxLength: AssessmentValidator.textLimit), rows: rows))
        }
        let submitted = a?.submittedAt.map { Self.local($0, zone) }
        return [
            date(ID.module1, "Module 1 done", a?.module1CompletedOn),
            date(ID.module2, "Module 2 done", a?.module2CompletedOn),
            date(ID.submittedDay, "Submitted to CaMS", submitted?.day ?? a?.submittedOn),
            FormField(id: ID.submittedTime, label: "Submitted at", control: .text(TextFieldState(submitted?.time ?? "",
                                                                                               placeholder: "HH:MM (R-05 counts 24 hours)", maxLength: 5))),
            editor(ID.history, "Employment history", a?.employmentHistory, rows: 2, "SOP 3: past jobs, dates"),
            FormField(id: ID.current, label: "Current status", control: .text(TextFieldState(a?.currentEmploymentStatus ?? "",
                                                                                           placeholder: "e.g. unemployed since May", maxLength: 200))),
            editor(ID.goals, "Employment goals", a?.employmentGoals, rows: 2, "what the client wants to do"),
            editor(ID.barriers, "Barriers", a?.barriers, rows: 2, "transport, child care, language …"),
            editor(ID.comment, "Comment for SA", a?.commentForSA, rows: 2, "the CAT comment box, for the SA caseworker"),
        ]
    }

    static func local(_ instant: Date, _ zone: TimeZone) -> (day: LocalDate, time: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.hour, .minute], from: instant)
        return (LocalDate(instant, in: zone), String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0))
    }

    static func date(_ form: FormState, _ id: String) -> LocalDate? {
        guard case .date(let d)? = form[id]?.control, let day = d.value else { return nil }
        return LocalDate(year: day.year, month: day.month, day: day.day)
    }

    /// The assessment the form describes (over `base`, whose id and version it keeps), or the
    /// problems the form itself can see, by field. The store checks the rest (future dates, order).
    static func assessment(_ form: FormState, base: Assessment, zone: TimeZone) -> Result<Assessment, FieldProblems> {
        var problems: [String: String] = [:]
        for id in [ID.module1, ID.module2, ID.submittedDay] {
            if case .date(let d)? = form[id]?.control, let error = d.error { problems[id] = error }
        }
        var a = base
        a.module1CompletedOn = date(form, ID.module1)
        a.module2CompletedOn = date(form, ID.module2)
        let time = (form[ID.submittedTime]?.value ?? "").trimmingCharacters(in: .whitespaces)
        a.submittedAt = nil
        if let day = date(form, ID.submittedDay) {
            if time.isEmpty {
                problems[ID.submittedTime] = "Enter the time it was submitted (HH:MM): R-05 counts 24 clock hours from it."
            } else if let minutes = minutes(time) {
                a.submittedAt = day.startInstant(in: zone).addingTimeInterval(TimeInterval(minutes * 60))
                a.submittedOn = nil
            } else {
                problems[ID.submittedTime] = "'\(time)' is not a time: type it as HH:MM, for example 14:30."
            }
        } else if !time.isEmpty {
            problems[ID.submittedDay] = "Enter the day it was submitted to CaMS, or clear the time."
        }
        let v = form.values
        a.employmentHistory = v[ID.history]; a.currentEmploymentStatus = v[ID.current]; a.employmentGoals = v[ID.goals]
        a.barriers = v[ID.barriers]; a.commentForSA = v[ID.comment]
        return problems.isEmpty ? .success(AssessmentValidator.normalized(a)) : .failure(FieldProblems(byField: problems))
    }

    /// "14:30" or "9:05" as minutes after midnight.
    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m),
              parts[1].count == 2 else { return nil }
        return h * 60 + m
    }
}

