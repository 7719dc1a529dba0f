import CaseloadCore
import CaseloadStore
import TerminalKit

/// The plan editor's state and its pure rules: what is selected, which actions make sense now and
/// why not, and what R-13 suggests after a change. Nothing here reads the store.
struct PlanEditorState {
    /// What a yes in the confirmation dialog goes on to do.
    enum Pending {
        case cancelItem(PlanItem)
        /// R-13: put the plan on hold (after adding training) or back to Active (after it ended).
        case suggestion(PlanStatusSuggestion)
        /// R-10: close early, after the warning.
        case close(reason: String, on: LocalDate)
        case resume
    }

    enum Modal {
        case dialog(FormDialog, PlanDialogPurpose)
        case confirm(ConfirmDialog, Pending)
    }

    let clientID: Int64
    let role: StaffRole
    var clientName = ""
    /// The client's latest plan (nil: none yet) and its items in the order they were added.
    var plan: ActionPlan?
    var items: [PlanItem] = []
    var itemTypes: [String] = []
    var closureReasons: [String] = []
    var isLoaded = false
    var loadError: String?
    var list = ListState()
    var visibleRows = 8
    var modal: Modal?

    init(clientID: Int64, role: StaffRole) { self.clientID = clientID; self.role = role }

    var selectedItem: PlanItem? { items.indices.contains(list.selected) ? items[list.selected] : nil }
    var isOpen: Bool { plan.map { $0.status != .closed } ?? false }

    /// New data from the store, keeping the selection on the same item where it still exists.
    mutating func replace(plan: ActionPlan?, items: [PlanItem], select id: Int64? = nil) {
        let keep = id ?? selectedItem?.id
        self.plan = plan
        self.items = items
        let index = keep.flatMap { k in items.firstIndex { $0.id == k } } ?? list.selected
        list.select(index, itemCount: items.count, visibleRows: visibleRows)
        isLoaded = true
        loadError = nil
    }

    // MARK: why an action cannot run now (nil: it can)

    var editRefusal: String? {
        if !role.allows(.editActionPlan) { return Permission.editActionPlan.refusal }
        guard let plan else { return "this client has no plan yet: o opens one" }
        if plan.status == .closed { return "the plan is closed; o opens a new one" }
        return nil
    }

    var openRefusal: String? {
        if !role.allows(.editActionPlan) { return Permission.editActionPlan.refusal }
        return isOpen ? "the plan is open; close it (C) first" : nil
    }

    /// Short, since the help overlay shows it beside the key: the state says why.
    func itemRefusal(_ allowed: Set<PlanItemStatus>) -> String? {
        if let why = editRefusal { return why }
        guard let item = selectedItem else { return "the plan has no items yet: a adds one" }
        if allowed.contains(item.status) { return nil }
        return "the \(item.type) item is already \(item.status.rawValue)"
    }

    /// Completing needs a start: say how to get there rather than just "not allowed".
    var completeRefusal: String? {
        if let item = selectedItem, item.status == .notStarted, editRefusal == nil {
            return "the \(item.type) item has not started: s records its start, then c completes it"
        }
        return itemRefusal([.inProgress])
    }

    var holdRefusal: String? {
        if let why = editRefusal { return why }
        return plan?.status == .active ? nil : "the plan is already on hold: u returns it to Active"
    }

    var resumeRefusal: String? {
        if let why = editRefusal { return why }
        return plan?.status == .onHold ? nil : "the plan is not on hold"
    }

    // MARK: R-13 offers

    /// After adding `item`: the hold the rule suggests, if any.
    func suggestion(afterAdding item: PlanItem, today: LocalDate) -> PlanStatusSuggestion? {
        guard let plan else { return nil }
        return PlanRules.suggestionAfterAdding(item, to: plan, on: today)
    }

    /// After `item` ended (completed or cancelled), with the items as now stored.
    func suggestion(afterEnding item: PlanItem) -> PlanStatusSuggestion? {
        guard let plan else { return nil }
        return PlanRules.suggestionAfterEnding(item, in: plan, items: items)
    }

    static func offer(_ s: PlanStatusSuggestion) -> ConfirmDialog {
        if s.status == .onHold {
            return ConfirmDialog(title: "Put the EAP on hold?",
                                 message: TextWrap.wrap(s.explanation, width: 64) + ["Reason: \(s.onHoldReason ?? "")",
                                           "Since: \(s.since?.long ?? "")", "y puts it on hold; n leaves it Active."],
                                 defaultAnswer: .yes)
        }
        return ConfirmDialog(title: "Return the EAP to Active?",
                             message: TextWrap.wrap(s.explanation, width: 64) + ["y returns it to Active; n keeps it on hold."],
                             defaultAnswer: .yes)
    }

    /// R-10: the warning shown before an early closure.
    static func earlyExitWarning(_ verdict: EarlyExitVerdict, reason: String) -> ConfirmDialog {
        ConfirmDialog(title: "Early exit: close the plan anyway?",
                      message: TextWrap.wrap(verdict.explanation, width: 64)
                          + ["Closure reason: \(reason)", "The plan will be marked and reported as an early exit.",
                             "y closes it; n keeps it open."],
                      defaultAnswer: .no)
    }
}
