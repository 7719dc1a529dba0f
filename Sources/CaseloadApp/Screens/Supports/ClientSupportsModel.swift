import CaseloadCore
import CaseloadStore
import TerminalKit

enum ClientSupportsMessage {
    case page(ClientSupportsPage)
    case saved(FinancialSupport, said: String)
}

/// What the client's supports screen shows.
struct ClientSupportsPage: Sendable {
    var clientName: String
    var supports: [FinancialSupport]
    var choices: SupportFormChoices
    var month: [SupportTotal]
    var year: [SupportTotal]
}

enum ClientSupportsAction: Sendable { case new, edit, submit, approve, decline, pay, ineligible, navigate }

/// One client's financial supports (SOP 4): caseworkers draft (`n`), edit a draft (`e`) and
/// submit it (`s`); supervisors record the SSM's decision (`a`, `d`) and the payment (`p`).
/// The store refuses what the role or the workflow does not allow; this screen shows why.
struct ClientSupportsModel: ScreenModel {
    enum Modal {
        case form(SupportForm), decision(SupportDecisionDialog), payment(FormDialog, FinancialSupport)
        case finding(FormDialog, FinancialSupport)
    }

    let context: ScreenContext
    let clientID: Int64
    let ascii: Bool
    private(set) var page: ClientSupportsPage?
    private(set) var list = ListState()
    private(set) var visibleRows = 10
    private(set) var modal: Modal?

    init(context: ScreenContext, clientID: Int64, ascii: Bool = false) {
        self.context = context; self.clientID = clientID; self.ascii = ascii
    }

    var title: String { "Financial supports" + (page.map { " · \($0.clientName)" } ?? "") }
    var supports: [FinancialSupport] { page?.supports ?? [] }
    var selected: FinancialSupport? { supports.indices.contains(list.selected) ? supports[list.selected] : nil }
    var isEditingText: Bool { modal != nil }
    var hasUnsavedInput: Bool {
        switch modal {
        case .form(let f): return f.dialog.hasTypedText
        case .decision(let d): return d.dialog.hasTypedText
        case .payment(let p, _), .finding(let p, _): return p.hasTypedText
        case nil: return false
        }
    }

    var keymap: Keymap<ClientSupportsAction> {
        let s = selected
        let drafts = context.can(.requestFinancialSupport) ? nil : Permission.requestFinancialSupport.refusal
        let decides = context.can(.approveFinancialSupport) ? nil : Permission.approveFinancialSupport.refusal
        func needs(_ status: SupportStatus) -> String? {
            guard let s else { return "no support selected" }
            return s.status == status ? nil : "this support is \(s.status.rawValue); only a \(status.rawValue) one"
        }
        return Keymap([
            KeyBinding([.char("n")], .new, help: "New draft", group: "Support", showInFooter: true, disabledReason: drafts),
            KeyBinding([.char("e")], .edit, help: "Edit draft", group: "Support", showInFooter: true, disabledReason: drafts ?? needs(.draft)),
            KeyBinding([.char("s")], .submit, help: "Submit", group: "Support", showInFooter: true, disabledReason: drafts ?? needs(.draft)),
            KeyBinding([.char("a")], .approve, help: "Approve", group: "Decision", showInFooter: true, disabledReason: decides ?? needs(.submitted)),
            KeyBinding([.char("d")], .decline, help: "Decline", group: "Decision", showInFooter: true, disabledReason: decides ?? needs(.submitted)),
            KeyBinding([.char("p")], .pay, help: "Record payment", group: "Decision", showInFooter: true, disabledReason: decides ?? needs(.approved)),
            KeyBinding([.char("i")], .ineligible, help: "Found ineligible (audit)", group: "Decision", disabledReason: decides ?? needs(.paid)),
            KeyBinding([.up, .char("k"), .down, .char("j"), .pageUp, .pageDown, .home, .end], .navigate, help: "Move", group: "Navigation"),
        ])
    }

    var footerKeys: Keymap<Int> {
        if modal != nil { return Keymap([KeyBinding([.tab], 0, help: "Next field", showInFooter: true),
                                         KeyBinding([.ctrl("s")], 1, help: "Save", showInFooter: true),
                                         KeyBinding([.escape], 2, help: "Cancel", showInFooter: true)]) }
        return Keymap(keymap.bindings.enumerated().map { i, b in
            KeyBinding(b.keys, i, help: b.help, group: b.group, showInFooter: b.showInFooter, disabledReason: b.disabledReason)
        })
    }

    mutating func update(_ input: ScreenInput<ClientSupportsMessage>) -> [Effect<ClientSupportsMessage>] {
        switch input {
        case .reload, .reappeared, .summoned:
            guard context.can(.viewMoney) else { return [.back, .status(Permission.viewMoney.refusal, isError: true)] }
            return [.loadSupports(clientID)]
        case .loaded(.page(let page)):
            let keep = selected?.id
            self.page = page
            let index = keep.flatMap { k in page.supports.firstIndex { $0.id == k } } ?? list.selected
            list.select(index, itemCount: page.supports.count, visibleRows: visibleRows)
            return []
        case .loaded(.saved(let support, let said)):
            modal = nil
            if let i = supports.firstIndex(where: { $0.id == support.id }) { list.select(i, itemCount: supports.count, visibleRows: visibleRows) }
            else { list.select(0, itemCount: supports.count + 1, visibleRows: visibleRows) }
            return [.status(said), .loadSupports(clientID)]
        case .failed(let failure):
            guard case StoreError.invalid(let problems) = failure.error else {
                if case StoreError.staleVersion = failure.error { modal = nil; return [.loadSupports(clientID)] }
                return []
            }
            switch modal {
            case .form(var f): f.dialog.show(problems); modal = .form(f)
            case .decision(var d): d.dialog.show(problems); modal = .decision(d)
            case .payment(var p, let s): p.show(problems); modal = .payment(p, s)
            case .finding(var p, let s): p.show(problems); modal = .finding(p, s)
            case nil: break
            }
            return []
        case .laidOut(let rect):
            visibleRows = Table.bodyRows(forHeight: ClientSupportsView.tableRect(in: rect).height)
            return []
        case .key(let key): return modal == nil ? handle(key) : handleModal(key)
        case .idle: return []
        }
    }

    private mutating func handle(_ key: Key) -> [Effect<ClientSupportsMessage>] {
        if list.handle(key, itemCount: supports.count, visibleRows: visibleRows) == .changed { return [.handled] }
        switch keymap.lookup(key) {
        case .run(.new): if let page { modal = .form(SupportForm(clientID: clientID, choices: page.choices)) }
        case .run(.edit): if let page, let s = selected { modal = .form(SupportForm(clientID: clientID, choices: page.choices, editing: s)) }
        case .run(.submit): if let s = selected { return [.submitSupport(s)] }
        case .run(.approve): if let s = selected { modal = .decision(SupportDecisionDialog(.approve, for: s, clientName: page?.clientName ?? "")) }
        case .run(.decline): if let s = selected { modal = .decision(SupportDecisionDialog(.decline, for: s, clientName: page?.clientName ?? "")) }
        case .run(.pay):
            if let s = selected {
                modal = .payment(FormDialog(title: "Record payment", lines: ["\(s.category) · \(Money.dollars(cents: s.amountCents))"], fields: [
                    FormField(id: "reference", label: "Payment reference",
                              control: .text(TextFieldState("", placeholder: "cheque or transfer number", maxLength: 60))),
                    FormField(id: "paidOn", label: "Paid on", control: .date(DateFieldState(context.today.iso, today: context.today,
                                                                                              allowsEmpty: false, accepting: .pastDay(today: context.today)))),
                ]), s)
            }
        case .run(.ineligible):
            if let s = selected {
                modal = .finding(FormDialog(title: "Found ineligible in an audit", lines: [
                    "\(s.category) · paid \(Money.dollars(cents: s.amountCents)). The amount is deducted from the next payment."], fields: [
                    FormField(id: "amount", label: "Amount to deduct", control: .text(TextFieldState(Money.dollars(cents: s.amountCents), maxLength: 20))),
                    FormField(id: "reason", label: "Reason", control: .text(TextFieldState("", placeholder: "what the audit found", maxLength: 300))),
                ]), s)
            }
        case .run(.navigate): break
        case .disabled(let reason): return [.status(reason, isError: true)]
        case .unbound: return []
        }
        return [.handled]
    }

    private mutating func handleModal(_ key: Key) -> [Effect<ClientSupportsMessage>] {
        switch modal {
        case .form(var f):
            let outcome = f.dialog.handle(key)
            modal = .form(f)
            switch outcome {
            case .cancel: modal = nil
            case .none: break
            case .submit:
                switch f.support() {
                case .success(let s): return [.saveDraft(s)]
                case .failure(let problems): f.dialog.show(problems.problems); modal = .form(f)
                }
            }
        case .decision(var d):
            let outcome = d.dialog.handle(key)
            modal = .decision(d)
            switch outcome {
            case .cancel: modal = nil
            case .none: break
            case .submit: return [.decideSupport(d)]
            }
        case .payment(var p, let s):
            let outcome = p.handle(key)
            modal = .payment(p, s)
            switch outcome {
            case .cancel: modal = nil
            case .none: break
            case .submit:
                if let problem = p.dateProblem("paidOn", required: true) { p.show([problem]); modal = .payment(p, s); break }
                return [.recordPayment(s, reference: p.text("reference"), paidOn: p.date("paidOn")!)]
            }
        case .finding(var p, let s):
            let outcome = p.handle(key)
            modal = .finding(p, s)
            switch outcome {
            case .cancel: modal = nil
            case .none: break
            case .submit:
                guard let cents = Money.cents(parsing: p.text("amount")) else {
                    p.show([FieldError(field: "amount", message: "Type the amount as dollars and cents, such as 50 or $1,234.56.")])
                    modal = .finding(p, s); break
                }
                return [.markIneligible(s, cents: cents, reason: p.text("reason"))]
            }
        case nil: break
        }
        return [.handled]
    }

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        ClientSupportsView(model: self).render(into: &buffer, in: rect, theme: theme)
    }

    func overlay(into buffer: inout ScreenBuffer, theme: Theme) {
        let area = buffer.area.inset(top: 1, bottom: 2)
        switch modal {
        case .form(let f): f.dialog.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .decision(let d): d.dialog.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case .payment(let p, _), .finding(let p, _): p.render(into: &buffer, in: area, theme: theme, ascii: ascii)
        case nil: break
        }
    }
}

extension Effect where Message == ClientSupportsMessage {
    static func loadSupports(_ clientID: Int64) -> Self {
        .read("load this client's financial supports") { env in
            .page(ClientSupportsPage(
                clientName: try env.db.client(id: clientID, by: env.actor).sortName,
                supports: try env.db.supports(clientID: clientID, by: env.actor),
                choices: try env.db.supportFormChoices(clientID: clientID, by: env.actor),
                month: try env.db.supportTotals(.month(containing: env.today), clientID: clientID, by: env.actor),
                year: try env.db.supportTotals(.fiscalYear(containing: env.today), clientID: clientID, by: env.actor)))
        }
    }

    static func saveDraft(_ support: FinancialSupport) -> Self {
        .write("save the draft support") { env in
            let saved = support.id == nil ? try env.db.draftSupport(support, by: env.actor, today: env.today)
                                          : try env.db.updateDraftSupport(support, by: env.actor)
            return .saved(saved, said: "Draft saved: \(saved.category) \(Money.dollars(cents: saved.amountCents)). Press s to submit it for approval.")
        }
    }

    static func submitSupport(_ support: FinancialSupport) -> Self {
        .write("submit the support") { env in
            let s = try env.db.submitSupport(id: support.id ?? 0, version: support.version, by: env.actor, today: env.today)
            return .saved(s, said: "Submitted \(s.category) \(Money.dollars(cents: s.amountCents)): it waits in the supervisor's approval queue.")
        }
    }

    static func decideSupport(_ d: SupportDecisionDialog) -> Self {
        .write(d.kind == .approve ? "approve the support" : "decline the support") { env in
            let s = d.kind == .approve
                ? try env.db.approveSupport(id: d.supportID, version: d.version, ssmReference: d.ssmReference, decidedOn: env.today,
                                            by: env.actor, today: env.today)
                : try env.db.declineSupport(id: d.supportID, version: d.version, ssmReference: d.ssmReference, reason: d.reason,
                                            decidedOn: env.today, by: env.actor, today: env.today)
            return .saved(s, said: "\(s.status.rawValue) with SSM reference \(s.ssmReference ?? "").")
        }
    }

    static func recordPayment(_ support: FinancialSupport, reference: String, paidOn: LocalDate) -> Self {
        .write("record the payment") { env in
            let s = try env.db.recordSupportPayment(id: support.id ?? 0, version: support.version, paidOn: paidOn, reference: reference,
                                                    by: env.actor, today: env.today)
            return .saved(s, said: "Paid \(Money.dollars(cents: s.amountCents)) on \(paidOn.long) (\(s.paymentReference ?? "")).")
        }
    }

    static func markIneligible(_ support: FinancialSupport, cents: Int, reason: String) -> Self {
        .write("record the audit finding") { env in
            let s = try env.db.markSupportIneligible(id: support.id ?? 0, version: support.version, amountCents: cents, reason: reason,
                                                     on: env.today, by: env.actor, today: env.today)
            return .saved(s, said: "Ineligible: \(Money.dollars(cents: cents)) to deduct from the next payment.")
        }
    }
}
