import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

enum ReferralsOutMessage {
    case loaded(clientName: String, referrals: [ReferralOut], serviceTypes: [String])
    case saved(ReferralOut)
}

enum ReferralsOutAction: Sendable { case add, edit, save, cancel, navigate }

/// A client's referrals to other services and supports: the list with the life-stabilization
/// count, n to add one, Enter to change one (status, outcome, follow-up date). Not for front desk.
struct ReferralsOutModel: ScreenModel {
    let context: ScreenContext
    let clientID: Int64
    private(set) var clientName = ""
    private(set) var referrals: [ReferralOut] = []
    private(set) var serviceTypes: [String] = []
    private(set) var isLoaded = false
    private(set) var list = ListState()
    private(set) var visibleRows = 10
    /// The referral being added (id nil) or changed, with its form.
    private(set) var editing: ReferralOut?
    private(set) var form = FormState(fields: [])
    private(set) var initialValues: [String: String] = [:]
    private(set) var confirmDiscard: ConfirmDialog?

    /// The referral whose form opens once the list is read (Enter on the profile's Referrals tab).
    private var changing: Int64?
    /// Opened for one referral's form: saving or cancelling it goes straight back to the profile.
    private var backAfterForm = false

    init(context: ScreenContext, clientID: Int64, changing: Int64? = nil) {
        self.context = context; self.clientID = clientID; self.changing = changing
    }

    var title: String { clientName.isEmpty ? "Referrals out" : "Referrals out · \(clientName)" }
    var hasUnsavedInput: Bool { editing != nil && form.values != initialValues }
    var isEditingText: Bool { editing != nil }
    var lifeStabilizationCount: Int { referrals.filter(\.isLifeStabilization).count }
    var selected: ReferralOut? { referrals.indices.contains(list.selected) ? referrals[list.selected] : nil }

    var keymap: Keymap<ReferralsOutAction> {
        let canEdit = context.can(.editActionPlan) ? nil : Permission.editActionPlan.refusal
        if editing != nil {
            return Keymap([
                KeyBinding([.ctrl("s")], .save, help: "Save referral", group: "Form", showInFooter: true, disabledReason: canEdit),
                KeyBinding([.tab, .backTab], .navigate, help: "Next / previous field", group: "Form", showInFooter: true),
                KeyBinding([.escape], .cancel, help: hasUnsavedInput ? "Cancel (asks first)" : "Cancel", group: "Form", showInFooter: true),
            ])
        }
        return Keymap([
            KeyBinding([.char("n")], .add, help: "New referral", group: "Referrals", showInFooter: true, disabledReason: canEdit),
            KeyBinding([.enter, .char("e")], .edit, help: "Change status / outcome", group: "Referrals", showInFooter: true,
                       disabledReason: canEdit ?? (selected == nil ? "no referral yet: n adds one" : nil)),
            KeyBinding([.up, .down, .char("j"), .char("k")], .navigate, help: "Move", group: "Navigation"),
        ])
    }
    var footerKeys: Keymap<Int> { Keymap(keymap.bindings.map { KeyBinding($0.keys, 0, help: $0.help, group: $0.group,
                                                                           showInFooter: $0.showInFooter, disabledReason: $0.disabledReason) }) }

    mutating func update(_ input: ScreenInput<ReferralsOutMessage>) -> [Effect<ReferralsOutMessage>] {
        switch input {
        case .reload, .reappeared, .summoned:
            guard context.can(.viewActionPlan) else { return [.back, .status(Permission.viewActionPlan.refusal, isError: true)] }
            return editing == nil ? [.loadReferrals(clientID)] : []
        case .loaded(.loaded(let name, let loaded, let types)):
            clientName = name; referrals = loaded; serviceTypes = types; isLoaded = true
            list.select(min(list.selected, max(0, loaded.count - 1)), itemCount: loaded.count, visibleRows: visibleRows)
            if let id = changing, let i = loaded.firstIndex(where: { $0.id == id }) {
                changing = nil
                list.select(i, itemCount: loaded.count, visibleRows: visibleRows)
                if context.can(.editActionPlan) { startEditing(loaded[i]); backAfterForm = true }
            }
            return []
        case .loaded(.saved(let saved)):
            let wasNew = editing?.id == nil
            editing = nil
            let said = Effect<ReferralsOutMessage>.status(wasNew ? "Referral to \(saved.partner) recorded."
                                                                 : "Referral to \(saved.partner) saved: \(saved.status.rawValue).")
            if backAfterForm { backAfterForm = false; return [said, .back] }
            return [said, .loadReferrals(clientID)]
        case .failed(let failure):
            if case .invalid(let problems)? = failure.error as? StoreError {
                form.setErrors(Dictionary(problems.map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a }))
            }
            return isLoaded ? [] : [.back]
        case .laidOut(let rect):
            visibleRows = max(1, rect.height - 6)
            return []
        case .key(let key): return editing == nil ? handleList(key) : handleForm(key)
        case .idle: return []
        }
    }

    private mutating func handleList(_ key: Key) -> [Effect<ReferralsOutMessage>] {
        switch keymap.lookup(key) {
        case .run(.add): startEditing(ReferralOut(clientID: clientID, partner: "", serviceType: "", madeOn: context.today)); return [.handled]
        case .run(.edit): if let selected { startEditing(selected) }; return [.handled]
        case .run(.navigate): _ = list.handle(key, itemCount: referrals.count, visibleRows: visibleRows); return [.handled]
        case .disabled(let reason): return [.status(reason, isError: true)]
        default: return []
        }
    }

    private mutating func startEditing(_ referral: ReferralOut) {
        editing = referral
        form = FormState(fields: ReferralOutForm.fields(referral.id == nil ? nil : referral, serviceTypes: serviceTypes, today: context.today))
        initialValues = form.values
    }

    private mutating func handleForm(_ key: Key) -> [Effect<ReferralsOutMessage>] {
        if let dialog = confirmDiscard {
            switch dialog.answer(for: key) {
            case .yes: confirmDiscard = nil; editing = nil; return [.status("The referral was not saved.")] + leaveAfterForm()
            case .no: confirmDiscard = nil; return [.status("Kept your typing.")]
            case nil: return [.handled]
            }
        }
        if key == .ctrl("s"), case .disabled(let reason) = keymap.lookup(key) { return [.status(reason, isError: true)] }
        switch form.handle(key, width: 70) {
        case .cancelled:
            if hasUnsavedInput {
                confirmDiscard = ConfirmDialog(title: "Discard this referral?",
                                               message: ["What you typed has not been saved and will be lost.",
                                                         "y discards it; n or Esc goes back to the form."], defaultAnswer: .no)
            } else {
                editing = nil
                return [.handled] + leaveAfterForm()
            }
            return [.handled]
        case .submitted:
            guard let base = editing else { return [.handled] }
            switch ReferralOutForm.referral(form, base: base) {
            case .failure(let problems):
                form.setErrors(problems.byField)
                return [.status(EmploymentEntryState.summary(problems.byField), isError: true)]
            case .success(let referral): return [.saveReferral(referral, today: context.today)]
            }
        default: return [.handled]
        }
    }

    /// Back to the profile when the form was all this screen was opened for.
    private mutating func leaveAfterForm() -> [Effect<ReferralsOutMessage>] {
        guard backAfterForm else { return [] }
        backAfterForm = false
        return [.back]
    }

    func rows(width: Int) -> [StyledLine] {
        var out = [StyledLine("Life-stabilization referrals: \(lifeStabilizationCount) of \(referrals.count)", .label), .blank]
        if referrals.isEmpty { return out + [StyledLine("No referral out recorded yet: n records one (partner, service type, date).", .muted)] }
        for (i, r) in referrals.enumerated() {
            let follow = r.followUpOn.map { r.status == .made ? " · follow up \($0.iso)" : "" } ?? ""
            let text = "\(r.madeOn.iso)  \(r.status.rawValue.padded(toWidth: 13)) \(r.serviceType) · \(r.partner)\(follow)"
            out.append(StyledLine((i == list.selected ? "› " : "  ") + text.truncated(toWidth: max(1, width - 2)),
                                  i == list.selected ? .selected : .normal))
            if i == list.selected, let note = r.outcomeNote {
                out += TextWrap.wrap(note, width: max(10, width - 6)).prefix(3).map { StyledLine("    " + $0, .muted) }
            }
        }
        return out
    }

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        let body = rect.inset(top: 1, left: 1, right: 1)
        if editing != nil {
            let heading = editing?.id == nil ? "New referral out (R-24) · ^S saves" : "Change the referral · ^S saves"
            buffer.put(heading, x: body.x, y: body.y, style: theme[.label], maxWidth: body.width)
            Form.render(form, into: &buffer, in: Rect(x: body.x, y: body.y + 2, width: min(body.width, 90), height: max(0, body.height - 2)),
                        theme: theme)
            return
        }
        guard isLoaded else { EmptyState.render("Loading…", into: &buffer, in: body, theme: theme); return }
        LinesView.render(rows(width: body.width), scroll: 0, into: &buffer, in: body, theme: theme)
    }

    func overlay(into buffer: inout ScreenBuffer, theme: Theme) {
        confirmDiscard?.render(into: &buffer, in: Rect(x: 0, y: 0, width: buffer.width, height: buffer.height), theme: theme)
    }
}

extension Effect where Message == ReferralsOutMessage {
    static func loadReferrals(_ clientID: Int64) -> Self {
        .read("load the referrals out") { env in
            .loaded(clientName: try env.db.clientSummary(id: clientID, by: env.actor).sortName,
                    referrals: try env.db.referralsOut(clientID: clientID, by: env.actor),
                    serviceTypes: try env.db.valueList(.referralServiceType).map(\.value))
        }
    }

    static func saveReferral(_ referral: ReferralOut, today: LocalDate) -> Self {
        .write("save the referral") { env in .saved(try env.db.saveReferralOut(referral, today: today, by: env.actor)) }
    }
}
