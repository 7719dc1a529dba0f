import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

enum PlanEditorMessage {
    /// The plan as stored; `then` is what to offer once it is shown (R-13 after a change).
    case plan(PlanEditorData, select: Int64?, then: PlanFollowUp?)
    /// C: the checkpoints' verdict, for the closing dialog's explanation.
    case verdictToClose(EarlyExitVerdict)
    /// The closing dialog was submitted: the verdict for the typed day decides what comes next.
    case closingVerdict(EarlyExitVerdict, reason: String, on: LocalDate)
    case written(PlanWriteResult)
    /// The store refused a write: put on the dialog when one is open, else on the status line.
    case refused(any Error, fromDialog: Bool)
}

/// What the plan editor reads in one snapshot.
struct PlanEditorData {
    var clientName: String
    /// Read the first time only (nil afterwards: the lists stay as they were).
    var itemTypes: [String]?
    var closureReasons: [String]?
    var plan: ActionPlan?
    var items: [PlanItem]
}

/// What to offer once the reloaded plan is shown: R-13's suggestion reads the items as now stored.
enum PlanFollowUp {
    case afterAdding(PlanItem)
    case afterEnding(PlanItem)
}

/// Edits a client's Employment Action Plan: its status (R-13 hold, R-10 closing) and its items.
/// `update` is pure; the store is reached only through the effects in PlanEditorEffects.swift.
struct PlanEditorModel: ScreenModel {
    let context: ScreenContext
    let ascii: Bool
    private(set) var state: PlanEditorState
    /// Today at each key (dialogs default their dates to it), not when the screen opened.
    let clock: () -> Date

    init(context: ScreenContext, clientID: Int64, ascii: Bool = false, clock: @escaping () -> Date) {
        self.context = context; self.ascii = ascii; self.clock = clock
        state = PlanEditorState(clientID: clientID, role: context.actor.role)
    }

    var today: LocalDate { LocalDate(clock(), in: context.zone) }
    var title: String { state.clientName.isEmpty ? "Action plan" : "Action plan · \(state.clientName)" }
    var hasUnsavedInput: Bool { if case .dialog? = state.modal { return true }; return false }
    /// A dialog takes every key (y/n, typed text), so global letter keys stay off.
    var isEditingText: Bool { state.modal != nil }
    var helpKeys: Keymap<Int> { state.keymap.forHelp }
    /// Under a dialog the plan's keys do not act, so none are offered (the dialog's hint line says its keys).
    var footerKeys: Keymap<Int> { state.modal == nil ? state.keymap.forHelp : Keymap([]) }

    // MARK: update

    mutating func update(_ input: ScreenInput<PlanEditorMessage>) -> [Effect<PlanEditorMessage>] {
        switch input {
        case .reload, .reappeared, .summoned: return load()
        case .key(let key): return handle(key)
        case .laidOut(let rect):
            state.visibleRows = Table.bodyRows(forHeight: PlanEditorView(state: state, today: today).tableRect(in: rect).height)
            return []
        case .idle: return []
        case .loaded(let message): return loaded(message)
        case .failed(let failure):
            // The host said "Could not …" already.
            if failure.doing == PlanEditorEffects.load { state.loadError = PlanEditorModel.reason(failure.error); return [] }
            // The verdict for a submitted closing dialog: the dialog says it, as a refused save would.
            if failure.doing == PlanEditorEffects.checkCheckpoints { return refuseInDialog(failure.error) }
            return []
        }
    }

    private mutating func handle(_ key: Key) -> [Effect<PlanEditorMessage>] {
        switch state.modal {
        case .confirm(let dialog, let pending)?:
            switch dialog.answer(for: key) {
            case .yes: state.modal = nil; return perform(pending)
            case .no: state.modal = nil; return [.status(Self.declined(pending))]
            case nil: return [.handled]
            }
        case .dialog(var dialog, let purpose)?:
            let type = dialog.text(PlanDialogs.ID.type)
            let outcome = dialog.handle(key)
            if case .addItem = purpose, dialog.text(PlanDialogs.ID.type) != type { PlanDialogs.syncProgramDefault(&dialog) }
            switch outcome {
            case .none: state.modal = .dialog(dialog, purpose); return [.handled]
            case .cancel: state.modal = nil; return [.status("Nothing changed.")]
            case .submit: return submit(dialog, purpose)
            }
        case nil: break
        }
        if state.list.handle(key, itemCount: state.items.count, visibleRows: state.visibleRows) != .ignored { return [.handled] }
        switch state.keymap.lookup(key) {
        case .unbound: return []
        case .disabled(let reason): return [.status(reason.prefix(1).uppercased() + reason.dropFirst() + ".", isError: true)]
        case .run(let action): return run(action)
        }
    }

    private mutating func run(_ action: PlanEditorAction) -> [Effect<PlanEditorMessage>] {
        let today = today
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
        case .closePlan: return [.checkCheckpointsToClose(clientID: state.clientID)]
        case .navigate: return []
        }
        return [.handled]
    }

    private mutating func load(select id: Int64? = nil, then: PlanFollowUp? = nil) -> [Effect<PlanEditorMessage>] {
        guard context.can(.viewActionPlan) else {
            state.loadError = Permission.viewActionPlan.refusal
            return [.back, .status(Permission.viewActionPlan.refusal, isError: true)]
        }
        return [.loadPlan(clientID: state.clientID, withLists: state.itemTypes.isEmpty, select: id, then: then)]
    }

    /// The dialog's values checked here (problems on its fields, no effect); valid ones ask for a write.
    /// The dialog stays open until the write is done, so a refusal lands on it with the typing kept.
    private mutating func submit(_ dialog: FormDialog, _ purpose: PlanDialogPurpose) -> [Effect<PlanEditorMessage>] {
        state.modal = .dialog(dialog, purpose)
        typealias ID = PlanDialogs.ID
        do {
            switch purpose {
            case .openPlan:
                let day = try PlanDialogs.requiredDate(dialog, ID.opened)
                return [.writePlan(.openPlan(clientID: state.clientID, goal: dialog.text(ID.goal), on: day), fromDialog: true)]
            case .addItem:
                guard let planID = state.plan?.id else { return [.handled] }
                return [.writePlan(.addItem(try PlanDialogs.item(from: dialog, base: PlanItem(planID: planID, type: ""))), fromDialog: true)]
            case .editItem(let base):
                return [.writePlan(.editItem(try PlanDialogs.item(from: dialog, base: base)), fromDialog: true)]
            case .start(let item):
                return [.writePlan(.start(item, on: try PlanDialogs.requiredDate(dialog, ID.actualStart)), fromDialog: true)]
            case .complete(let item):
                let (day, outcome) = try PlanDialogs.completion(dialog)
                return [.writePlan(.complete(item, on: day, outcome: outcome), fromDialog: true)]
            case .hold:
                guard let plan = state.plan else { return [.handled] }
                let since = try PlanDialogs.requiredDate(dialog, ID.since)
                return [.writePlan(.hold(plan, reason: dialog.text(ID.reason), since: since, byRule: false), fromDialog: true)]
            case .close:
                let (reason, day) = try PlanDialogs.closing(dialog)
                return [.checkCheckpoints(clientID: state.clientID, reason: reason, on: day)]
            }
        } catch {
            return refuseInDialog(error)
        }
    }

    private mutating func perform(_ pending: PlanEditorState.Pending) -> [Effect<PlanEditorMessage>] {
        switch pending {
        case .cancelItem(let item): return [.writePlan(.cancelItem(item), fromDialog: false)]
        case .suggestion(let s):
            guard let plan = state.plan else { return [.handled] }
            if s.status == .onHold {
                return [.writePlan(.hold(plan, reason: s.onHoldReason ?? "", since: s.since ?? today, byRule: true), fromDialog: false)]
            }
            return perform(.resume)
        case .resume:
            guard let plan = state.plan else { return [.handled] }
            return [.writePlan(.resume(plan), fromDialog: false)]
        case .close(let reason, let day):
            guard let plan = state.plan else { return [.handled] }
            return [.writePlan(.close(plan, reason: reason, on: day), fromDialog: false)]
        }
    }

    private mutating func loaded(_ message: PlanEditorMessage) -> [Effect<PlanEditorMessage>] {
        switch message {
        case .plan(let data, let select, let then):
            state.clientName = data.clientName
            if let types = data.itemTypes { state.itemTypes = types }
            if let reasons = data.closureReasons { state.closureReasons = reasons }
            state.replace(plan: data.plan, items: data.items, select: select)
            switch then {
            case .afterAdding(let item)?: offer(state.suggestion(afterAdding: item, today: today))
            case .afterEnding(let item)?: offer(state.suggestion(afterEnding: item))
            case nil: break
            }
            return []
        case .verdictToClose(let verdict):
            state.modal = .dialog(PlanDialogs.close(reasons: state.closureReasons, verdict: verdict, today: today), .close)
            return []
        case .closingVerdict(let verdict, let reason, let day):
            // A reason that contradicts the checkpoints is refused here, before any early-exit
            // warning; the message is long, so it goes on the dialog's wrapped error line.
            if let why = EarlyExitRule.reasonRefusal(reason, verdict: verdict) {
                return refuseInDialog(StoreError.invalid([FieldError(field: "", message: why)]))
            }
            state.modal = nil
            if verdict.isEarlyExit {
                state.modal = .confirm(PlanEditorState.earlyExitWarning(verdict, reason: reason), .close(reason: reason, on: day))
                return []
            }
            return perform(.close(reason: reason, on: day))
        case .written(let result):
            // Close the dialog, reload, say what happened (R-13's offer follows the reload).
            state.modal = nil
            return load(select: result.select, then: result.then) + [.status(result.message)]
        case .refused(let error, true): return refuseInDialog(error)
        case .refused(let error, false):
            let reload: [Effect<PlanEditorMessage>] = Self.isStale(error) ? load() : []
            return reload + [.status("Not saved: \(Self.reason(error))", isError: true)]
        }
    }

    /// Puts a refusal on the open dialog (field problems on their fields), which keeps its typing.
    private mutating func refuseInDialog(_ error: any Error) -> [Effect<PlanEditorMessage>] {
        guard case .dialog(var dialog, let purpose)? = state.modal else { return [] }
        var reload: [Effect<PlanEditorMessage>] = []
        if case StoreError.invalid(let problems) = error {
            dialog.show(problems)
        } else {
            dialog.error = Self.reason(error)
            if Self.isStale(error) { reload = load() }
        }
        state.modal = .dialog(dialog, purpose)
        let why = dialog.error ?? "fix the marked field"
        return reload + [.status("Not saved: " + (why.hasSuffix(".") ? why : why + "."), isError: true)]
    }

    /// Shows R-13's suggestion as a question (it is never applied unasked).
    private mutating func offer(_ suggestion: PlanStatusSuggestion?) {
        guard let suggestion else { return }
        state.modal = .confirm(PlanEditorState.offer(suggestion), .suggestion(suggestion))
    }

    private static func isStale(_ error: any Error) -> Bool {
        if case StoreError.staleVersion? = error as? StoreError { return true }
        return false
    }

    /// The store's words: field problems joined, anything else as `UserSentence` says it.
    static func reason(_ error: any Error) -> String {
        if case StoreError.invalid(let problems) = error { return problems.map(\.message).joined(separator: " ") }
        return UserSentence.describe(error)
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

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        PlanEditorView(state: state, today: today).render(into: &buffer, in: rect, theme: theme)
    }

    func overlay(into buffer: inout ScreenBuffer, theme: Theme) {
        let area = buffer.area.inset(top: 1, bottom: 2)
        switch state.modal {
        case .dialog(let dialog, _)?: dialog.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .confirm(let dialog, _)?:
            buffer.cursor = nil
            dialog.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case nil: break
        }
    }
}
