/// The facts folded per client once per run. Each client id is hashed once per fact row; after that
/// every rule reads plain arrays by the client's position, which is what keeps 100,000 clients fast.
/// Built in two steps, so a run can start on the clients while their other facts are still loading.
struct FactIndex {
    let clients: [ClientFact]
    /// Where each client id sits in `clients`.
    private let positions: ClientPositions
    /// Each client's place in (name, id) order, by position, so sorting the queue compares integers.
    private let nameRanks: [Int32]
    private(set) var contacts: [ContactSummary]
    /// The latest SA communication day per client: "one on or after day X" is "latest >= X".
    private(set) var latestSACommunication: [Int32]
    /// The latest PBF-eligible employment start per client.
    private(set) var latestPBFStart: [Int32]
    private(set) var assessments: [AssessmentRefs]

    /// "No such day" in the per-client day arrays.
    static let none = Int32.min

    init(clients: [ClientFact]) {
        self.clients = clients
        let n = clients.count
        positions = ClientPositions(clients)
        nameRanks = ClientNameOrder.ranks(clients)
        contacts = Array(repeating: ContactSummary(), count: n)
        latestSACommunication = Array(repeating: Self.none, count: n)
        latestPBFStart = Array(repeating: Self.none, count: n)
        assessments = Array(repeating: AssessmentRefs(), count: n)
    }

    /// Folds the facts the referral rules read (R-01 to R-04, and R-11's SA communication).
    mutating func fold(contactAttempts: [ContactAttemptFact], saCommunications: [SACommunicationFact]) {
        for attempt in contactAttempts {
            if let i = positions[attempt.clientID] { contacts[i].add(attempt) }
        }
        for row in saCommunications {
            if let i = positions[row.clientID] { latestSACommunication[i] = max(latestSACommunication[i], Int32(row.day.dayNumber)) }
        }
    }

    /// Folds the facts the assessment rules read.
    mutating func fold(assessments rows: [AssessmentFact], pbfEmployments: [PBFEmploymentFact]) {
        for row in pbfEmployments {
            if let i = positions[row.clientID] { latestPBFStart[i] = max(latestPBFStart[i], Int32(row.startDate.dayNumber)) }
        }
        for (k, row) in rows.enumerated() {
            if let i = positions[row.clientID] { assessments[i].add(k, rows) }
        }
    }

    /// On-hold plans with their training items folded together, in no particular order (the queue
    /// is sorted at the end, with every tie broken).
    static func onHoldPlans(_ rows: [OnHoldPlanFact]) -> Dictionary<Int64, OnHoldPlan>.Values {
        var plans: [Int64: OnHoldPlan] = [:]
        for row in rows {
            if var plan = plans[row.planID] { plan.add(row); plans[row.planID] = plan } else { plans[row.planID] = OnHoldPlan(row) }
        }
        return plans.values
    }

    func position(of id: Int64) -> Int? { positions[id] }

    /// The client at a position, ready for the rules.
    func client(at position: Int) -> RankedClient { RankedClient(fact: clients[position], rank: nameRanks[position]) }

    /// Any client by id (manual follow-ups), or only those not closed: closed clients raise no rule items.
    func client(_ id: Int64, includingClosed: Bool = false) -> RankedClient? {
        guard let i = positions[id], includingClosed || clients[i].status != .closed else { return nil }
        return client(at: i)
    }

    static func day(_ n: Int32) -> LocalDate? { n == none ? nil : LocalDate(dayNumber: Int(n)) }
}

/// Client id → position. Database ids are nearly dense, so usually a plain array indexed by
/// `id - lowest` (no hashing); a dictionary when they are scattered.
public struct ClientPositions: Sendable {
    private let lowest: Int64
    private let table: [Int32]          // -1: no such client
    private let scattered: [Int64: Int32]

    public init(_ clients: [ClientFact]) {
        let ids = clients.map(\.id)
        let lo = ids.min() ?? 0, hi = ids.max() ?? 0
        let (span, overflow) = hi.subtractingReportingOverflow(lo)
        if !ids.isEmpty, !overflow, span < 4 * Int64(ids.count) + 1024 {
            var table = [Int32](repeating: -1, count: Int(span) + 1)
            for (i, id) in ids.enumerated() { table[Int(id - lo)] = Int32(i) }
            lowest = lo; self.table = table; scattered = [:]
        } else {
            var map: [Int64: Int32] = [:]
            map.reserveCapacity(ids.count)
            for (i, id) in ids.enumerated() { map[id] = Int32(i) }
            lowest = 0; table = []; scattered = map
        }
    }

    public subscript(id: Int64) -> Int? {
        if table.isEmpty { return scattered[id].map(Int.init) }
        let slot = id &- lowest
        guard slot >= 0, slot < table.count, table[Int(slot)] >= 0 else { return nil }
        return Int(table[Int(slot)])
    }
}

/// A client as the rules see it: the fact, plus its place in name order for sorting the queue.
@dynamicMemberLookup
struct RankedClient {
    let fact: ClientFact
    let rank: Int32
    subscript<T>(dynamicMember path: KeyPath<ClientFact, T>) -> T { fact[keyPath: path] }
}

/// What need to know about a client's contact attempts, as day numbers (16 bytes a client).
struct ContactSummary {
    private var n: Int32 = 0
    private var first = FactIndex.none, second = FactIndex.none, reached = FactIndex.none

    var count: Int { Int(n) }
    /// The day of the second-earliest attempt: closing as unable to contact needs it.
    var secondDay: LocalDate? { FactIndex.day(second) }
    /// The earliest attempt that reached the client.
    var firstReached: LocalDate? { FactIndex.day(reached) }
    var anyReached: Bool { reached != FactIndex.none }

    mutating func add(_ attempt: ContactAttemptFact) {
        n += 1
        let day = Int32(attempt.day.dayNumber)
        if first == FactIndex.none || day < first { second = first; first = day }
        else if second == FactIndex.none || day < second { second = day }
        if attempt.result == .reached, reached == FactIndex.none || day < reached { reached = day }
    }
}

/// Where a client's assessments are in the fact rows: the latest and the first submitted
/// (R-05's clock starts there, because that submission created the client in CaMS).
struct AssessmentRefs {
    private(set) var latest: Int32 = -1
    private(set) var firstSubmitted: Int32 = -1

    mutating func add(_ k: Int, _ rows: [AssessmentFact]) {
        let row = rows[k]
        if latest < 0 || row.assessmentID > rows[Int(latest)].assessmentID { latest = Int32(k) }
        if let at = row.submittedAt, firstSubmitted < 0 || at < rows[Int(firstSubmitted)].submittedAt! { firstSubmitted = Int32(k) }
    }
}

/// An on-hold plan and the training item that ends last: the hold should lift after that one.
struct OnHoldPlan {
    let planID: Int64
    let clientID: Int64
    let onHoldSince: LocalDate?
    private(set) var lastItem: OnHoldPlanFact
    private(set) var itemCount = 1

    init(_ row: OnHoldPlanFact) {
        planID = row.planID; clientID = row.clientID; onHoldSince = row.onHoldSince; lastItem = row
    }

    mutating func add(_ row: OnHoldPlanFact) {
        itemCount += 1
        if (row.expectedEnd, row.planItemID) > (lastItem.expectedEnd, lastItem.planItemID) { lastItem = row }
    }
}
