import CaseloadCore
import Testing
@testable import CaseloadApp

/// Issue #17 item 4: which profile tab a due item opens is the app's decision, by the item's rule
/// (the domain's `DueItem` carries no tab). The same table the rules carried before.
@MainActor @Suite struct FollowUpTabTests {
    @Test func everyRuleOpensTheTabWherePeopleActOnIt() {
        let tabs = Dictionary(uniqueKeysWithValues: FollowUpRule.allCases.map { ($0, FollowUpQueueScreen.tab($0)) })
        #expect(tabs == [.r01: .notes, .r02: .notes, .r03: .info, .r04: .notes, .r05: .info, .r08: .employment,
                         .r11: .notes, .r15: .assessment, .eapHold: .eap, .financialSupportApproval: .eap, .manual: .followUps,
                         .r16: .info, .saCaseworker: .info])
    }
}
