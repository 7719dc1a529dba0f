import CaseloadCore
import CaseloadStore
import TerminalKit

/// The caseworker's support form (new or a draft): category (each recipient's list; an employer
/// category makes the employer the recipient), employer, amount typed as dollars and cents,
/// rationale, document references (separated by ";"), and the plan item it belongs to.
struct SupportForm {
    let clientID: Int64
    /// The draft being edited (nil: a new one).
    let editing: FinancialSupport?
    let choices: SupportFormChoices
    var dialog: FormDialog

    static let employerPrefix = "Employer · "
    static let noItem = "(no plan item)"
    static let noEmployer = "(none: paid to the client)"

    init(clientID: Int64, choices: SupportFormChoices, editing: FinancialSupport? = nil) {
        self.clientID = clientID; self.choices = choices; self.editing = editing
        let categories = Self.categoryOptions(choices)
        let categoryIndex = editing.flatMap { e in categories.firstIndex(of: Self.label(e.recipient, e.category)) }
        let employers = [Self.noEmployer] + choices.employers.map(\.name)
        let employerIndex = editing?.employerID.flatMap { id in choices.employers.firstIndex { $0.id == id }.map { $0 + 1 } } ?? 0
        let items = [Self.noItem] + choices.planItems.map(\.label)
        let itemIndex = editing?.planItemID.flatMap { id in choices.planItems.firstIndex { $0.id == id }.map { $0 + 1 } } ?? 0
        dialog = FormDialog(title: editing == nil ? "New financial support (draft)" : "Edit draft support", fields: [
            FormField(id: "category", label: "Category",
                      control: .dropdown(DropdownState(options: categories, selectedIndex: categoryIndex))),
            FormField(id: "employer", label: "Employer", control: .dropdown(DropdownState(options: employers, selectedIndex: employerIndex))),
            FormField(id: "amount", label: "Amount", control: .text(TextFieldState(editing.map { Money.dollars(cents: $0.amountCents) } ?? "",
                                                                                   placeholder: "$250.00", maxLength: 20))),
            // One line (it scrolls): FormDialog sizes itself by one row per field.
            FormField(id: "rationale", label: "Rationale", control: .text(TextFieldState(editing?.rationale ?? "",
                                                                                         placeholder: "why, for this plan", maxLength: 1_000))),
            FormField(id: "documents", label: "Documents", control: .text(TextFieldState(editing?.documentReferences.joined(separator: "; ") ?? "",
                                                                                         placeholder: "receipt or form refs, separated by ;", maxLength: 400))),
            FormField(id: "planItem", label: "Plan item", control: .dropdown(DropdownState(options: items, selectedIndex: itemIndex))),
        ])
    }

    static func label(_ recipient: SupportRecipient, _ category: String) -> String {
        recipient == .employer ? employerPrefix + category : category
    }

    static func categoryOptions(_ c: SupportFormChoices) -> [String] {
        c.jobSeekerCategories + c.employerCategories.map { employerPrefix + $0 }
    }

    /// The support as typed, or the problems that stop it being sent to the store at all.
    func support() -> Result<FinancialSupport, SupportFormProblems> {
        var problems: [FieldError] = []
        let cents = Money.cents(parsing: dialog.text("amount"))
        if cents == nil { problems.append(.init(field: "amount", message: "Type the amount as dollars and cents, such as 250 or $1,234.56.")) }
        let options = Self.categoryOptions(choices)
        guard let i = dialog.choice("category"), options.indices.contains(i) else {
            problems.append(.init(field: "category", message: "Choose a category."))
            return .failure(SupportFormProblems(problems: problems))
        }
        guard problems.isEmpty, let cents else { return .failure(SupportFormProblems(problems: problems)) }
        let isEmployer = i >= choices.jobSeekerCategories.count
        let category = isEmployer ? choices.employerCategories[i - choices.jobSeekerCategories.count] : choices.jobSeekerCategories[i]
        let employerIndex = (dialog.choice("employer") ?? 0) - 1
        let itemIndex = (dialog.choice("planItem") ?? 0) - 1
        var s = editing ?? FinancialSupport(clientID: clientID, recipient: .jobSeeker, category: category, amountCents: cents)
        s.recipient = isEmployer ? .employer : .jobSeeker
        s.category = category
        s.amountCents = cents
        s.employerID = choices.employers.indices.contains(employerIndex) ? choices.employers[employerIndex].id : nil
        s.planItemID = choices.planItems.indices.contains(itemIndex) ? choices.planItems[itemIndex].id : nil
        s.rationale = dialog.text("rationale")
        s.documentReferences = dialog.text("documents").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        return .success(s)
    }
}

/// Field problems found before the store is asked.
struct SupportFormProblems: Error, Sendable {
    let problems: [FieldError]
}
