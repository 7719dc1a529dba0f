import CaseloadCore
@testable import CaseloadStore
import Foundation
import GRDB
import TerminalKit
import Testing
@testable import CaseloadApp

/// Issue #19: `M` on the profile merges a duplicate file into this one (supervisors only), and a
/// retired file is a read-only pointer whose Enter opens the kept file. No database: keys and store
/// answers in, state and effects out.
@MainActor @Suite struct ProfileMergeUpdateTests {
    typealias Fixture = ClientProfileUpdateTests
    static let otherID: Int64 = 43

    static func other() throws -> ClientSummary {
        try ClientSummary(row: Row(["id": otherID, "cams_reference": "00123456", "first_name": "Zoe", "last_name": "Cote",
                                    "preferred_name": nil, "date_of_birth": "1998-07-05", "phone": nil,
                                    "status": "Active", "caseworker_id": 7, "site_id": nil]))
    }

    static func plan() -> MergePlan {
        MergePlan(kept: Client(id: Fixture.zoeID, firstName: "Zoë", lastName: "Côté"),
                  retired: Client(id: otherID, camsReference: "00123456", firstName: "Zoe", lastName: "Cote"),
                  counts: MergePlan.counted.map { MergePlan.Count(what: $0.what, count: $0.what == "notes" ? 2 : 0) })
    }

    static func type(_ text: String, into model: inout ClientProfileModel) {
        for c in text { #expect(model.update(.key(.char(c))).isHandled) }
    }

    func mergeDialog(_ model: ClientProfileModel) -> MergeDialog? {
        if case .merge(let dialog) = model.state.modal { return dialog } else { return nil }
    }

    @Test func onlyASupervisorGetsTheMergeKey() throws {
        var caseworker = try Fixture.loaded(.caseworker)
        #expect(caseworker.update(.key(.char("M"))).commands == [.status(Permission.mergeClients.refusal, isError: true)])
        #expect(caseworker.state.modal == nil)
        var supervisor = try Fixture.loaded(.supervisor)
        #expect(Fixture.doing(supervisor.update(.key(.char("M")))) == ["find this client's duplicates"])
        #expect(mergeDialog(supervisor)?.isPicking == true)
    }

    @Test func pickShowWhatMovesGiveAReasonThenYesMerges() throws {
        var model = try Fixture.loaded(.supervisor)
        _ = model.update(.key(.char("M")))
        // The likely duplicates come first; this very file is never offered.
        _ = model.update(.loaded(.mergeCandidates([try Fixture.summary(), try Self.other()], born: LocalDate(iso: "1998-07-05"))))
        #expect(mergeDialog(model)?.candidates.map(\.id) == [Self.otherID])
        #expect(Fixture.doing(model.update(.key(.enter))) == ["check the merge"])
        _ = model.update(.loaded(.mergePlan(Self.plan())))
        #expect(mergeDialog(model)?.plan?.retired.id == Self.otherID)
        #expect(model.hasUnsavedInput)

        #expect(model.update(.key(.enter)).commands == [.status("Not merged: say why these two files are one person.", isError: true)])
        Self.type("Registered twice", into: &model)
        #expect(Fixture.doing(model.update(.key(.enter))).isEmpty, "Enter asks the last question; nothing is written yet")
        #expect(Fixture.doing(model.update(.key(.char("y")))) == ["merge the files"])

        let result = MergeResult(kept: Self.plan().kept, retired: Self.plan().retired, moved: ["case_note": 2])
        let done = model.update(.loaded(.merged(result, moves: Self.plan().movesInShort)))
        #expect(model.state.modal == nil)
        #expect(Fixture.doing(done) == ["load this client"])
        #expect(done.commands.contains(.status("Merged Cote, Zoe (#43) into this file: 2 notes moved; that file is now a read-only pointer.", isError: false)))
    }

    @Test func aRefusedPlanStaysInThePickerWithTheReasonAndEscCancels() throws {
        var model = try Fixture.loaded(.supervisor)
        _ = model.update(.key(.char("M")))
        _ = model.update(.loaded(.mergeCandidates([try Self.other()], born: nil)))
        _ = model.update(.key(.enter))
        let refusal = StoreError.refused("retire", "Côté, Zoë (#42) and Cote, Zoe (#43) have different CaMS references (1, 2): CaMS counts them as two people, so they are not merged.")
        _ = model.update(.failed(ScreenFailure(doing: MergeEffects.plan, error: refusal)))
        #expect(mergeDialog(model)?.isPicking == true)
        #expect(mergeDialog(model)?.error?.contains("different CaMS references") == true)
        #expect(model.update(.key(.escape)).commands == [.status("Not merged: nothing changed.", isError: false)])
        #expect(model.state.modal == nil)
    }

    @Test func nInTheLastQuestionGoesBackToTheReasonKeepingIt() throws {
        var model = try Fixture.loaded(.supervisor)
        _ = model.update(.key(.char("M")))
        _ = model.update(.loaded(.mergePlan(Self.plan())))
        Self.type("Same person", into: &model)
        _ = model.update(.key(.enter))
        #expect(model.update(.key(.char("n"))).isHandled)
        guard case .review(_, let form)? = mergeDialog(model)?.step else { Issue.record("not back at the reason"); return }
        #expect(form.text(MergeDialog.reasonID) == "Same person")
    }

    /// The retired file: every key that would change it says where to work; Enter opens the kept file.
    @Test func aRetiredFileIsAReadOnlyPointer() throws {
        var model = ClientProfileModel(context: Fixture.context(.supervisor), clientID: Fixture.zoeID, tab: .summary)
        var data = try Fixture.data()
        data.mergedInto = MergePointer(keptClientID: 12, keptName: "Silva, Ana", mergedAt: AppFixture.now, mergedByName: "Dana Lee",
                                       reason: "Registered twice")
        _ = model.update(.reload)
        _ = model.update(.loaded(.profile(data, noteMatches: nil, knownNotes: nil)))
        let refusal = "Read-only: merged into Silva, Ana (#12); Enter opens that file."
        for key in ["n", "e", "l", "r", "M", "b", "p", "J", "U", "S"] {
            #expect(model.update(.key(.char(Character(key)))).commands == [.status(refusal, isError: true)], "\(key)")
        }
        #expect(model.state.modal == nil)
        #expect(model.update(.key(.enter)).commands == [.open(.profile(clientID: 12, tab: .summary))])
        #expect(model.footerKeys.bindings.first?.help == "Open kept file")
        // Moving between tabs still works: the pointer is read, not changed.
        #expect(model.update(.key(.char("2"))).isHandled && model.state.tab == .info)
    }
}
