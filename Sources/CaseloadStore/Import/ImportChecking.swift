import CaseloadCore
import Dispatch
import Foundation

/// The rows' checks, gathered part by part into the report: each part's planned rows go through
/// the duplicate check in file order and are counted; what they would change is handed back.
struct ImportChecking {
    private(set) var report: ImportReport
    private var rowProblems: [ImportProblem] = []
    /// Every changing row so far (the duplicates' reasons are kept against them at the end).
    private(set) var changing: [RowPlan] = []

    init(_ report: ImportReport) { self.report = report }

    /// Takes one part's planned rows (in file order, after every earlier part); returns its changing rows.
    mutating func take(_ planned: [Result<RowPlan, RowProblems>], duplicates check: inout ImportDuplicateCheck,
                       policy: ImportDuplicatePolicy) -> [RowPlan] {
        var plans: [RowPlan] = []
        plans.reserveCapacity(planned.count)
        for outcome in planned {
            switch outcome {
            case .success(let plan): plans.append(plan)
            case .failure(let problems): rowProblems += problems.list
            }
        }
        // Issue #19: a new row that is likely someone already registered waits for a person's word.
        let sorted = check.sort(plans, policy: policy)
        report.duplicates += sorted.duplicates
        var part: [RowPlan] = []
        for plan in sorted.plans {
            switch plan.outcome {
            case .created: report.created += 1
            case .updated: report.updated += 1
            case .unchanged: report.unchanged += 1
            }
            for gap in plan.gaps {
                switch gap {
                case .saCaseworkerName: report.missingSACaseworker += 1
                case .under18Attestation: report.missingAttestation += 1
                }
            }
            if plan.outcome != .unchanged { part.append(plan) }
        }
        changing += part
        return part
    }

    /// The report once every part is taken: problems by line, rows rejected.
    var finished: ImportReport {
        var done = report
        done.problems = (report.problems + rowProblems).sortedByLine()
        done.rejected = Set(done.problems.map(\.line)).count
        return done
    }

    /// Plans `rows` a part at a time, in order, handing each part to `body` with the rows done so
    /// far. While `body` works on a part (writes it), the next part is planned on other threads:
    /// SQLite writes on one core, and the checks would otherwise wait for it or it for them.
    static func planParts(_ rows: [CamsExtractRow], size: Int, planner: @escaping @Sendable ([CamsExtractRow]) -> [Result<RowPlan, RowProblems>],
                          _ body: ([Result<RowPlan, RowProblems>], Int) throws -> Void) throws {
        let parts = ParallelChunks.ranges(rows.count, size: size)
        guard !parts.isEmpty else { return }
        func start(_ range: Range<Int>) -> PlannedPart {
            let part = PlannedPart(), slice = Array(rows[range])
            DispatchQueue.global(qos: .userInitiated).async { part.finish(planner(slice)) }
            return part
        }
        var next = start(parts[0])
        for (i, range) in parts.enumerated() {
            let current = next.wait()
            if i + 1 < parts.count { next = start(parts[i + 1]) }
            try body(current, range.upperBound)
        }
    }
}

/// One part's planned rows, set once on another thread and waited for once.
private final class PlannedPart: @unchecked Sendable {
    // @unchecked: written once before `ready` is signalled, read once after waiting on it.
    private var outcomes: [Result<RowPlan, RowProblems>] = []
    private let ready = DispatchSemaphore(value: 0)

    func finish(_ outcomes: [Result<RowPlan, RowProblems>]) { self.outcomes = outcomes; ready.signal() }

    func wait() -> [Result<RowPlan, RowProblems>] { ready.wait(); return outcomes }
}
