import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// What the status screen shows before anything changes: where the file stands, since when and
/// why, and (for R-03) whether the rule allows closing today.
struct ClientStatusFacts: Equatable {
    var clientName: String
    var status: ClientStatus
    var latest: ClientStatusChange?
    /// R-03's verdict for closing as unable to contact today; nil for reopening.
    var decision: RuleDecision?
}

enum ClientStatusActionMessage {
    case opened(ClientStatusFacts)
    case done(ClientStatus)
}

/// Close a referral as unable to contact or as declined (§3a), or reopen a closed file,
/// after showing the facts. Enter confirms, Esc goes back without changing anything; a refused close
/// says why (the rule's own sentence) and offers nothing to confirm.
struct ClientStatusActionModel: ScreenModel {
    let context: ScreenContext
    let clientID: Int64
    let action: ClientStatusAction
    private(set) var facts: ClientStatusFacts?
    /// Reopening and declining ask why (kept with the status change).
    private(set) var reason: TextFieldState
    /// Declining: who declined the referral (Tab switches).
    private(set) var decliner = ReferralDecliner.client

    init(context: ScreenContext, clientID: Int64, action: ClientStatusAction) {
        self.context = context; self.clientID = clientID; self.action = action
        reason = action == .closeDeclined
            ? TextFieldState("", placeholder: "why the referral was declined", maxLength: 200)
            : TextFieldState("Returning client", placeholder: "why the file is reopened", maxLength: 200)
    }

    var permission: Permission { action == .reopen ? .editActionPlan : .editClient }
    var title: String {
        let what: String
        switch action {
        case .reopen: what = "Reopen the file"
        case .closeUnableToContact: what = "Close as unable to contact"
        case .closeDeclined: what = "Close as declined"
        }
        return facts.map { "\(what) · \($0.clientName)" } ?? what
    }
    var asksWhy: Bool { action != .closeUnableToContact }
    /// Only while the reason field is shown: a refused action takes no typing.
    var isEditingText: Bool { asksWhy && facts != nil && refusal == nil }

    /// Why confirming cannot happen now, or nil.
    var refusal: String? {
        guard let facts else { return "the client is still loading" }
        if !context.can(permission) { return permission.refusal }
        switch action {
        case .closeUnableToContact: return facts.decision.flatMap { $0.isAllowed ? nil : $0.message }
        case .reopen: return ClientLifecycle.reopenRefusal(status: facts.status)
        case .closeDeclined: return ClientLifecycle.declinedRefusal(status: facts.status)
        }
    }

    private var enterHelp: String {
        switch action {
        case .reopen: return "Reopen (new EAP)"
        case .closeUnableToContact: return "Close the file"
        case .closeDeclined: return "Close as declined"
        }
    }

    var footerKeys: Keymap<Int> {
        Keymap([
            KeyBinding([.enter], 0, help: enterHelp, group: "Status", showInFooter: refusal == nil, disabledReason: refusal),
        ] + (action == .closeDeclined ? [
            KeyBinding([.tab], 0, help: "Who declined: client / provider", group: "Status", showInFooter: refusal == nil,
                       disabledReason: refusal),
        ] : []) + [
            KeyBinding([.escape], 0, help: "Back, nothing changed", group: "Status", showInFooter: true),
        ])
    }

    mutating func update(_ input: ScreenInput<ClientStatusActionMessage>) -> [Effect<ClientStatusActionMessage>] {
        switch input {
        case .reload, .reappeared, .summoned:
            guard context.can(permission) else { return [.back, .status(permission.refusal, isError: true)] }
            return [.loadStatusFacts(clientID, action: action, on: context.today)]
        case .loaded(.opened(let loaded)):
            facts = loaded
            return []
        case .loaded(.done(let status)):
            let name = facts?.clientName ?? "The client"
            let text: String
            switch action {
            case .reopen: text = "\(name) is \(status.rawValue) again: a new EAP is open, earlier records kept."
            case .closeUnableToContact: text = "\(name) is \(status.rawValue): closed as unable to contact (R-03). Nothing about them stays in F3."
            case .closeDeclined: text = "\(name) is \(status.rawValue): declined by \(decliner.rawValue); O reopens."
            }
            return [.back, .status(text)]
        case .failed: return facts == nil ? [.back] : []
        case .laidOut, .idle: return []
        case .key(let key): return handle(key)
        }
    }

    private mutating func handle(_ key: Key) -> [Effect<ClientStatusActionMessage>] {
        switch key {
        case .escape: return [.back, .status("Nothing changed.")]
        case .enter:
            if let refusal { return [.status(refusal, isError: true)] }
            switch action {
            case .closeUnableToContact: return [.closeUnableToContact(clientID, on: context.today)]
            case .reopen:
                let why = reason.text.trimmingCharacters(in: .whitespaces)
                guard !why.isEmpty else { return [.status("Say why the file is reopened, then Enter.", isError: true)] }
                return [.reopen(clientID, reason: why, on: context.today)]
            case .closeDeclined:
                let why = reason.text.trimmingCharacters(in: .whitespaces)
                guard !why.isEmpty else { return [.status("Say why the referral was declined, then Enter.", isError: true)] }
                return [.closeDeclined(clientID, by: decliner, reason: why, on: context.today)]
            }
        case .tab where action == .closeDeclined && refusal == nil,
             .backTab where action == .closeDeclined && refusal == nil:
            decliner = decliner == .client ? .provider : .client
            return [.handled]
        default:
            guard isEditingText else { return [.handled] }
            _ = reason.handle(key, width: 60)
            return [.handled]
        }
    }

    func lines(width: Int) -> [StyledLine] {
        guard let facts else { return [StyledLine("Loading…", .muted)] }
        var out: [StyledLine] = []
        let since = facts.latest.map { " since \($0.changedOn.long): \($0.reason)" } ?? ""
        out += TextWrap.wrap("Status: \(facts.status.rawValue)\(since)", width: width).map { StyledLine($0) }
        out.append(.blank)
        switch action {
        case .closeUnableToContact:
            let decision = facts.decision ?? .refused("")
            out += TextWrap.wrap(decision.message, width: width).map { StyledLine($0, decision.isAllowed ? .normal : .warning) }
            out.append(.blank)
            out.append(StyledLine(decision.isAllowed ? "Enter closes the file as unable to contact; Esc goes back." : "Esc goes back.", .muted))
        case .closeDeclined:
            if let refusal = ClientLifecycle.declinedRefusal(status: facts.status) {
                out += TextWrap.wrap(refusal, width: width).map { StyledLine($0, .warning) }
                out.append(.blank)
                out.append(StyledLine("Esc goes back.", .muted))
            } else {
                out += TextWrap.wrap("The client or the provider declined this referral: closing makes the client Closed (no rule follow-ups); O on the profile reopens.", width: width)
                    .map { StyledLine($0) }
                out.append(.blank)
                let mark = { (d: ReferralDecliner) in d == self.decliner ? "(•) " : "( ) " }
                out.append(StyledLine("Declined by  \(mark(.client))the client   \(mark(.provider))the provider   (Tab switches)"))
                out.append(.blank)
                out.append(StyledLine("Reason (Enter closes, Esc goes back):", .label))
            }
        case .reopen:
            if let refusal = ClientLifecycle.reopenRefusal(status: facts.status) {
                out.append(StyledLine(refusal, .warning))
            } else {
                out += TextWrap.wrap("Reopening opens a new EAP and makes the client Active; every earlier record stays.", width: width)
                    .map { StyledLine($0) }
                out.append(.blank)
                out.append(StyledLine("Reason (Enter reopens, Esc goes back):", .label))
            }
        }
        return out
    }

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        let body = rect.inset(top: 1, left: 2, right: 2)
        let lines = lines(width: max(10, body.width))
        LinesView.render(lines, scroll: 0, into: &buffer, in: body, theme: theme)
        if let facts, body.height > lines.count,
           (action == .reopen && facts.status == .closed) || (action == .closeDeclined && refusal == nil) {
            reason.render(into: &buffer, in: Rect(x: body.x, y: body.y + lines.count, width: min(60, body.width), height: 1),
                          theme: theme, focused: true)
        }
    }
}

extension Effect where Message == ClientStatusActionMessage {
    static func loadStatusFacts(_ clientID: Int64, action: ClientStatusAction, on day: LocalDate) -> Self {
        .read("load the client's status") { env in
            let summary = try env.db.clientSummary(id: clientID, by: env.actor)
            let decision = action == .closeUnableToContact
                ? try env.db.unableToContactDecision(clientID: clientID, on: day, by: env.actor) : nil
            return .opened(ClientStatusFacts(clientName: summary.sortName, status: summary.status,
                                             latest: try env.db.statusHistory(clientID: clientID, by: env.actor).last,
                                             decision: decision))
        }
    }

    static func closeUnableToContact(_ clientID: Int64, on day: LocalDate) -> Self {
        .write("close the referral as unable to contact") { env in
            .done(try env.db.closeAsUnableToContact(clientID: clientID, on: day, by: env.actor).status)
        }
    }

    static func closeDeclined(_ clientID: Int64, by decliner: ReferralDecliner, reason: String, on day: LocalDate) -> Self {
        .write("close the referral as declined") { env in
            .done(try env.db.closeAsDeclined(clientID: clientID, by: decliner, reason: reason, on: day, by: env.actor).status)
        }
    }

    static func reopen(_ clientID: Int64, reason: String, on day: LocalDate) -> Self {
        .write("reopen the file") { env in
            _ = try env.db.reopenClient(clientID: clientID, goal: nil, on: day, reason: reason, by: env.actor)
            return .done(.active)
        }
    }
}
