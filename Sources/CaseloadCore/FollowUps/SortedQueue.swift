/// A follow-up queue in queue order (`QueueMerge.comesBefore`) that takes some clients' freshly
/// computed items in place (issue #23): the changed clients' old items are picked out in one pass
/// that compares client ids, and every item's place is found by binary search, so a change to k
/// items costs O(k log n) comparisons (the old merge compared names along the whole queue and built
/// a new array, ~100,000 items on everyone's queue, for every commit anyone made).
///
/// No index by client: a copy of every item kept beside the queue cost a site's supervisor 15 MB
/// for a queue of 55,000 items, and the pass that replaces it moves less memory than the array
/// insertions the change makes anyway.
public struct SortedQueue: Sendable {
    /// Every item, in queue order.
    public private(set) var items: [DueItem]

    /// - Parameter items: already in queue order (as the engine hands them over).
    public init(sorted items: [DueItem]) {
        self.items = items
    }

    /// The items of `clients` (and of any client in `fresh`) become `fresh`, in any order. Returns
    /// the items that left and the ones that came (an item that changed is in both; one that did
    /// not change in neither), so a filtered view can follow.
    @discardableResult
    public mutating func replace(clients: Set<Int64>, with fresh: [DueItem]) -> (removed: [DueItem], inserted: [DueItem]) {
        let affected = clients.union(fresh.map(\.clientID))
        var old: [FollowUpKey: DueItem] = [:]
        for item in items where affected.contains(item.clientID) { old[item.itemKey] = item }
        var removed: [DueItem] = [], inserted: [DueItem] = []
        for item in fresh {
            guard let was = old.removeValue(forKey: item.itemKey) else {
                QueueMerge.insert(item, into: &items)
                inserted.append(item)
                continue
            }
            if was == item { continue }
            // Most changes leave an item where it was (a new explanation, an owner): no moving.
            if let i = QueueMerge.index(of: was, in: items), QueueMerge.fits(item, at: i, in: items) {
                items[i] = item
            } else {
                QueueMerge.remove(was, from: &items)
                QueueMerge.insert(item, into: &items)
            }
            removed.append(was); inserted.append(item)
        }
        for item in old.values {
            QueueMerge.remove(item, from: &items)
            removed.append(item)
        }
        return (removed, inserted)
    }

    /// The client's item with this key, if the queue holds it.
    public func item(_ key: FollowUpKey, ofClient clientID: Int64) -> DueItem? {
        items.first { $0.clientID == clientID && $0.itemKey == key }
    }
}

extension QueueMerge {
    /// The first place in `queue` (queue order) whose item does not come before `item`.
    public static func insertionIndex(of item: DueItem, in queue: [DueItem]) -> Int {
        var low = 0, high = queue.count
        while low < high {
            let mid = (low + high) / 2
            if comesBefore(queue[mid], item) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Where `item` (the same key of the same client) is in `queue`; nil when it is not there.
    public static func index(of item: DueItem, in queue: [DueItem]) -> Int? {
        let i = insertionIndex(of: item, in: queue)
        if i < queue.count, queue[i].itemKey == item.itemKey, queue[i].clientID == item.clientID { return i }
        return nil
    }

    /// Puts `item` in its place in `queue` (queue order).
    public static func insert(_ item: DueItem, into queue: inout [DueItem]) {
        queue.insert(item, at: insertionIndex(of: item, in: queue))
    }

    /// True when `item` may stand at `index` in place of what is there, the order kept.
    static func fits(_ item: DueItem, at index: Int, in queue: [DueItem]) -> Bool {
        (index == 0 || comesBefore(queue[index - 1], item)) && (index + 1 == queue.count || comesBefore(item, queue[index + 1]))
    }

    /// Takes `item` out of `queue`, found by binary search; by a scan only if it is not where the
    /// order puts it. Returns where it was.
    @discardableResult
    public static func remove(_ item: DueItem, from queue: inout [DueItem]) -> Int? {
        let found = index(of: item, in: queue)
            ?? queue.firstIndex { $0.itemKey == item.itemKey && $0.clientID == item.clientID }
        if let found { queue.remove(at: found) }
        return found
    }
}
