import CaseloadCore
import CaseloadStore
import TerminalKit

/// The SSM's decision on one support, typed by a supervisor: the reference (and, for a decline,
/// the reason). The decision date is today; the store refuses anything forbids.
struct SupportDecisionDialog {
    enum Kind: Equatable { case approve, decline }

    let kind: Kind
    let supportID: Int64
    let version: Int
    var dialog: FormDialog

    init(_ kind: Kind, for support: FinancialSupport, clientName: String) {
        self.kind = kind
        supportID = support.id ?? 0
        version = support.version
        var fields = [FormField(id: "ssmReference", label: "SSM reference",
                                control: .text(TextFieldState("", placeholder: "as on the SSM's decision", maxLength: 60)))]
        if kind == .decline {
            fields.append(FormField(id: "reason", label: "Reason", control: .text(TextFieldState("", placeholder: "the SSM's reason", maxLength: 300))))
        }
        let what = "\(support.category) · \(Money.dollars(cents: support.amountCents)) · \(clientName)"
        dialog = FormDialog(title: kind == .approve ? "Approve support" : "Decline support", lines: [what], fields: fields)
    }

    var ssmReference: String { dialog.text("ssmReference") }
    var reason: String { dialog.text("reason") }
}
