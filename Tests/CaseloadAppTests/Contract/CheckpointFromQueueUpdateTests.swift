import CaseloadCore
@testable import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// Issue #19: F3's `c` on an R-08 item opens that checkpoint's form (on the client's Employment tab),
/// with no database: the queue asks for the route, the profile selects the checkpoint once read and
/// asks for the form's choices.
@MainActor @Suite struct CheckpointFromQueueUpdateTests {
    typealias J = JobCorrectionUpdateTests
    typealias P = ClientProfileUpdateTests

    @Test func cOnAnR08ItemOpensItsCheckpointForm() {
        let item = DueItem(itemKey: FollowUpKey.checkpoint(12), clientID: 10, clientName: "Côté, Zoë", camsReference: nil, ownerID: 2,
                           title: "3-month checkpoint", due: AppFixture.today.adding(days: -3), dueAt: nil,
                           status: .overdue(businessDays: 2), explanation: "R-08")
        var queue = FollowUpQueueModel(context: PureFixture.context(PureFixture.caseworker), caseworkerID: nil)
        _ = queue.update(.loaded(.people(staff: [PureFixture.caseworker], sites: [PureFixture.site])))
        _ = queue.update(.loaded(.queue([item], asOf: AppFixture.today, calendar: nil)))
        #expect(queue.update(.key(.char("c"))).commands == [.open(.recordCheckpoint(clientID: 10, checkpointID: 12))])
        #expect(queue.state.dialog == nil, "no complete-with-a-note dialog for R-08")
    }

    /// Zoë's job with its 3-month checkpoint (id 12) due yesterday.
    static func job() -> ProfileEmployment {
        var job = J.job()
        job.checkpoints[1].dueOn = AppFixture.today.adding(days: -1)
        return job
    }

    static func opened(_ checkpointID: Int64, job: ProfileEmployment = job()) throws -> (ClientProfileModel, [Effect<ClientProfileMessage>]) {
        var model = ClientProfileModel(context: P.context(.caseworker), clientID: P.zoeID, tab: .employment, openingCheckpoint: checkpointID)
        _ = model.update(.reload)
        var data = try P.data()
        data.employments = [job]
        let effects = model.update(.loaded(.profile(data, noteMatches: nil, knownNotes: nil)))
        return (model, effects)
    }

    @Test func theProfileSelectsTheCheckpointAndOpensItsFormOnce() throws {
        var (model, effects) = try Self.opened(12)
        #expect(P.doing(effects) == ["open the checkpoint"])
        #expect(model.state.selectedCheckpoint?.checkpoint.id == 12, "the 3-month one, not the first row")
        var data = try P.data()
        data.employments = [Self.job()]
        #expect(P.doing(model.update(.loaded(.profile(data, noteMatches: nil, knownNotes: nil)))).isEmpty, "a reload does not reopen it")
    }

    @Test func aRecordedNotYetDueOrMissingCheckpointIsSaidNotOpened() throws {
        let (_, recorded) = try Self.opened(11)
        #expect(recorded.commands == [.status("The 1-month checkpoint was already recorded Tue 2 Dec 2025; K corrects it.", isError: false)])
        let (_, early) = try Self.opened(12, job: J.job())
        #expect(early.commands == [.status("The 3-month checkpoint is not due until Sat 31 Jan 2026: it cannot be recorded before then (R-25); Esc returns to the queue, where z snoozes it.", isError: true)])
        let (_, missing) = try Self.opened(99)
        #expect(missing.commands == [.status("That checkpoint is no longer on file: the job may have been corrected. Choose one here and press K.", isError: true)])
    }
}
