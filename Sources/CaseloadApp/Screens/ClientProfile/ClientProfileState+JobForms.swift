import CaseloadCore
import CaseloadStore
import TerminalKit

/// The Employment tab's job forms (issue #19), pure: keys in the open dialog, its own check before
/// any write (nothing is written while a field is wrong), and what a refusal does to it.
extension ClientProfileState {
    /// A key in the job correction dialog.
    mutating func handleJobCorrection(_ entry: JobCorrectionDialog, _ key: Key) -> [Effect<ClientProfileMessage>] {
        var entry = entry
        switch entry.dialog.handle(key) {
        case .none: modal = .correctJob(entry); return [.handled]
        case .cancel: modal = nil; return [.status("Job not corrected.", isError: false)]
        case .submit:
            do {
                let (job, reason) = try entry.corrected()
                modal = .correctJob(entry)
                return [.correctJob(job, reason: reason)]
            } catch {
                entry.dialog.showRefusal(error)
                modal = .correctJob(entry)
                return [.status(entry.dialog.refusedStatus("Not corrected"), isError: true)]
            }
        }
    }

    /// A key in the job end dialog.
    mutating func handleJobEnd(_ entry: JobEndDialog, _ key: Key) -> [Effect<ClientProfileMessage>] {
        var entry = entry
        switch entry.dialog.handle(key) {
        case .none: modal = .endJob(entry); return [.handled]
        case .cancel:
            modal = nil
            return [.status(entry.isCorrection ? "The job's end was not corrected." : "Job not ended.", isError: false)]
        case .submit:
            do {
                let answer = try entry.answer()
                modal = .endJob(entry)
                return [.endJob(entry.job, on: answer.end, endReason: answer.endReason, correction: answer.correction)]
            } catch {
                entry.dialog.showRefusal(error)
                modal = .endJob(entry)
                return [.status(entry.dialog.refusedStatus("Not saved"), isError: true)]
            }
        }
    }

    /// The store refused a job form's write: the dialog stays open with the typing and says why.
    mutating func jobFormFailed(_ error: any Error) {
        switch modal {
        case .correctJob(var entry): entry.dialog.showRefusal(error, record: "job"); modal = .correctJob(entry)
        case .endJob(var entry): entry.dialog.showRefusal(error, record: "job"); modal = .endJob(entry)
        case .checkpoint(var entry): entry.dialog.showRefusal(error, record: "checkpoint"); modal = .checkpoint(entry)
        default: break
        }
    }
}

extension FormDialog {
    /// The characters a field's message shows beside the field before it is cut off.
    static let fieldMessageWidth = 49

    /// "Not corrected: Fix the marked field, then Enter or ^S." for the status line.
    func refusedStatus(_ what: String) -> String {
        let why = error ?? "fix the marked field"
        return "\(what): \(why)" + (why.hasSuffix(".") ? "" : ".")
    }

    /// A refusal on the fields it concerns, else as the dialog's error line. Someone else's change is
    /// said plainly: the form was filled from values that are no longer stored, so nothing was saved.
    mutating func showRefusal(_ error: any Error, record: String = "record") {
        switch error {
        case StoreError.invalid(let problems):
            // A long reason (R-25's, say) would be cut off beside its field: it goes on the error line, wrapped.
            show(problems.map { $0.message.count > Self.fieldMessageWidth ? FieldError(field: "", message: $0.message) : $0 })
        case StoreError.staleVersion(_, _, _, _, let changedBy, _):
            self.error = "\(changedBy ?? "Someone else") changed this \(record) after you opened the form; nothing was saved. "
                + "Esc closes the form; the tab now shows their change, so open it again to correct it."
        default: self.error = UserSentence.describe(error)
        }
    }
}
