import CaseloadCore
import CaseloadStore
import TerminalKit

/// `M` on the profile (supervisors, issue #19): which file to merge into this one, what will move,
/// why, then `y`. Three steps: a client picker (the likely duplicates of this client first: the
/// intake's duplicates search, same birth date first), the plan with the reason, and the last yes.
struct MergeDialog {
    enum Step {
        case picking(ClientPicker)
        case review(MergePlan, FormDialog)
        case confirm(MergePlan, reason: String, ConfirmDialog)
    }
    enum Outcome: Equatable {
        case none
        /// Search the clients for this text (empty: show the likely duplicates again).
        case search(String)
        /// Read what merging this file into the kept one would move.
        case plan(retire: Int64)
        case missingReason
        case merge(MergePlan, reason: String)
        case cancel
    }

    let keptID: Int64
    let keptName: String
    var step: Step
    /// This client's likely duplicates (the intake's duplicates search), shown while nothing is typed.
    private(set) var candidates: [ClientSummary] = []
    /// Why the last step was refused (two CaMS references, a retired file …); cleared by the next key.
    var error: String?

    init(keptID: Int64, keptName: String) {
        self.keptID = keptID; self.keptName = keptName
        var picker = ClientPicker()
        picker.search = TextFieldState("", placeholder: "name or phone of the other file", maxLength: 80)
        step = .picking(picker)
    }

    static let reasonID = "mergeReason"

    var isPicking: Bool { if case .picking = step { return true } else { return false } }
    var plan: MergePlan? {
        switch step {
        case .picking: return nil
        case .review(let plan, _), .confirm(let plan, _, _): return plan
        }
    }

    /// The likely duplicates, this file left out.
    mutating func showCandidates(_ found: [ClientSummary], born: LocalDate?) {
        candidates = DuplicateList.ordered(found.filter { $0.id != keptID }, born: born)
        if case .picking(var picker) = step, picker.query.isEmpty { picker.show(candidates); step = .picking(picker) }
    }

    /// Search results for what is typed (ignored once the text has changed again).
    mutating func showFound(_ found: [ClientSummary], query: String) {
        guard case .picking(var picker) = step, picker.query == query else { return }
        picker.show(found.filter { $0.id != keptID })
        step = .picking(picker)
    }

    /// The plan was read: ask why.
    mutating func review(_ plan: MergePlan) {
        error = nil
        let lines = plan.lines + ["Merge \(plan.retired.sortName) (#\(plan.retired.id ?? 0)) into \(plan.kept.sortName) (#\(plan.kept.id ?? 0)): why are they one person?"]
        step = .review(plan, FormDialog(title: "Merge into \(keptName)", lines: lines, fields: [
            FormField(id: Self.reasonID, label: "Reason", control: .text(TextFieldState("", placeholder: "e.g. registered twice; same health card", maxLength: 300)))]))
    }

    /// After a refused write: back to the reason, with the refusal.
    mutating func refused(_ reason: String) {
        error = reason
        if case .confirm(let plan, let typed, _) = step {
            review(plan)
            if case .review(let p, var form) = step {
                form.form.restore([Self.reasonID: typed])
                form.error = reason
                step = .review(p, form)
            }
            error = reason
        }
    }

    mutating func handle(_ key: Key) -> Outcome {
        switch step {
        case .picking(var picker):
            error = nil
            let outcome = picker.handle(key)
            step = .picking(picker)
            switch outcome {
            case .cancelled: return .cancel
            case .picked(let other): return .plan(retire: other.id)
            case .searchChanged:
                if picker.query.isEmpty { picker.show(candidates); step = .picking(picker) }
                return .search(picker.query)
            case .none, .ignored: return .none
            }
        case .review(let plan, var form):
            let outcome = form.handle(key)
            step = .review(plan, form)
            switch outcome {
            case .none: return .none
            case .cancel:
                // Back to the choice of file: the supervisor may have picked the wrong one.
                var picker = ClientPicker()
                picker.show(candidates)
                step = .picking(picker)
                return .none
            case .submit:
                let reason = form.text(Self.reasonID)
                guard !reason.isEmpty else {
                    form.error = "Say why these two files are one person: the reason is audited."
                    step = .review(plan, form)
                    return .missingReason
                }
                step = .confirm(plan, reason: reason, ConfirmDialog(
                    title: "Merge these files?",
                    message: ["\(plan.retired.sortName) (#\(plan.retired.id ?? 0)) becomes a read-only pointer to",
                              "\(plan.kept.sortName) (#\(plan.kept.id ?? 0)); \(plan.movesInShort) move there.",
                              "This cannot be undone. y merges; n or Esc goes back."],
                    defaultAnswer: .no))
                return .none
            }
        case .confirm(let plan, let reason, let dialog):
            switch dialog.answer(for: key) {
            case .yes: return .merge(plan, reason: reason)
            case .no:
                review(plan)
                if case .review(let p, var form) = step { form.form.restore([Self.reasonID: reason]); step = .review(p, form) }
                return .none
            case nil: return .none
            }
        }
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, ascii: Bool) {
        switch step {
        case .picking(let picker):
            let rect = area.centered(Size(width: min(76, area.width - 2), height: min(16, area.height)))
            let inner = Box(title: "Merge a duplicate into \(keptName)", borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii)
                .render(into: &buffer, in: rect, theme: theme).inset(left: 1, right: 1)
            guard inner.height > 4 else { return }
            // A refusal (two CaMS references …) is said in full, up to three lines; else one line of help.
            let note = error.map { Array(TextWrap.wrap("\(theme.errorMarker) \($0)", width: inner.width).prefix(3)) }
                ?? [picker.query.isEmpty ? "Likely duplicates of this client first; type to search all clients."
                                         : "Which file moves into this one? ↑↓ choose · Enter shows what moves"]
            for (i, line) in note.enumerated() {
                buffer.put(line.truncated(toWidth: inner.width), x: inner.x, y: inner.y + i, style: theme[error == nil ? .muted : .error])
            }
            picker.render(into: &buffer, in: Rect(x: inner.x, y: inner.y + note.count, width: inner.width, height: inner.height - 1 - note.count),
                          theme: theme, label: "Find: ")
            buffer.put("Enter: show what moves · Tab: list/search · Esc: cancel".truncated(toWidth: inner.width),
                       x: inner.x, y: inner.maxY - 1, style: theme[.muted])
        case .review(_, let form):
            form.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .confirm(_, _, let dialog):
            buffer.cursor = nil
            dialog.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        }
    }
}
