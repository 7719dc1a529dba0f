import CaseloadCore
import Foundation
import TerminalKit

/// The question a form asks when it opens and a kept draft of it exists: put the unsaved typing
/// back, or throw it away. Enter restores, since losing typing is the worse mistake.
struct DraftOffer {
    let draft: FormDraft
    let what: String
    let dialog: ConfirmDialog

    /// `what` names the typing: "note", "new client", "changes to this client".
    init(_ draft: FormDraft, what: String, zone: TimeZone) {
        self.draft = draft; self.what = what
        let when = ProfileFormat(today: LocalDate(draft.savedAt, in: zone), zone: zone).longDateTime(draft.savedAt)
        self.dialog = ConfirmDialog(title: "Restore unsaved typing?",
                               message: ["Your unsaved \(what) was kept when a session ended", "on \(when).",
                                         "y puts it back; n throws it away; Esc keeps it for later."],
                               yesLabel: "[Y]es, restore", noLabel: "[N]o, discard", defaultAnswer: .yes)
    }

    /// While the question stands the footer offers its answers, not the form's keys under it.
    static let keymap = Keymap<Int>([
        KeyBinding([.char("y")], 0, help: "Restore", showInFooter: true),
        KeyBinding([.char("n")], 1, help: "Discard", showInFooter: true),
        KeyBinding([.escape], 2, help: "Decide later", showInFooter: true),
    ])
}

extension DraftOffer {
    /// Answers the offer with `key`, purely: nil while the question stands (the dialog is modal).
    /// y and n remove the kept row (a `.write` that answers `forgotten`): restored typing is in the
    /// form again (and kept anew if the session ends again), discarded typing was the user's choice.
    /// `restore` puts the values in and returns the labels of choices no longer offered.
    func answer<Message>(_ key: Key, forgotten: Message, restore: (FormDraft) -> [String]) -> [Effect<Message>]? {
        // A hurried Esc must not throw typing away: the question comes back next time.
        if key == .escape { return [.status("The kept \(what) stays for the next time this form opens.")] }
        guard let answer = dialog.answer(for: key) else { return nil }
        let forget = Effect<Message>.forgetDraft(draft.key, then: forgotten)
        guard answer == .yes else { return [forget, .status("The kept \(what) was thrown away.")] }
        let lost = restore(draft)
        let choose = lost.isEmpty ? "" : " \(lost.joined(separator: ", ")): the kept choice is no longer offered; choose again."
        return [forget, .status("Your unsaved \(what) is back: Ctrl-S saves it.\(choose)", isError: !lost.isEmpty)]
    }
}

extension Effect {
    /// Removes a kept draft; a failure is said on the status line ("Could not remove the kept draft: …").
    static func forgetDraft(_ key: FormDraft.Key, then message: Message) -> Effect {
        .write("remove the kept draft") { env in
            try env.db.discardDraft(key, by: env.actor)
            return message
        }
    }
}

extension AppEnvironment {
    /// A form's kept draft, if any, as the question to ask when the form opens.
    func draftOffer(_ key: FormDraft.Key, what: String) -> DraftOffer? {
        keptDraft(key).map { DraftOffer($0, what: what, zone: zone) }
    }

    /// The acting staff member's kept draft for `key`, or nil (also when it cannot be read: a draft
    /// is a courtesy, and its absence must never stop a form from opening).
    func keptDraft(_ key: FormDraft.Key) -> FormDraft? { try? db.draft(key, by: actor) }
}
