import CaseloadCore
import Foundation
import TerminalKit

/// Keeping a note's unsaved typing when the session ends, and putting it back.
extension NoteEntryState {
    var draftKey: FormDraft.Key { amends.map(FormDraft.Key.amendment(noteID:)) ?? .note(clientID: clientID) }

    func draftToKeep(now: Date) -> FormDraft? { isDirty ? FormDraft(key: draftKey, fields: form.values, savedAt: now) : nil }

    /// The kept values back in the form. The Type goes first, so the Consent or Contact Attempt fields
    /// it brings exist before their values are put in; the body is the kept text, never a template.
    /// Returns the labels of choices no longer offered (retired since), left empty.
    mutating func restore(_ values: [String: String]) -> [String] {
        if let type = values[ID.type] { form.restore([ID.type: type]); sectionsChanged() }
        let unmatched = form.restore(values)
        appliedTemplate = templates[type].flatMap { $0 == values[ID.body] ? $0 : nil }
        return unmatched.compactMap { form[$0]?.label }
    }
}
