import CaseloadCore
import CaseloadStore
import TerminalKit

/// Recording one employment checkpoint from the profile's Employment tab: what the client
/// said, how they were reached and the evidence. Saving sets the recorded date, which completes its
/// follow-up, and writes the Checkpoint case note. On a recorded checkpoint the same form corrects it:
/// prefilled with the recorded answers, with the reason the correction needs (issue #19).
struct CheckpointDialog {
    enum ID {
        static let recordedOn = "recordedOn", stillEmployed = "stillEmployed", hours = "hoursPerWeek"
        static let sameEmployer = "sameEmployer", contactMethod = "contactMethod", note = "note"
        static let evidence = "evidence", evidenceReference = "evidenceReference"
        static let reason = "reason"
    }

    static let yesNo = ["Yes", "No"]

    let checkpoint: Checkpoint
    var dialog: FormDialog

    /// A recorded checkpoint is corrected, not recorded again.
    var isCorrection: Bool { checkpoint.recordedOn != nil }

    init(checkpoint: Checkpoint, job: Employment, employerName: String, contactMethods: [String], evidence: [String] = [],
         today: LocalDate) {
        self.checkpoint = checkpoint
        let c = checkpoint, recorded = checkpoint.recordedOn != nil
        // A correction starts from the recorded answers; a recording from the job's hours.
        let h = recorded ? (c.hoursPerWeek ?? job.hoursPerWeek) : job.hoursPerWeek
        let hours = h == h.rounded() ? String(Int(h)) : String(h)
        func yesNo(_ answer: Bool?) -> Int { answer == false ? 1 : 0 }
        func choice(_ id: String, _ label: String, _ options: [String], _ selected: Int?) -> FormField {
            FormField(id: id, label: label, control: .dropdown(DropdownState(options: options, selectedIndex: selected, placeholder: "Choose: required")))
        }
        var fields = [
            FormField(id: ID.recordedOn, label: "Reached on", control: .date(DateFieldState((c.recordedOn ?? today).iso, today: today, allowsEmpty: false, accepting: .pastDay(today: today)))),
            choice(ID.stillEmployed, "Still employed", Self.yesNo, yesNo(c.stillEmployed)),
            FormField(id: ID.hours, label: "Hours per week", control: .text(TextFieldState(hours, placeholder: "now, on average", maxLength: 8))),
            choice(ID.sameEmployer, "Same employer", Self.yesNo, yesNo(c.sameEmployer)),
            choice(ID.contactMethod, "Contact method", contactMethods, c.contactMethod.flatMap { contactMethods.firstIndex(of: $0) }),
            choice(ID.evidence, "Evidence", evidence, c.evidence.flatMap { evidence.firstIndex(of: $0) }),
            FormField(id: ID.evidenceReference, label: "Document ref", control: .text(TextFieldState(c.evidenceReference ?? "", placeholder: "file name, scan number …", maxLength: 120))),
            FormField(id: ID.note, label: "Note", control: .text(TextFieldState(c.note ?? "", placeholder: "optional: added to the Checkpoint note", maxLength: 500))),
        ]
        if recorded {
            fields.append(FormField(id: ID.reason, label: "Why corrected", control: .text(TextFieldState(
                "", placeholder: "required: e.g. the pay stub showed 18 hours", maxLength: 300))))
        }
        dialog = FormDialog(
            title: recorded ? "Correct the \(checkpoint.month.label) checkpoint" : "Record the \(checkpoint.month.label) checkpoint",
            lines: ["\(job.jobTitle) at \(employerName) · started \(job.startDate.long) · due \(checkpoint.dueOn.long)",
                    recorded ? "Recorded \(c.recordedOn!.long). The earlier answers and your reason are kept; the PBF verdict is recomputed."
                             : "Not before the due date; more than 10 business days after it, it is marked late (R-25)."],
            fields: fields)
    }

    /// The checkpoint as answered and the day it was recorded; throws `StoreError.invalid` as the store would.
    func answer() throws -> (Checkpoint, LocalDate) {
        var problems: [FieldError] = []
        if let p = dialog.dateProblem(ID.recordedOn, required: true) { problems.append(p) }
        let employed = dialog.choice(ID.stillEmployed).map { $0 == 0 }
        let hoursText = dialog.text(ID.hours)
        let hours = EmploymentForm.hours(hoursText)
        if employed == true, hours == nil {
            problems.append(FieldError(field: ID.hours, message: "Enter the hours a week as a number, e.g. 25."))
        }
        if dialog.text(ID.contactMethod).isEmpty {
            problems.append(FieldError(field: ID.contactMethod, message: "Choose how the client was reached."))
        }
        if dialog.text(ID.evidence).isEmpty {
            problems.append(FieldError(field: ID.evidence, message: "Choose the evidence (pay stub, employer confirmation …)."))
        }
        if dialog.text(ID.evidenceReference).trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(FieldError(field: ID.evidenceReference, message: "Enter the evidence's document reference."))
        }
        if isCorrection, dialog.text(ID.reason).isEmpty {
            problems.append(FieldError(field: ID.reason, message: "Say why: it is kept with the earlier answers."))
        }
        if !problems.isEmpty { throw StoreError.invalid(problems) }
        var c = checkpoint
        c.stillEmployed = employed
        c.hoursPerWeek = employed == true ? hours : nil
        c.sameEmployer = employed == true ? dialog.choice(ID.sameEmployer).map { $0 == 0 } : nil
        c.contactMethod = dialog.text(ID.contactMethod)
        c.evidence = dialog.text(ID.evidence)
        c.evidenceReference = dialog.text(ID.evidenceReference)
        c.note = dialog.text(ID.note).isEmpty ? nil : dialog.text(ID.note)
        return (c, dialog.date(ID.recordedOn)!)
    }

    /// Why the recorded checkpoint is corrected (empty when recording).
    var correctionReason: String { dialog.text(ID.reason) }
}
