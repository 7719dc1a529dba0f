import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

enum SupportQueueMessage {
    case queue([AwaitingSupport], month: [SupportTotal], year: [SupportTotal])
    case decided(FinancialSupport, clientName: String)
}

enum SupportQueueAction: Sendable { case approve, decline, openClient, navigate }

/// The supervisor's approval queue (SOP 4): every support waiting for the SSM's decision, oldest
/// first, with the client, caseworker, amount, category, rationale and documents; `a` approves and
/// `d` declines with the SSM reference. The decision clears the FS-APPROVAL follow-up.
struct SupportQueueModel: ScreenModel {
    let context: ScreenContext
    let ascii: Bool
    private(set) var items: [AwaitingSupport] = []
    private(set) var month: [SupportTotal] = []
    private(set) var year: [SupportTotal] = []
    private(set) var list = ListState()
    private(set) var visibleRows = 10
    private(set) var decision: SupportDecisionDialog?

    init(context: ScreenContext, ascii: Bool = false) { self.context = context; self.ascii = ascii }

    var title: String { "Supports to approve" }
    var selected: AwaitingSupport? { items.indices.contains(list.selected) ? items[list.selected] : nil }
    var hasUnsavedInput: Bool { decision?.dialog.hasTypedText ?? false }
    var isEditingText: Bool { decision != nil }

    var keymap: Keymap<SupportQueueAction> {
        let none = selected == nil ? "no support is waiting for a decision" : nil
        return Keymap([
            KeyBinding([.char("a")], .approve, help: "Approve (SSM ref)", group: "Decision", showInFooter: true, disabledReason: none),
            KeyBinding([.char("d")], .decline, help: "Decline (SSM ref, reason)", group: "Decision", showInFooter: true, disabledReason: none),
            KeyBinding([.enter], .openClient, help: "Open client", group: "Decision", showInFooter: true, disabledReason: none),
            KeyBinding([.up, .char("k"), .down, .char("j"), .pageUp, .pageDown, .home, .end], .navigate, help: "Move", group: "Navigation"),
        ])
    }

    var footerKeys: Keymap<Int> {
        if decision != nil { return Keymap([KeyBinding([.enter], 0, help: "Save", showInFooter: true),
                                            KeyBinding([.escape], 1, help: "Cancel", showInFooter: true)]) }
        return Keymap(keymap.bindings.enumerated().map { i, b in
            KeyBinding(b.keys, i, help: b.help, group: b.group, showInFooter: b.showInFooter, disabledReason: b.disabledReason)
        })
    }

    mutating func update(_ input: ScreenInput<SupportQueueMessage>) -> [Effect<SupportQueueMessage>] {
        switch input {
        case .reload, .reappeared, .summoned:
            guard context.can(.approveFinancialSupport) else {
                return [.back, .status(Permission.approveFinancialSupport.refusal, isError: true)]
            }
            return [.loadSupportQueue]
        case .loaded(.queue(let items, let month, let year)):
            let keep = selected?.id
            self.items = items; self.month = month; self.year = year
            let index = keep.flatMap { k in items.firstIndex { $0.id == k } } ?? list.selected
            list.select(index, itemCount: items.count, visibleRows: visibleRows)
            return []
        case .loaded(.decided(let support, let clientName)):
            decision = nil
            let verb = support.status == .approved ? "Approved" : "Declined"
            return [.status("\(verb) \(Money.dollars(cents: support.amountCents)) for \(clientName)"
                            + " (ref \(support.ssmReference ?? "")); its follow-up is cleared."), .loadSupportQueue]
        case .failed(let failure):
            if case StoreError.invalid(let problems) = failure.error { decision?.dialog.show(problems) }
            else if case StoreError.staleVersion = failure.error { decision = nil; return [.loadSupportQueue] }
            return []
        case .laidOut(let rect):
            visibleRows = Table.bodyRows(forHeight: SupportQueueView.tableRect(in: rect).height)
            return []
        case .key(let key): return handle(key)
        case .idle: return []
        }
    }

    private mutating func handle(_ key: Key) -> [Effect<SupportQueueMessage>] {
        if var open = decision {
            let outcome = open.dialog.handle(key)
            decision = open
            switch outcome {
            case .cancel: decision = nil; return [.handled]
            case .none: return [.handled]
            case .submit: return [.decide(open, today: context.today)]
            }
        }
        if list.handle(key, itemCount: items.count, visibleRows: visibleRows) == .changed { return [.handled] }
        switch keymap.lookup(key) {
        case .run(.approve): decision = selected.map { SupportDecisionDialog(.approve, for: $0.support, clientName: $0.clientName) }
        case .run(.decline): decision = selected.map { SupportDecisionDialog(.decline, for: $0.support, clientName: $0.clientName) }
        case .run(.openClient): return selected.map { [.open(.profile(clientID: $0.support.clientID, tab: .eap))] } ?? [.handled]
        case .run(.navigate): break
        case .disabled(let reason): return [.status(reason, isError: true)]
        case .unbound: return []
        }
        return [.handled]
    }

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        SupportQueueView(model: self).render(into: &buffer, in: rect, theme: theme)
    }

    func overlay(into buffer: inout ScreenBuffer, theme: Theme) {
        guard let decision else { return }
        decision.dialog.render(into: &buffer, in: buffer.area.inset(top: 1, bottom: 2),
                               theme: theme, ascii: ascii)
    }
}

extension Effect where Message == SupportQueueMessage {
    /// The queue and the agency's totals for this month and this fiscal year.
    static var loadSupportQueue: Self {
        .read("load the supports waiting for a decision") { env in
            .queue(try env.db.supportsAwaitingDecision(by: env.actor),
                   month: try env.db.supportTotals(.month(containing: env.today), by: env.actor),
                   year: try env.db.supportTotals(.fiscalYear(containing: env.today), by: env.actor))
        }
    }

    static func decide(_ d: SupportDecisionDialog, today: LocalDate) -> Self {
        switch d.kind {
        case .approve:
            return .write("approve the support") { env in
                let s = try env.db.approveSupport(id: d.supportID, version: d.version, ssmReference: d.ssmReference,
                                                  decidedOn: env.today, by: env.actor, today: env.today)
                return .decided(s, clientName: try env.db.client(id: s.clientID, by: env.actor).sortName)
            }
        case .decline:
            return .write("decline the support") { env in
                let s = try env.db.declineSupport(id: d.supportID, version: d.version, ssmReference: d.ssmReference, reason: d.reason,
                                                  decidedOn: env.today, by: env.actor, today: env.today)
                return .decided(s, clientName: try env.db.client(id: s.clientID, by: env.actor).sortName)
            }
        }
    }
}
