import CaseloadCore
import Dispatch

/// Runs the follow-up rules on a second thread while the facts are still loading: the reading
/// thread hands over each kind of fact as soon as it is read (`FactBatch`), and the rules work on
/// it meanwhile. The whole queue's rules take about as long as its reads, so on two cores the queue
/// costs little more than its reads.
final class QueuePipeline: @unchecked Sendable {
    // @unchecked: `build` is only touched on `lane`, a serial queue.
    private let lane = DispatchQueue(label: "caseload.follow-up-rules", qos: .userInitiated)
    private let engine: FollowUpEngine
    private var build: FollowUpBuild?

    init(engine: FollowUpEngine) { self.engine = engine }

    /// Queues a batch for the rules; returns at once.
    func take(_ batch: FactBatch) {
        lane.async { [self] in
            if let started = batch.start(engine) { build = started } else if let build { batch.feed(build) }
        }
    }

    /// Waits for the rules to finish the batches taken so far; the items in queue order.
    func items(ownerID: Int64?) -> [DueItem] {
        lane.sync { build?.items(ownerID: ownerID) ?? [] }
    }
}
