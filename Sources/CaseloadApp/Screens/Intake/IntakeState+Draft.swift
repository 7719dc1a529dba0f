import CaseloadCore
import Foundation
import TerminalKit

/// Keeping the intake or edit form's unsaved typing when the session ends, and putting it back.
extension IntakeState {
    var draftKey: FormDraft.Key { clientID.map(FormDraft.Key.clientEdit(clientID:)) ?? .newClient }

    /// Only the fields typed into: restoring an edit must not put back old values of fields that
    /// someone else may have changed since.
    func draftToKeep(now: Date) -> FormDraft? {
        guard isDirty else { return nil }
        return FormDraft(key: draftKey, fields: form.values.filter { initialValues[$0.key] != $0.value }, savedAt: now)
    }

    /// The kept values back in the form; the under-18 attestation appears with the birth date that
    /// needs it, so it is filled in a second pass. Returns the labels of choices no longer offered.
    mutating func restore(_ values: [String: String]) -> [String] {
        var unmatched = form.restore(values)
        syncAttestation()
        unmatched += form.restore(values.filter { $0.key == IntakeForm.ID.attestation })
        return Array(Set(unmatched)).compactMap { form[$0]?.label }
    }
}
