import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// §3a's "closed as declined", as the status action screen's `update` handles it: who declined (Tab),
/// a reason (required), refused with the reason for a client who is no longer a referral.
@MainActor @Suite struct DeclinedClosureModelTests {
    func doing<M>(_ effects: [Effect<M>]) -> [String] {
        effects.compactMap { effect -> String? in
            switch effect {
            case .read(let d, _), .write(let d, _): return d
            default: return nil
            }
        }
    }

    func opened(_ status: ClientStatus, role: StaffRole = .caseworker) -> ClientStatusActionModel {
        var model = ClientStatusActionModel(context: LifecycleModelTests.context(role), clientID: 5, action: .closeDeclined)
        _ = model.update(.loaded(.opened(ClientStatusFacts(clientName: "Ward, Oli", status: status, latest: nil, decision: nil))))
        return model
    }

    @Test func aReferralClosesAsDeclinedWithWhoAndWhy() {
        var model = ClientStatusActionModel(context: LifecycleModelTests.context(.caseworker), clientID: 5, action: .closeDeclined)
        #expect(doing(model.update(.reload)) == ["load the client's status"])
        model = opened(.referred)
        #expect(model.title == "Close as declined · Ward, Oli" && model.isEditingText && model.decliner == .client)
        #expect(model.update(.key(.enter)).commands == [.status("Say why the referral was declined, then Enter.", isError: true)])
        #expect(model.update(.key(.tab)).isHandled && model.decliner == .provider)
        for c in "Outside our area" { _ = model.update(.key(.char(c))) }
        #expect(model.reason.text == "Outside our area")
        #expect(doing(model.update(.key(.enter))) == ["close the referral as declined"])
        #expect(model.footerKeys.binding(for: .tab)?.help == "Who declined: client / provider")
        #expect(model.update(.loaded(.done(.closed))).commands
                == [.back, .status("Ward, Oli is Closed: declined by the provider; O reopens.", isError: false)])
    }

    @Test func aClientPastTheReferralIsRefusedWithTheReason() {
        var model = opened(.active)
        let why = "Refused: the client is Active, not a referral waiting for first contact; close the EAP instead (EAP tab, p)."
        #expect(model.refusal == why && !model.lines(width: 200).contains { $0.text.contains("Reason") })
        #expect(!model.isEditingText, "a refused close takes no typing, so q and ? keep working")
        #expect(model.update(.key(.char("x"))).isHandled && model.reason.text.isEmpty)
        #expect(model.update(.key(.enter)).commands == [.status(why, isError: true)])
        #expect(model.footerKeys.binding(for: .enter)?.disabledReason == why)
        #expect(model.update(.key(.escape)).commands == [.back, .status("Nothing changed.", isError: false)])
    }

    @Test func frontDeskIsSentBack() {
        var model = ClientStatusActionModel(context: LifecycleModelTests.context(.frontDesk), clientID: 5, action: .closeDeclined)
        #expect(model.update(.reload).commands == [.back, .status(Permission.editClient.refusal, isError: true)])
    }
}
