/// Puts some clients' freshly computed items into a queue in place of their old ones, keeping
/// queue order, so a change to a few clients costs their rules, not the whole queue's (issue #23).
/// The order is the engine's (`FollowUpRun.sortedItems`): status, due day, client name (then id),
/// R-05's deadline, item key.
public enum QueueMerge {
    /// `queue` (in queue order) without the items of `clients`, plus `fresh` (their items now).
    /// A screen that keeps its queue keeps a `SortedQueue` instead, and pays no index per change.
    public static func merge(_ queue: [DueItem], replacingClients clients: Set<Int64>, with fresh: [DueItem]) -> [DueItem] {
        var sorted = SortedQueue(sorted: queue)
        sorted.replace(clients: clients, with: fresh)
        return sorted.items
    }

    /// Queue order.
    public static func comesBefore(_ a: DueItem, _ b: DueItem) -> Bool {
        if a.status.rank != b.status.rank { return a.status.rank < b.status.rank }
        if a.due != b.due { return a.due < b.due }
        let names = ClientNameOrder.compare(a.clientName, b.clientName)
        if names != 0 { return names < 0 }
        if a.clientID != b.clientID { return a.clientID < b.clientID }
        let x = a.dueAt?.timeIntervalSinceReferenceDate ?? .infinity, y = b.dueAt?.timeIntervalSinceReferenceDate ?? .infinity
        if x != y { return x < y }
        return a.itemKey < b.itemKey
    }
}
