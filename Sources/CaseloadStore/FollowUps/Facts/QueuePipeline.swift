import CaseloadCore
import Dispatch
import Synchronization

/// Runs the follow-up rules while the facts are still loading: the readers hand over each kind of
/// fact as soon as it is read (`FactBatch`), and the rules work on it meanwhile. A batch that comes
/// before the batch it must follow (`FactBatch.comesAfter`) waits for it. The queue is sorted at the
/// end with every tie broken, so the order the batches were taken in does not change it.
///
/// Where the rules run depends on the readers. One reader: on a thread of their own, beside it.
/// Two readers (`FollowUpFactLoader.loadOnTwoConnections`): on the readers' own threads, whichever hands a
/// batch over while no rules are running works through every batch waiting, so two cores never
/// carry three busy threads.
final class QueuePipeline: @unchecked Sendable {
    enum Workers { case ownThread, readers }

    // @unchecked: the build is used by one thread at a time, on `lane` or by the reader that
    // holds `turn` (`ownThread` and `readers` respectively).
    private let workers: Workers
    private let lane = DispatchQueue(label: "caseload.follow-up-rules", qos: .userInitiated)
    private let turn = Mutex<(handedOver: [FactBatch], working: Bool)>(([], false))
    private let engine: FollowUpEngine
    private var build: FollowUpBuild?
    private var taken: Set<FactBatch.Kind> = []
    private var waiting: [FactBatch] = []

    init(engine: FollowUpEngine, workers: Workers) { self.engine = engine; self.workers = workers }

    /// Hands a batch to the rules. Callable from any thread; with `readers`, may run rules first.
    func take(_ batch: FactBatch) {
        switch workers {
        case .ownThread:
            lane.async { [self] in apply(batch) }
        case .readers:
            let mine = turn.withLock { state in
                state.handedOver.append(batch)
                if state.working { return false }
                state.working = true
                return true
            }
            guard mine else { return }
            while let next = turn.withLock({ state -> FactBatch? in
                if state.handedOver.isEmpty { state.working = false; return nil }
                return state.handedOver.removeFirst()
            }) {
                apply(next)
            }
        }
    }

    /// The items in queue order, once every batch has been taken (with `readers`: after the reads).
    func items(ownerID: Int64?) -> [DueItem] {
        switch workers {
        case .ownThread: lane.sync { build?.items(ownerID: ownerID) ?? [] }
        case .readers: turn.withLock { _ in build?.items(ownerID: ownerID) ?? [] }
        }
    }

    /// Feeds the batch, and any waiting batch it lets through, to the build.
    private func apply(_ batch: FactBatch) {
        waiting.append(batch)
        while let i = waiting.firstIndex(where: { $0.comesAfter.map(taken.contains) ?? true }) {
            let due = waiting.remove(at: i)
            if let started = due.start(engine) { build = started } else if let build { due.feed(build) }
            taken.insert(due.kind)
        }
    }
}
