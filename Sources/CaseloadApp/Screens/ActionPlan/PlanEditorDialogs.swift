import CaseloadCore
import CaseloadStore
import TerminalKit

/// What a plan-editor dialog is for, with the record it acts on.
enum PlanDialogPurpose {
    case openPlan, addItem, editItem(PlanItem), start(PlanItem), complete(PlanItem), hold, close
}

/// The plan editor's dialogs: how each is built and how its fields become domain values (pure).
enum PlanDialogs {
    enum ID {
        static let goal = "goal", opened = "openedOn", type = "type", description = "description"
        static let expectedStart = "expectedStart", expectedEnd = "expectedEnd", program = "program"
        static let actualStart = "actualStart", actualEnd = "actualEnd", outcome = "outcome"
        static let reason = "reason", since = "onHoldSince", closedOn = "closedOn"
    }

    static let programOptions = ["No", "Yes: its jobs are not PBF-eligible (R-14)"]
    static let outcomes: [PlanItemOutcome] = [.attained, .notAttained]
    static let outcomeOptions = ["Attained", "Not Attained (with good cause)"]
    /// Plan-item types that are employment-outcome programs by default; the caseworker can change it.
    static let outcomeProgramTypes: Set<String> = ["ontario bridge training", "apprenticeship"]

    static func isOutcomeProgramType(_ type: String) -> Bool { outcomeProgramTypes.contains(type.lowercased()) }

    private static func date(_ id: String, _ label: String, _ value: LocalDate?, today: LocalDate, required: Bool) -> FormField {
        FormField(id: id, label: label, control: .date(DateFieldState(value?.iso ?? "", today: today, allowsEmpty: !required, accepting: .anyDay)))
    }

    private static func text(_ id: String, _ label: String, _ value: String?, placeholder: String = "") -> FormField {
        FormField(id: id, label: label, control: .text(TextFieldState(value ?? "", placeholder: placeholder, maxLength: 200)))
    }

    // MARK: builders

    static func openPlan(today: LocalDate) -> FormDialog {
        FormDialog(title: "Open an Employment Action Plan", lines: ["The plan starts Active; add its items next (a)."],
                   fields: [text(ID.goal, "Goal", nil, placeholder: "the client's employment goal"),
                            date(ID.opened, "Opened", today, today: today, required: true)])
    }

    static func item(_ item: PlanItem?, types: [String], today: LocalDate) -> FormDialog {
        var options = types
        if let current = item?.type, !options.contains(current) { options.append(current) }   // a retired type stays
        let typeField = FormField(id: ID.type, label: "Type", control: .dropdown(DropdownState(
            options: options, selectedIndex: item.flatMap { i in options.firstIndex(of: i.type) }, placeholder: "Choose a type…")))
        let program = FormField(id: ID.program, label: "Outcome program", control: .dropdown(DropdownState(
            options: programOptions, selectedIndex: (item?.isEmploymentOutcomeProgram ?? false) ? 1 : 0)))
        return FormDialog(
            title: item == nil ? "Add a plan item" : "Edit the \(item!.type) item",
            lines: ["Expected dates plan the item; s and c record what actually happened.",
                    "Training or Education puts the plan on hold (R-13)."],
            fields: [typeField, text(ID.description, "Description", item?.description, placeholder: "what, where"),
                     date(ID.expectedStart, "Expected start", item?.expectedStart, today: today, required: false),
                     date(ID.expectedEnd, "Expected end", item?.expectedEnd, today: today, required: false), program])
    }

    static func start(_ item: PlanItem, today: LocalDate) -> FormDialog {
        FormDialog(title: "Start the \(item.type) item",
                   lines: ["Records the actual start: the item becomes In Progress."],
                   fields: [date(ID.actualStart, "Actual start", today, today: today, required: true)])
    }

    static func complete(_ item: PlanItem, today: LocalDate) -> FormDialog {
        FormDialog(title: "Complete the \(item.type) item",
                   lines: ["Records the actual end (the item becomes Completed) and its outcome.",
                           "Not Attained needs good cause; to drop the item, cancel it (x) instead."],
                   fields: [date(ID.actualEnd, "Actual end", today, today: today, required: true),
                            FormField(id: ID.outcome, label: "Outcome", control: .dropdown(DropdownState(
                                options: outcomeOptions, selectedIndex: nil, placeholder: "Choose: required")))])
    }

    static func hold(today: LocalDate) -> FormDialog {
        FormDialog(title: "Put the plan on hold", lines: ["Active - On Hold, with the reason and the day it began."],
                   fields: [text(ID.reason, "Reason", nil, placeholder: "e.g. Training: Forklift certificate"),
                            date(ID.since, "Since", today, today: today, required: true)])
    }

    static func close(reasons: [String], verdict: EarlyExitVerdict, today: LocalDate) -> FormDialog {
        FormDialog(title: "Close the plan", lines: [verdict.explanation],
                   fields: [date(ID.closedOn, "Closed on", today, today: today, required: true),
                            FormField(id: ID.reason, label: "Closure reason", control: .dropdown(DropdownState(
                                options: reasons, selectedIndex: nil, placeholder: "Choose: required")))])
    }

    /// On a new item, choosing an outcome-program type marks it as one; other types unmark it.
    static func syncProgramDefault(_ dialog: inout FormDialog) {
        guard case .dropdown(var program)? = dialog.form[ID.program]?.control else { return }
        program.selectedIndex = isOutcomeProgramType(dialog.text(ID.type)) ? 1 : 0
        dialog.form[ID.program]?.control = .dropdown(program)
    }

    // MARK: values

    /// The item the add/edit dialog describes, on top of `base`. Throws `StoreError.invalid`, as the store would.
    static func item(from d: FormDialog, base: PlanItem) throws -> PlanItem {
        var problems = [ID.expectedStart, ID.expectedEnd].compactMap { d.dateProblem($0, required: false) }
        if d.text(ID.type).isEmpty { problems.append(FieldError(field: ID.type, message: "Choose the item's type.")) }
        if !problems.isEmpty { throw StoreError.invalid(problems) }
        var item = base
        item.type = d.text(ID.type)
        item.description = d.text(ID.description).isEmpty ? nil : d.text(ID.description)
        item.expectedStart = d.date(ID.expectedStart)
        item.expectedEnd = d.date(ID.expectedEnd)
        item.isEmploymentOutcomeProgram = d.choice(ID.program) == 1
        return item
    }

    static func requiredDate(_ d: FormDialog, _ id: String) throws -> LocalDate {
        if let problem = d.dateProblem(id, required: true) { throw StoreError.invalid([problem]) }
        return d.date(id)!
    }

    static func completion(_ d: FormDialog) throws -> (LocalDate, PlanItemOutcome) {
        var problems = d.dateProblem(ID.actualEnd, required: true).map { [$0] } ?? []
        let outcome = d.choice(ID.outcome).map { outcomes[$0] }
        if outcome == nil { problems.append(FieldError(field: ID.outcome, message: "Choose the outcome: Attained or Not Attained.")) }
        if !problems.isEmpty { throw StoreError.invalid(problems) }
        return (d.date(ID.actualEnd)!, outcome!)
    }

    static func closing(_ d: FormDialog) throws -> (String, LocalDate) {
        var problems = d.dateProblem(ID.closedOn, required: true).map { [$0] } ?? []
        if d.text(ID.reason).isEmpty { problems.append(FieldError(field: ID.reason, message: "Choose why the plan closes.")) }
        if !problems.isEmpty { throw StoreError.invalid(problems) }
        return (d.text(ID.reason), d.date(ID.closedOn)!)
    }
}
