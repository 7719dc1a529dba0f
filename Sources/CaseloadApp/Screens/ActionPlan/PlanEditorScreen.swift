import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Edits a client's Employment Action Plan: its status (R-13 hold, R-10 closing) and its items.
/// Keys change `state`; the effects below are the only place the store is read or written.
@MainActor final class PlanEditorScreen: Screen {
    private let env: AppEnvironment
    private(set) var state: PlanEditorState

    init(env: AppEnvironment, clientID: Int64) {
        self.env = env
        state = PlanEditorState(clientID: clientID, role: env.actor.role)
    }

    var title: String { state.clientName.isEmpty ? "Action plan" : "Action plan · \(state.clientName)" }
    var hasUnsavedInput: Bool { if case .dialog? = state.modal { return true }; return false }
    /// A dialog takes every key (y/n, typed text), so global letter keys stay off.
    var isEditingText: Bool { state.modal != nil }
    var helpKeymap: Keymap<Int> { state.keymap.forHelp }

    // MARK: update

    func handle(_ event: ScreenEvent) -> [AppCommand] {
        switch event {
        case .reload, .reappeared: return load()
        case .key(let key): return handleKey(key)
        }
    }

    private func handleKey(_ key: Key) -> [AppCommand] {
        switch state.modal {
        case .confirm(let dialog, let pending)?:
            switch dialog.answer(for: key) {
            case .yes: state.modal = nil; return perform(pending)
            case .no: state.modal = nil; return [.status(Self.declined(pending), isError: false)]
            case nil: return []
            }
        case .dialog(var dialog, let purpose)?:
            let type = dialog.text(PlanDialogs.ID.type)
            let outcome = dialog.handle(key)
            if case .addItem = purpose, dialog.text(PlanDialogs.ID.type) != type { PlanDialogs.syncProgramDefault(&dialog) }
            switch outcome {
            case .none: state.modal = .dialog(dialog, purpose); return []
            case .cancel: state.modal = nil; return [.status("Nothing changed.", isError: false)]
            case .submit: return submit(dialog, purpose)
            }
        case nil: break
        }
        if state.list.handle(key, itemCount: state.items.count, visibleRows: state.visibleRows) != .ignored { return [] }
        switch state.keymap.lookup(key) {
        case .unbound: return []
        case .disabled(let reason): return [.status(reason.prefix(1).uppercased() + reason.dropFirst() + ".", isError: true)]
        case .run(let action): return run(action)
        }
    }

    private func run(_ action: PlanEditorAction) -> [AppCommand] {
        let today = env.today
        switch action {
        case .openPlan: state.modal = .dialog(PlanDialogs.openPlan(today: today), .openPlan)
        case .add: state.modal = .dialog(PlanDialogs.item(nil, types: state.itemTypes, today: today), .addItem)
        case .edit:
            guard let item = state.selectedItem else { return [] }
            state.modal = .dialog(PlanDialogs.item(item, types: state.itemTypes, today: today), .editItem(item))
        case .start:
            guard let item = state.selectedItem else { return [] }
            state.modal = .dialog(PlanDialogs.start(item, today: today), .start(item))
        case .complete:
            guard let item = state.selectedItem else { return [] }
            state.modal = .dialog(PlanDialogs.complete(item, today: today), .complete(item))
        case .cancelItem:
            guard let item = state.selectedItem else { return [] }
            state.modal = .confirm(ConfirmDialog(title: "Cancel the \(item.type) item?",
                                                 message: ["Its status and outcome become Cancelled; its dates stay as recorded.",
                                                           "y cancels it; n keeps it."]), .cancelItem(item))
        case .hold: state.modal = .dialog(PlanDialogs.hold(today: today), .hold)
        case .resume: return perform(.resume)
        case .closePlan:
            do {
                let verdict = try env.db.earlyExitVerdict(clientID: state.clientID, closingOn: today, by: env.actor)
                state.modal = .dialog(PlanDialogs.close(reasons: state.closureReasons, verdict: verdict, today: today), .close)
            } catch {
                return [.status("Could not check the checkpoints: \(ClientProfileScreen.message(error))", isError: true)]
            }
        case .navigate: break
        }
        return []
    }

    // MARK: effects (the only place this screen touches the database)

    private func load(select id: Int64? = nil) -> [AppCommand] {
        guard env.can(.viewActionPlan) else {
            state.loadError = Permission.viewActionPlan.refusal
            return [.back, .status(Permission.viewActionPlan.refusal, isError: true)]
        }
        do {
            state.clientName = try env.db.clientSummary(id: state.clientID, by: env.actor).sortName
            if state.itemTypes.isEmpty {
                state.itemTypes = try env.db.valueList(.planItemType).map(\.value)
                state.closureReasons = try env.db.valueList(.closureReason).map(\.value)
            }
            let stored = try env.db.profilePlan(clientID: state.clientID, by: env.actor)
            state.replace(plan: stored?.plan, items: stored?.items ?? [], select: id)
            return []
        } catch {
            state.loadError = ClientProfileScreen.message(error)
            return [.status("Could not load the plan: \(state.loadError ?? "")", isError: true)]
        }
    }

    private func submit(_ dialog: FormDialog, _ purpose: PlanDialogPurpose) -> [AppCommand] {
        var dialog = dialog
        let db = env.db, actor = env.actor, today = env.today
        do {
            switch purpose {
            case .openPlan:
                let day = try PlanDialogs.requiredDate(dialog, PlanDialogs.ID.opened)
                _ = try db.openActionPlan(clientID: state.clientID, goal: dialog.text(PlanDialogs.ID.goal), on: day, by: actor)
                return done("Plan opened \(day.long): add its items with a.")
            case .addItem:
                guard let planID = state.plan?.id else { return [] }
                let item = try PlanDialogs.item(from: dialog, base: PlanItem(planID: planID, type: ""))
                let saved = try db.addPlanItem(item, by: actor, today: today)
                let commands = done("Added the \(saved.type) item.", select: saved.id)
                return offer(state.suggestion(afterAdding: saved, today: today)) + commands
            case .editItem(let base):
                let item = try PlanDialogs.item(from: dialog, base: base)
                let saved = try db.updatePlanItem(item, by: actor, today: today)
                return done("Saved the \(saved.type) item.", select: saved.id)
            case .start(let item):
                let day = try PlanDialogs.requiredDate(dialog, PlanDialogs.ID.actualStart)
                let saved = try db.startPlanItem(item, on: day, by: actor, today: today)
                return done("The \(saved.type) item is In Progress since \(day.long).", select: saved.id)
            case .complete(let item):
                let (day, outcome) = try PlanDialogs.completion(dialog)
                let saved = try db.completePlanItem(item, on: day, outcome: outcome, by: actor, today: today)
                let commands = done("The \(saved.type) item is Completed / \(outcome.rawValue) on \(day.long).", select: saved.id)
                return offer(state.suggestion(afterEnding: saved)) + commands
            case .hold:
                guard let plan = state.plan else { return [] }
                let since = try PlanDialogs.requiredDate(dialog, PlanDialogs.ID.since)
                _ = try db.putActionPlanOnHold(plan, reason: dialog.text(PlanDialogs.ID.reason), since: since, by: actor)
                return done("The plan is Active - On Hold since \(since.long).")
            case .close:
                let (reason, day) = try PlanDialogs.closing(dialog)
                let verdict = try db.earlyExitVerdict(clientID: state.clientID, closingOn: day, by: actor)
                // A reason that contradicts the checkpoints is refused here, before any early-exit
                // warning; the message is long, so it goes on the dialog's wrapped error line.
                if let why = EarlyExitRule.reasonRefusal(reason, verdict: verdict) {
                    throw StoreError.invalid([FieldError(field: "", message: why)])
                }
                state.modal = nil
                if verdict.isEarlyExit {
                    state.modal = .confirm(PlanEditorState.earlyExitWarning(verdict, reason: reason), .close(reason: reason, on: day))
                    return []
                }
                return perform(.close(reason: reason, on: day))
            }
        } catch StoreError.invalid(let problems) {
            dialog.show(problems)
        } catch {
            dialog.error = ClientProfileScreen.message(error)
            if case StoreError.staleVersion = error { _ = load() }
        }
        state.modal = .dialog(dialog, purpose)
        let why = dialog.error ?? "fix the marked field"
        return [.status("Not saved: " + (why.hasSuffix(".") ? why : why + "."), isError: true)]
    }

    private func perform(_ pending: PlanEditorState.Pending) -> [AppCommand] {
        let db = env.db, actor = env.actor
        do {
            switch pending {
            case .cancelItem(let item):
                let saved = try db.cancelPlanItem(item, by: actor, today: env.today)
                let commands = done("The \(saved.type) item is Cancelled.", select: saved.id)
                return offer(state.suggestion(afterEnding: saved)) + commands
            case .suggestion(let s):
                guard let plan = state.plan else { return [] }
                if s.status == .onHold {
                    let since = s.since ?? env.today
                    _ = try db.putActionPlanOnHold(plan, reason: s.onHoldReason ?? "", since: since, by: actor)
                    return done("The plan is Active - On Hold since \(since.long) (R-13).")
                }
                return perform(.resume)
            case .resume:
                guard let plan = state.plan else { return [] }
                _ = try db.returnActionPlanToActive(plan, by: actor)
                return done("The plan is Active again.")
            case .close(let reason, let day):
                guard let plan = state.plan else { return [] }
                let closed = try db.closeActionPlan(plan, reason: reason, on: day, by: actor)
                return done("Plan closed \(day.long): \(reason)" + (closed.isEarlyExit ? " · early exit (R-10) recorded." : "."))
            }
        } catch {
            if case StoreError.staleVersion = error { _ = load() }
            return [.status("Not saved: \(ClientProfileScreen.message(error))", isError: true)]
        }
    }

    /// After a write: close the dialog, reload, say what happened.
    private func done(_ message: String, select id: Int64? = nil) -> [AppCommand] {
        state.modal = nil
        return load(select: id) + [.status(message, isError: false)]
    }

    /// Shows R-13's suggestion as a question (it is never applied unasked).
    private func offer(_ suggestion: PlanStatusSuggestion?) -> [AppCommand] {
        guard let suggestion else { return [] }
        state.modal = .confirm(PlanEditorState.offer(suggestion), .suggestion(suggestion))
        return []
    }

    private static func declined(_ pending: PlanEditorState.Pending) -> String {
        switch pending {
        case .cancelItem: return "The item was not cancelled."
        case .suggestion(let s): return s.status == .onHold ? "The plan stays Active." : "The plan stays on hold; u returns it to Active."
        case .close: return "The plan stays open."
        case .resume: return "The plan stays on hold."
        }
    }

    // MARK: view

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        let view = PlanEditorView(state: state, today: env.today)
        view.render(into: &buffer, in: rect, theme: theme)
        state.visibleRows = Table.bodyRows(forHeight: view.tableRect(in: rect).height)
    }

    /// Under a dialog the plan's keys do not act, so none are offered (the dialog's hint line says its keys).
    func renderFooter(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        (state.modal == nil ? state.keymap : Keymap([])).renderFooter(into: &buffer, in: rect, theme: theme)
    }

    func renderOverlay(into buffer: inout ScreenBuffer, theme: Theme) {
        let area = buffer.area.inset(top: 1, bottom: 2)
        switch state.modal {
        case .dialog(let dialog, _)?: dialog.render(into: &buffer, in: area, theme: theme, ascii: env.asciiBorders)
        case .confirm(let dialog, _)?:
            buffer.cursor = nil
            dialog.render(into: &buffer, in: area, theme: theme, ascii: env.asciiBorders)
        case nil: break
        }
    }
}
