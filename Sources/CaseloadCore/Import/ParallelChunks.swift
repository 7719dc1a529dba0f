import Dispatch
import Foundation

/// Work split in independent pieces, run on every core, results kept in piece order.
public enum ParallelChunks {
    /// How many pieces to cut work into: a few per core, so one slow piece does not hold up the rest.
    public static var defaultCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount * 4) }

    /// `0..<count` cut into consecutive ranges of `size` (the last one may be shorter).
    public static func ranges(_ count: Int, size: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    /// `body(i)` for every i in 0..<count, on all cores; the results in index order.
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        if count <= 1 { return (0..<count).map(body) }
        let slots = Slots<T>(count)
        DispatchQueue.concurrentPerform(iterations: count) { slots.set($0, body($0)) }
        return slots.values
    }

    /// Each slot written once, from whichever thread ran its piece.
    private final class Slots<T: Sendable>: @unchecked Sendable {
        private var storage: [T?]
        private let lock = NSLock()
        init(_ count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: T) { lock.withLock { storage[index] = value } }
        var values: [T] { lock.withLock { storage.map { $0! } } }
    }
}
