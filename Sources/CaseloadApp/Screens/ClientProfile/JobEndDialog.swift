import CaseloadCore
import CaseloadStore
import TerminalKit

/// Ending a saved job from the Employment tab (`E`, issue #19), any time after the fact: the end date
/// and why it ended (the store's end-reason list). On a job already ended it corrects the end, which
/// needs a reason like every correction; clearing the date there says the job did not end.
struct JobEndDialog {
    enum ID {
        static let endDate = EmploymentForm.ID.endDate, endReason = EmploymentForm.ID.endReason
        static let correction = "reason"
    }

    /// The job as it was read, with the version the store checks (someone else's change is refused).
    let job: Employment
    var dialog: FormDialog

    /// Changing an end already entered is a correction.
    var isCorrection: Bool { job.endDate != nil }

    init(job: Employment, employerName: String, endReasons: [String], today: LocalDate) {
        self.job = job
        var fields = [
            FormField(id: ID.endDate, label: "End date", control: .date(DateFieldState(
                job.endDate?.iso ?? "", today: today, allowsEmpty: job.endDate != nil, accepting: .pastDay(today: today)))),
            FormField(id: ID.endReason, label: "End reason", control: .dropdown(DropdownState(
                options: endReasons, selectedIndex: job.endReason.flatMap { endReasons.firstIndex(of: $0) }, placeholder: "Choose: required"))),
        ]
        if job.endDate != nil {
            fields.append(FormField(id: ID.correction, label: "Why corrected", control: .text(TextFieldState(
                "", placeholder: "required: e.g. the wrong day was entered", maxLength: 300))))
        }
        let ended = job.endDate.map { "ended \($0.long)" + (job.endReason.map { ": \($0)" } ?? "") }
        dialog = FormDialog(
            title: job.endDate == nil ? "End the job" : "Correct the job's end",
            lines: ["\(job.jobTitle) at \(employerName) · started \(job.startDate.long)" + (ended.map { " · \($0)" } ?? ""),
                    job.endDate == nil ? "Enter the day the job ended and why; checkpoints still due stay in the queue."
                                       : "Clear the end date if the job did not end. Your reason is kept with the earlier values."],
            fields: fields)
    }

    /// The end (nil: the job did not end), its reason and the correction's reason; throws
    /// `StoreError.invalid` as the store would, so nothing is written while a field is wrong.
    func answer() throws -> (end: LocalDate?, endReason: String?, correction: String?) {
        var problems: [FieldError] = []
        if let p = dialog.dateProblem(ID.endDate, required: !isCorrection) {
            problems.append(p.message.hasPrefix("Enter a date") ? FieldError(field: ID.endDate, message: "Enter the day it ended (YYYY-MM-DD, today, -3).") : p)
        }
        let end = dialog.date(ID.endDate)
        if let end, end < job.startDate {
            problems.append(FieldError(field: ID.endDate, message: "It started \(job.startDate.long): end on or after."))
        }
        let reason = dialog.text(ID.endReason)
        if end != nil, reason.isEmpty { problems.append(FieldError(field: ID.endReason, message: "Choose why the job ended.")) }
        let correction = isCorrection ? dialog.text(ID.correction) : nil
        if correction?.isEmpty == true {
            problems.append(FieldError(field: ID.correction, message: "Say why: it is kept with the earlier values."))
        }
        if isCorrection, end == job.endDate, end == nil || reason == job.endReason {
            problems.append(FieldError(field: ID.endDate, message: "Nothing changed: change the end, or Esc."))
        }
        guard problems.isEmpty else { throw StoreError.invalid(problems) }
        return (end, end == nil ? nil : reason, correction)
    }
}
