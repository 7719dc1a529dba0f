import Foundation

/// Checks on a common assessment as a caseworker records it (item 1 of issue #18): every problem, at
/// most one per field, in form order. Empty fields are fine while the assessment is under way.
public enum AssessmentValidator {
    /// Free text of SOP 3 and the CAT comment box: a long write-up fits, a pasted book does not.
    public static let textLimit = 4_000

    /// The SOP 3 fields and the comment, by field id, with the label their messages use.
    public static let textFields: [(field: String, label: String, value: WritableKeyPath<Assessment, String?> & Sendable)] = [
        ("employmentHistory", "Employment history", \.employmentHistory),
        ("currentEmploymentStatus", "Current employment status", \.currentEmploymentStatus),
        ("employmentGoals", "Employment goals", \.employmentGoals),
        ("barriers", "Barriers", \.barriers),
        ("commentForSA", "Comment for the SA caseworker", \.commentForSA),
    ]

    /// Trims the text fields and turns blank ones into nil: store what this returns.
    public static func normalized(_ assessment: Assessment) -> Assessment {
        var a = assessment
        for (_, _, path) in textFields {
            let text = a[keyPath: path]?.trimmingCharacters(in: .whitespacesAndNewlines)
            a[keyPath: path] = (text?.isEmpty ?? true) ? nil : text
        }
        return a
    }

    public static func validate(_ a: Assessment, today: LocalDate, zone: TimeZone) -> [FieldError] {
        var errors: [FieldError] = []
        let past = AcceptedDates.pastDay(today: today)
        func dateProblem(_ field: String, _ label: String, _ day: LocalDate?) {
            if let day, let problem = past.problem(day) {
                errors.append(FieldError(field: field, message: "\(label) \(day.iso) \(problem)."))
            }
        }
        dateProblem("module1CompletedOn", "Module 1 done", a.module1CompletedOn)
        if let m2 = a.module2CompletedOn, past.problem(m2) == nil {
            if a.module1CompletedOn == nil {
                errors.append(FieldError(field: "module2CompletedOn",
                    message: "Module 2 done \(m2.iso) needs Module 1's date first: enter when Module 1 was done."))
            } else if let m1 = a.module1CompletedOn, m2 < m1 {
                errors.append(FieldError(field: "module2CompletedOn",
                    message: "Module 2 done \(m2.iso) is before Module 1 (\(m1.iso)): check both dates."))
            }
        } else {
            dateProblem("module2CompletedOn", "Module 2 done", a.module2CompletedOn)
        }
        if let submitted = a.submissionDay(in: zone) {
            if let problem = past.problem(submitted) {
                errors.append(FieldError(field: "submittedAt", message: "Submitted to CaMS \(submitted.iso) \(problem)."))
            } else if let m2 = a.module2CompletedOn {
                if submitted < m2 {
                    errors.append(FieldError(field: "submittedAt",
                        message: "Submitted to CaMS \(submitted.iso) is before Module 2 was done (\(m2.iso)): check both dates."))
                }
            } else {
                errors.append(FieldError(field: "submittedAt",
                    message: "An assessment is submitted to CaMS after Module 2: enter when Module 2 was done first."))
            }
        }
        for (field, label, path) in textFields {
            guard let text = a[keyPath: path] else { continue }
            if let problem = UnsafeCharacters.problem(in: text, field: label, multiLine: true)
                ?? FieldLimits.problem(text, label: label, limit: textLimit) {
                errors.append(FieldError(field: field, message: problem))
            }
        }
        return errors
    }

    /// Nothing entered at all: such an assessment is not "started" and is not saved.
    public static func isEmpty(_ a: Assessment) -> Bool {
        a.module1CompletedOn == nil && a.module2CompletedOn == nil && a.submittedAt == nil && a.submittedOn == nil
            && textFields.allSatisfy { a[keyPath: $0.value] == nil }
    }
}
