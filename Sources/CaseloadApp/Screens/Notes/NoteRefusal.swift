import CaseloadCore
import CaseloadStore
import Foundation

/// Puts what the store refused where the user will look: on the field it is about, or above the
/// form when no field is to blame. The typed note is never touched.
extension NoteEntryState {
    /// Returns the status-line text: "kept" first, so it shows even when the reason is cut at 80 columns.
    mutating func showRefusal(_ error: any Error) -> String {
        switch error as? StoreError {
        case .invalid(let problems)?:
            var fields: [String: String] = [:]
            for p in problems {
                // The form's field ids are the store's field names.
                if form[p.field] != nil { fields[p.field] = fields[p.field] ?? p.message } else { saveError = p.message }
            }
            form.setErrors(fields)
            return "Not saved, your note is kept: \(problems.first?.message ?? "see the marked fields.")"
        case .notInValueList(let kind, let value)?:
            let id = kind == .communication ? ID.communication : kind == .noteType ? ID.type : ID.method
            // The field says it short; the status line has the store's own words.
            form.setErrors([id: value.isEmpty ? "Choose one from the list." : "'\(value)' was taken off the list: choose another."])
            return "Not saved, your note is kept: \((error as? StoreError)?.message ?? "")."
        case let store?:
            saveError = "Not saved: \(store.message). Your note is kept: fix that, then Ctrl-S again."
            return "Not saved, your note is kept: \(store.message)."
        case nil:
            let reason = UserSentence.describe(error)
            saveError = "Not saved: \(reason). Your note is kept: Ctrl-S tries again."
            return "Not saved, your note is kept: \(reason)."
        }
    }
}

/// What the status line says after a save: for a contact attempt, where the referral's follow-ups
/// stand now that the rules have counted it (R-01 to R-04).
enum NoteSavedMessage {
    static let referralRules: Set<FollowUpRule> = [.r01, .r02, .r03, .r04]

    static func text(for note: CaseNote, record: NoteRecord, clientName: String, dueItems: [DueItem]?) -> String {
        switch record {
        case .contactAttempt(_, let result):
            let base = "Contact attempt (\(result.rawValue)) and its note saved for \(clientName)."
            guard let items = dueItems?.filter({ referralRules.contains($0.rule) }) else { return base }
            guard let next = items.min(by: { $0.due < $1.due }) else { return base + " No referral contact is due now." }
            return base + " Next: \(next.rule.rawValue) \(next.title), due \(next.due.long)."
        case .consent(let topic, let isGiven):
            return "Consent \(isGiven ? "given" : "withdrawn") recorded with the note: \(topic.trimmingCharacters(in: .whitespaces))."
        case .none:
            return note.amends == nil ? "Note saved for \(clientName)." : "Amendment saved; the original note is kept as it was."
        }
    }
}
