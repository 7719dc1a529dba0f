import CaseloadCore
import CaseloadStore
import TerminalKit

/// The job the employment form describes, ready for `recordEmployment`, with the employer still to
/// be created when it is new.
struct EmploymentDraft: Equatable {
    var employerID: Int64?
    var newEmployerName: String?
    var jobTitle: String
    var startDate: LocalDate
    var hoursPerWeek: Double
    var isNewEmployer: Bool
    /// R-14 per job: the job came from an employment-outcome program.
    var isFromOutcomeProgram = false
    var endDate: LocalDate?
    var endReason: String?
}

/// The employment form's fields and how they become a draft (pure).
enum EmploymentForm {
    enum ID {
        static let employer = "employerID", employerName = "employerName", jobTitle = "jobTitle"
        static let startDate = "startDate", hours = "hoursPerWeek", isNew = "isNewEmployer"
        static let program = "isFromOutcomeProgram"
        static let endDate = "endDate", endReason = "endReason"
    }

    static let newEmployerOption = "New employer…"
    static let isNewOptions = ["Yes: new to the client", "No: the client worked there before"]
    /// asked per job; only a job that came from the program is not PBF-eligible.
    static let programOptions = ["No", "Yes: Ontario Bridge Training or apprenticeship"]

    static func fields(employers: [Employer], endReasons: [String], today: LocalDate) -> [FormField] {
        func text(_ id: String, _ label: String, _ placeholder: String) -> FormField {
            FormField(id: id, label: label, control: .text(TextFieldState("", placeholder: placeholder, maxLength: 120)))
        }
        func date(_ id: String, _ label: String, required: Bool) -> FormField {
            FormField(id: id, label: label, control: .date(DateFieldState("", today: today, allowsEmpty: !required, accepting: .anyDay)))
        }
        return [
            FormField(id: ID.employer, label: "Employer", control: .dropdown(DropdownState(
                options: [newEmployerOption] + employers.map(\.name), placeholder: "Choose one, or New employer…"))),
            text(ID.jobTitle, "Job title", "as the employer calls it"),
            date(ID.startDate, "Start date", required: true),
            text(ID.hours, "Hours per week", "average, e.g. 25 or 19.5"),
            FormField(id: ID.isNew, label: "Employer is new", control: .dropdown(DropdownState(options: isNewOptions, selectedIndex: 0))),
            FormField(id: ID.program, label: "From a program", control: .dropdown(DropdownState(options: programOptions, selectedIndex: 0))),
            date(ID.endDate, "End date", required: false),
            FormField(id: ID.endReason, label: "End reason", control: .dropdown(DropdownState(
                options: endReasons, placeholder: "only if the job ended"))),
        ]
    }

    /// The name field shows while "New employer…" is chosen.
    static func syncEmployerName(_ form: inout FormState) {
        let wantsName = form[ID.employer]?.value == newEmployerOption
        let has = form[ID.employerName] != nil
        guard wantsName != has else { return }
        var focused = form.focusedID
        if has {
            form.fields.removeAll { $0.id == ID.employerName }
        } else if let i = form.fields.firstIndex(where: { $0.id == ID.employer }) {
            // Choosing moved focus past Employer: it lands on the name to type instead.
            if form.fields.indices.contains(i + 1), focused == form.fields[i + 1].id { focused = ID.employerName }
            form.fields.insert(FormField(id: ID.employerName, label: "New employer", control: .text(
                TextFieldState("", placeholder: "the employer's name", maxLength: 120))), at: i + 1)
        }
        if let focused, form.focusedID != focused { form.focus(id: focused) }
    }

    /// The employer chosen, nil for "New employer…" or nothing.
    static func chosenEmployer(_ form: FormState, employers: [Employer]) -> Employer? {
        guard case .dropdown(let d)? = form[ID.employer]?.control, let i = d.selectedIndex, i > 0 else { return nil }
        return employers.indices.contains(i - 1) ? employers[i - 1] : nil
    }

    static func date(_ form: FormState, _ id: String) -> LocalDate? {
        guard case .date(let d)? = form[id]?.control, let day = d.value else { return nil }
        return LocalDate(year: day.year, month: day.month, day: day.day)
    }

    /// "25", "19.5" and "19,5" are hours; anything else is nil.
    static func hours(_ text: String) -> Double? {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard let h = Double(t), h.isFinite else { return nil }
        return h
    }

    static func hours(_ form: FormState) -> Double? { hours(form[ID.hours]?.value ?? "") }

    /// The draft, or every problem by field id.
    static func draft(_ form: FormState, employers: [Employer]) -> Result<EmploymentDraft, FieldProblems> {
        var problems: [String: String] = [:]
        let v = form.values
        func trimmed(_ id: String) -> String { (v[id] ?? "").trimmingCharacters(in: .whitespaces) }
        let employer = chosenEmployer(form, employers: employers)
        let isNewOne = v[ID.employer] == newEmployerOption
        if employer == nil, !isNewOne { problems[ID.employer] = "Choose the employer, or New employer… to add one." }
        if isNewOne, trimmed(ID.employerName).isEmpty { problems[ID.employerName] = "Enter the new employer's name." }
        if trimmed(ID.jobTitle).isEmpty { problems[ID.jobTitle] = "Enter the job title." }
        for id in [ID.startDate, ID.endDate] {
            if case .date(let d)? = form[id]?.control, let why = d.error { problems[id] = why }
        }
        let start = date(form, ID.startDate), end = date(form, ID.endDate)
        let hours = hours(form)
        if hours == nil { problems[ID.hours] = "Enter the average hours a week as a number, e.g. 25 or 19.5." }
        else if !(0...168).contains(hours!) { problems[ID.hours] = "Hours per week must be between 0 and 168." }
        if let start, let end, end < start { problems[ID.endDate] = "The job cannot end (\(end.long)) before it starts (\(start.long))." }
        let reason = trimmed(ID.endReason)
        if end != nil, reason.isEmpty { problems[ID.endReason] = "Choose why the job ended." }
        if end == nil, !reason.isEmpty, problems[ID.endDate] == nil { problems[ID.endDate] = "Enter the day the job ended, or clear the end reason." }
        guard problems.isEmpty, let start, let hours else { return .failure(FieldProblems(byField: problems)) }
        return .success(EmploymentDraft(
            employerID: employer?.id, newEmployerName: isNewOne ? trimmed(ID.employerName) : nil, jobTitle: trimmed(ID.jobTitle),
            startDate: start, hoursPerWeek: hours, isNewEmployer: (v[ID.isNew] ?? "") == isNewOptions[0],
            isFromOutcomeProgram: (v[ID.program] ?? "") == programOptions[1],
            endDate: end, endReason: reason.isEmpty ? nil : reason))
    }
}

/// Field problems by field id, as a value a `Result` can carry.
struct FieldProblems: Error, Equatable {
    var byField: [String: String]
}
