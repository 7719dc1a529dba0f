import CaseloadCore
import CaseloadStore
import TerminalKit

/// Correcting a saved job from the Employment tab (`C`, issue #19): title, employer, hours, start, new
/// employer and the R-14 outcome-program answer, prefilled with what is stored, plus the reason the
/// correction needs (kept beside the earlier values). A new employer is added with `J` first.
struct JobCorrectionDialog {
    enum ID {
        static let jobTitle = EmploymentForm.ID.jobTitle, employer = EmploymentForm.ID.employer
        static let hours = EmploymentForm.ID.hours, startDate = EmploymentForm.ID.startDate
        static let isNew = EmploymentForm.ID.isNew, program = EmploymentForm.ID.program
        static let reason = "reason"
    }

    /// The job as it was read, with the version the store checks (someone else's change is refused).
    let job: Employment
    let employers: [Employer]
    var dialog: FormDialog

    init(job: Employment, employerName: String, employers: [Employer], today: LocalDate) {
        self.job = job
        // The job's employer stays choosable even when the list left it out.
        var employers = employers
        if !employers.contains(where: { $0.id == job.employerID }) {
            employers.insert(Employer(id: job.employerID, name: employerName), at: 0)
        }
        self.employers = employers
        let hours = job.hoursPerWeek == job.hoursPerWeek.rounded() ? String(Int(job.hoursPerWeek)) : String(job.hoursPerWeek)
        func choice(_ id: String, _ label: String, _ options: [String], _ selected: Int) -> FormField {
            FormField(id: id, label: label, control: .dropdown(DropdownState(options: options, selectedIndex: selected)))
        }
        dialog = FormDialog(
            title: "Correct the job",
            lines: ["\(job.jobTitle) at \(employerName) · started \(job.startDate.long)",
                    "The earlier values and your reason are kept in the history; PBF verdicts are recomputed."],
            fields: [
                FormField(id: ID.jobTitle, label: "Job title", control: .text(TextFieldState(job.jobTitle, placeholder: "as the employer calls it", maxLength: 120))),
                choice(ID.employer, "Employer", employers.map(\.name), employers.firstIndex { $0.id == job.employerID } ?? 0),
                FormField(id: ID.hours, label: "Hours per week", control: .text(TextFieldState(hours, placeholder: "average, e.g. 25 or 19.5", maxLength: 8))),
                FormField(id: ID.startDate, label: "Start date", control: .date(DateFieldState(job.startDate.iso, today: today, allowsEmpty: false, accepting: .anyDay))),
                choice(ID.isNew, "Employer is new", EmploymentForm.isNewOptions, job.isNewEmployer ? 0 : 1),
                choice(ID.program, "From a program", EmploymentForm.programOptions, job.isFromOutcomeProgram ? 1 : 0),
                FormField(id: ID.reason, label: "Why corrected", control: .text(TextFieldState("", placeholder: "required: e.g. the title was typed as a date", maxLength: 300))),
            ])
    }

    /// The corrected job and the reason; throws `StoreError.invalid` as the store would, so nothing is
    /// written while a field is wrong.
    func corrected() throws -> (job: Employment, reason: String) {
        var problems: [FieldError] = []
        let title = dialog.text(ID.jobTitle)
        if title.isEmpty { problems.append(FieldError(field: ID.jobTitle, message: "Enter the job title.")) }
        let hours = EmploymentForm.hours(dialog.text(ID.hours))
        if hours == nil {
            problems.append(FieldError(field: ID.hours, message: "Enter the hours as a number, e.g. 25 or 19.5."))
        } else if !(0...168).contains(hours!) {
            problems.append(FieldError(field: ID.hours, message: "Hours per week must be between 0 and 168."))
        }
        if let p = dialog.dateProblem(ID.startDate, required: true) { problems.append(p) }
        let start = dialog.date(ID.startDate)
        if let start, let end = job.endDate, end < start {
            problems.append(FieldError(field: ID.startDate, message: "It ended \(end.long): start on or before."))
        }
        let reason = dialog.text(ID.reason)
        if reason.isEmpty {
            problems.append(FieldError(field: ID.reason, message: "Say why: it is kept with the earlier values."))
        }
        let employer = dialog.choice(ID.employer).flatMap { employers.indices.contains($0) ? employers[$0] : nil }
        if employer?.id == nil { problems.append(FieldError(field: ID.employer, message: "Choose the employer.")) }
        guard problems.isEmpty, let hours, let start, let employerID = employer?.id else { throw StoreError.invalid(problems) }
        var job = job
        job.jobTitle = title
        job.employerID = employerID
        job.hoursPerWeek = hours
        job.startDate = start
        job.isNewEmployer = dialog.choice(ID.isNew) == 0
        job.isFromOutcomeProgram = dialog.choice(ID.program) == 1
        return (job, reason)
    }
}
