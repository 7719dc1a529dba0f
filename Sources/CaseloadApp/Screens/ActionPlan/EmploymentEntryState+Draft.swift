import CaseloadCore
import Foundation
import TerminalKit

/// Keeping the job form's unsaved typing when the session ends, and putting it back.
extension EmploymentEntryState {
    var draftKey: FormDraft.Key { .employment(clientID: clientID) }

    func draftToKeep(now: Date) -> FormDraft? {
        guard isDirty else { return nil }
        return FormDraft(key: draftKey, fields: form.values.filter { initialValues[$0.key] != $0.value }, savedAt: now)
    }

    /// The employer goes first: choosing it shows or hides the new employer's name field and sets
    /// "Employer is new", which the kept values may then override. Returns the labels of choices
    /// no longer offered.
    mutating func restore(_ values: [String: String]) -> [String] {
        var unmatched = form.restore(values.filter { $0.key == EmploymentForm.ID.employer })
        employerChanged()
        unmatched += form.restore(values)
        return Array(Set(unmatched)).compactMap { form[$0]?.label }
    }
}
