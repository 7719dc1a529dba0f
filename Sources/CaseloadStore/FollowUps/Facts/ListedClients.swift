import CaseloadCore

/// The clients a load returned, for skipping other facts about clients the queue cannot show (the
/// whole list's closed clients): the engine would ignore those rows, so the loader does not build
/// them. Ids are nearly dense, so a bitmap over their range; a set when they are scattered.
struct ListedClients {
    private let lowest: Int64
    private let bits: [Bool]
    private let scattered: Set<Int64>
    private let takesEveryone: Bool

    /// Passes every row: for reads joined with the scope table, which holds only the scope's clients.
    static let unfiltered = ListedClients()

    private init() { lowest = 0; bits = []; scattered = []; takesEveryone = true }

    init(_ clients: [ClientFact]) {
        takesEveryone = false
        let ids = clients.map(\.id)
        let lo = ids.min() ?? 0, hi = ids.max() ?? 0
        let (span, overflow) = hi.subtractingReportingOverflow(lo)
        if !ids.isEmpty, !overflow, span < 4 * Int64(ids.count) + 1024 {
            var bits = [Bool](repeating: false, count: Int(span) + 1)
            for id in ids { bits[Int(id - lo)] = true }
            lowest = lo; self.bits = bits; scattered = []
        } else {
            lowest = 0; bits = []; scattered = Set(ids)
        }
    }

    func contains(_ id: Int64) -> Bool {
        if takesEveryone { return true }
        if bits.isEmpty { return scattered.contains(id) }
        let slot = id &- lowest
        return slot >= 0 && slot < bits.count && bits[Int(slot)]
    }
}
