import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// The #18 screens' `update`, with no database: the assessment form, the status action (R-03 close,
/// reopen) and referrals out.
@MainActor @Suite struct LifecycleModelTests {
    static func context(_ role: StaffRole) -> ScreenContext {
        ScreenContext(actor: StaffMember(id: 7, username: "dlee", fullName: "Dana Lee", role: role),
                      today: AppFixture.today, now: AppFixture.now, zone: AppFixture.zone)
    }

    func doing<M>(_ effects: [Effect<M>]) -> [String] {
        effects.compactMap { effect -> String? in
            switch effect {
            case .read(let d, _), .write(let d, _): return d
            default: return nil
            }
        }
    }

    func type(_ text: String, into model: inout AssessmentEntryModel) {
        for c in text { _ = model.update(.key(.char(c))) }
    }

    @Test func assessmentFormLoadsRefusesBadInputLocallyAndAsksBeforeDiscarding() {
        var model = AssessmentEntryModel(context: Self.context(.caseworker), clientID: 5, startsNew: false)
        #expect(doing(model.update(.reload)) == ["open the assessment"])
        _ = model.update(.loaded(.opened(clientName: "Côté, Zoë", latest: nil)))
        #expect(model.isReady && !model.hasUnsavedInput)
        // Module 1, Module 2, then the submission day without a time: refused on the form, no write.
        type("2026-01-12", into: &model); _ = model.update(.key(.tab))
        type("2026-01-13", into: &model); _ = model.update(.key(.tab))
        type("2026-01-13", into: &model)
        let refused = model.update(.key(.ctrl("s")))
        #expect(doing(refused).isEmpty)
        #expect(refused.commands == [.status("1 field needs attention: fix the marked fields, then ^S to save.", isError: true)])
        #expect(model.form["submittedTime"]?.error?.contains("R-05 counts 24 clock hours") == true)
        type("9:30", into: &model)
        #expect(doing(model.update(.key(.ctrl("s")))) == ["save the assessment"])
        // Esc with typing asks first; n keeps it.
        #expect(model.update(.key(.escape)).isHandled && model.confirmDiscard != nil)
        #expect(model.update(.key(.char("n"))).commands == [.status("Kept your typing.", isError: false)])
        #expect(model.confirmDiscard == nil)
    }

    @Test func assessmentSavedGoesBackSayingWhatHappenedAndFrontDeskIsSentBack() {
        var model = AssessmentEntryModel(context: Self.context(.caseworker), clientID: 5, startsNew: true)
        _ = model.update(.loaded(.opened(clientName: "Côté, Zoë", latest: Assessment(id: 3, clientID: 5, module1CompletedOn: AppFixture.today))))
        #expect(model.base == nil, "re-administering starts a blank assessment")
        let back = model.update(.loaded(.saved(Assessment(id: 4, clientID: 5))))
        #expect(back.commands == [.back, .status("New assessment recorded; the earlier one is kept in history for Côté, Zoë (version 0).", isError: false)])
        var desk = AssessmentEntryModel(context: Self.context(.frontDesk), clientID: 5, startsNew: false)
        #expect(desk.update(.reload).commands == [.back, .status(Permission.editClient.refusal, isError: true)])
    }

    @Test func closeAsUnableToContactIsOfferedOnlyWhenR03Holds() {
        var model = ClientStatusActionModel(context: Self.context(.caseworker), clientID: 5, action: .closeUnableToContact)
        #expect(doing(model.update(.reload)) == ["load the client's status"])
        let refusal = "Refused (R-03): only 9 business days have passed since the referral was received."
        _ = model.update(.loaded(.opened(ClientStatusFacts(clientName: "Côté, Zoë", status: .referred, latest: nil,
                                                           decision: .refused(refusal)))))
        #expect(model.update(.key(.enter)).commands == [.status(refusal, isError: true)])
        #expect(model.footerKeys.binding(for: .enter)?.disabledReason == refusal)
        _ = model.update(.loaded(.opened(ClientStatusFacts(clientName: "Côté, Zoë", status: .referred, latest: nil,
                                                           decision: .allowed("R-03: it may be closed.")))))
        #expect(doing(model.update(.key(.enter))) == ["close the referral as unable to contact"])
        #expect(model.update(.loaded(.done(.closed))).commands.first == .back)
        #expect(model.update(.key(.escape)).commands == [.back, .status("Nothing changed.", isError: false)])
    }

    @Test func reopenAsksWhyAndIsRefusedForAnOpenFile() {
        var model = ClientStatusActionModel(context: Self.context(.caseworker), clientID: 5, action: .reopen)
        _ = model.update(.loaded(.opened(ClientStatusFacts(clientName: "Côté, Zoë", status: .active, latest: nil, decision: nil))))
        #expect(model.update(.key(.enter)).commands == [.status("The client is Active, not Closed: there is nothing to reopen.", isError: true)])
        _ = model.update(.loaded(.opened(ClientStatusFacts(clientName: "Côté, Zoë", status: .closed, latest: nil, decision: nil))))
        for _ in 0..<20 { _ = model.update(.key(.backspace)) }
        #expect(model.update(.key(.enter)).commands == [.status("Say why the file is reopened, then Enter.", isError: true)])
        for c in "Back for work" { _ = model.update(.key(.char(c))) }
        #expect(doing(model.update(.key(.enter))) == ["reopen the file"])
    }

    @Test func uOnAnR03ItemOfF3OpensTheCloseScreenAndIsRefusedOnOthers() {
        var model = FollowUpQueueUpdateTests.loaded()   // Zoë's R-01 selected, then Noël's R-03
        let refused = model.update(.key(.char("U")))
        #expect(refused.commands == [.status("U closes a referral from its R-03 item (May close as unable to contact)", isError: true)])
        _ = model.update(.key(.down))
        #expect(model.footerKeys.bindings.contains { $0.keys == [.char("U")] && $0.showInFooter })
        #expect(model.update(.key(.char("U"))).commands == [.open(.statusAction(clientID: 11, action: .closeUnableToContact))])
    }

    @Test func referralsOutListCountsLifeStabilizationAndTheFormSaves() {
        var model = ReferralsOutModel(context: Self.context(.caseworker), clientID: 5)
        #expect(doing(model.update(.reload)) == ["load the referrals out"])
        let housing = ReferralOut(id: 1, clientID: 5, partner: "Safe Homes", serviceType: "Housing", madeOn: AppFixture.today)
        let training = ReferralOut(id: 2, clientID: 5, partner: "College", serviceType: "Training", madeOn: AppFixture.today)
        _ = model.update(.loaded(.loaded(clientName: "Côté, Zoë", referrals: [housing, training], serviceTypes: ["Housing", "Training"])))
        #expect(model.lifeStabilizationCount == 1)
        #expect(model.rows(width: 80).first?.text == "Life-stabilization referrals: 1 of 2")
        #expect(model.update(.key(.char("n"))).isHandled && model.editing?.id == nil)
        // Saving with no partner and no type goes to the store, which names both problems.
        #expect(doing(model.update(.key(.ctrl("s")))) == ["save the referral"])
        #expect(model.update(.key(.escape)).isHandled && model.editing == nil, "nothing typed: Esc leaves the form at once")
        var desk = ReferralsOutModel(context: Self.context(.frontDesk), clientID: 5)
        #expect(desk.update(.reload).commands == [.back, .status(Permission.viewActionPlan.refusal, isError: true)])
    }
}
