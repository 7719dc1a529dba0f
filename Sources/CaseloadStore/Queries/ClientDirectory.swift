import CaseloadCore
import Foundation
import GRDB

/// The client list's index of every client: each one's place in each sort order, held in memory.
///
/// Why: the first keys of a search ("c", "5") match most of 100,000 clients, and sorting those
/// matches by name in SQL reads every matching row (70+ ms). Here a keystroke is an FTS5 lookup of
/// the matching ids (digit words: a scan of `ClientNumberIndex`), a pass over the ranks to pick one
/// page, and a read of that page's rows.
/// A snapshot: when some clients change, `update(clientIDs:)` brings it up to date for them (issue
/// #23); build a new one when the feed cannot say which clients changed. Not thread-safe: keep it on the screen that owns it.
public final class ClientDirectory {
    private let db: CaseloadDatabase
    /// Client ids in name order: the ranks every other order falls back on.
    private var byName: [Int64]
    /// Each order's ids, first to last, built the first time that order is asked for.
    private var orders: [ClientListQuery.Order: [Int64]] = [:]
    /// `ranks[order][id]` is the id's place in `orders[order]`; -1 for ids no client has.
    private var ranks: [ClientListQuery.Order: [Int32]] = [:]
    /// Ids passing the last set of filters (status, caseworker…), by id; nil when none apply.
    private var filtered: (key: String, conditions: String, arguments: StatementArguments, members: [Bool])?
    /// Whether the last page asked for applied `filtered` (a cleared filter leaves it cached).
    private var lastPageFiltered = false
    private let nextDue: (() throws -> [Int64: LocalDate])?
    /// Digit words ("5", "519") are answered from memory, built on first need.
    private var numbers: ClientNumberIndex?
    /// The acting front desk or caseworker account's clients (nil: every client).
    private let scope: ClientSiteScope?
    /// `scope`'s clients by id, read once through the site index (an OR over the whole client
    /// table would cost every filter change a scan).
    private var scopeMembers: [Bool]?

    /// - Parameter nextDue: each client's earliest due date, for the "next due" order (computed only
    ///   when that order is first asked for); nil when the acting role has no follow-ups.
    /// - Parameter staff: whose list it is: only the clients they work on are listed (see
    ///   `ClientSiteScope`); nil lists every client (tests and tools on the whole file).
    public init(db: CaseloadDatabase, nextDue: (() throws -> [Int64: LocalDate])? = nil, by staff: StaffMember? = nil) throws {
        self.db = db
        self.nextDue = nextDue
        scope = try staff.flatMap { staff in try db.read { try db.clientScope(for: staff, in: $0) } }
        byName = try db.read { db in try ClientNameOrder.ids(db) }
        remember(byName, as: .name)
    }

    public var count: Int { byName.count }

    /// One page of the list, and how many clients match in all.
    public func page(_ query: ClientListQuery) throws -> (rows: [ClientListRow], total: Int) {
        let order = try ids(for: query.order)
        let rank = ranks[query.order]!
        let members = try filterMembers(query)
        let (numbers, text) = ClientSearchPattern.numbersAndText(query.text)
        let numberMatches = numbers.isEmpty ? nil : try numberIndex().matches(numbers)
        let textMatches = try text.map { pattern in
            try db.read { db in try Int64.fetchAll(db, sql: "SELECT rowid FROM client_fts WHERE client_fts MATCH ?", arguments: [pattern]) }
        }
        var pageIDs: [Int64] = []
        pageIDs.reserveCapacity(query.limit)
        var total = 0
        func take(_ id: Int64) {
            if total >= query.offset && pageIDs.count < query.limit { pageIDs.append(id) }
            total += 1
        }
        if let textMatches {
            // Mark each match's rank, then read the marks in order: a page without sorting the matches.
            var marked = [Bool](repeating: false, count: order.count)
            for id in textMatches where Self.contains(members, id) && Self.contains(numberMatches, id)
                && id < rank.count && rank[Int(id)] >= 0 {
                marked[Int(rank[Int(id)])] = true
            }
            for (place, isMatch) in marked.enumerated() where isMatch { take(order[place]) }
        } else {
            for id in order where Self.contains(members, id) && Self.contains(numberMatches, id) { take(id) }
        }
        return (try rows(pageIDs), total)
    }

    /// Reads the numbers of every client's search entry now, if not yet read (the client list does
    /// this when idle, so a first typed digit does not wait for it).
    public func prepareNumberSearch() throws { _ = try numberIndex() }

    private func numberIndex() throws -> ClientNumberIndex {
        if let numbers { return numbers }
        let made = try db.read { db in try ClientNumberIndex(db) }
        numbers = made
        return made
    }

    // MARK: changes

    /// Brings the directory up to date for these clients (added, changed or deleted since it was
    /// built): their place in name order, the filters and scope they pass, their digit words. The
    /// other orders are worked out again when next asked for (a note moves "last activity").
    /// Costs a few small reads and one pass over the ids, not a read of every client.
    /// Returns whether any of them was or is now listed (in scope and passing the last page's
    /// filters; true when that is not known): when none is, that page and its total are unchanged.
    @discardableResult
    public func update(clientIDs: Set<Int64>) throws -> Bool {
        guard !clientIDs.isEmpty else { return false }
        let ids = clientIDs.sorted()
        let wasListed = ids.contains(where: isListed)
        let marks = databaseQuestionMarks(count: ids.count)
        try db.read { db in
            let names = try Row.fetchAll(db, sql: "SELECT id, last_name, first_name FROM client WHERE id IN (\(marks))",
                                         arguments: StatementArguments(ids))
            // Their places come from the name ranks: no hashing of every id (100,000 per commit).
            let nameRank = ranks[.name]!
            let places = ids.compactMap { id in id < nameRank.count && nameRank[Int(id)] >= 0 ? Int(nameRank[Int(id)]) : nil }
            for place in places.sorted(by: >) { byName.remove(at: place) }
            let nameOf = try db.cachedStatement(sql: "SELECT last_name, first_name FROM client WHERE id = ?")
            for row in names {
                let id: Int64 = row[0]
                let key = ClientNameOrder.key(last: row[1], first: row[2])
                // Binary search by (name key, id), reading each probed neighbour's name: ~17 reads.
                var low = 0, high = byName.count
                while low < high {
                    let mid = (low + high) / 2
                    let other = try Row.fetchOne(nameOf, arguments: [byName[mid]])
                    let otherKey = other.map { ClientNameOrder.key(last: $0[0], first: $0[1]) } ?? []
                    let before = otherKey == key ? byName[mid] < id : otherKey.lexicographicallyPrecedes(key)
                    if before { low = mid + 1 } else { high = mid }
                }
                byName.insert(id, at: low)
            }
            orders = [:]; ranks = [:]
            remember(byName, as: .name)
            let capacity = ranks[.name]!.count
            if let scope, var members = scopeMembers {
                let condition = scope.condition(alias: "c")
                let inScope = Set(try Int64.fetchAll(db, sql: "SELECT c.id FROM client c WHERE c.id IN (\(marks)) AND \(condition.sql)",
                                                     arguments: StatementArguments(ids) + condition.arguments))
                Self.patch(&members, ids, inScope, capacity)
                scopeMembers = members
            }
            if var last = filtered {
                let passing = Set(try Int64.fetchAll(db, sql: "SELECT c.id FROM client c WHERE c.id IN (\(marks)) AND \(last.conditions)",
                                                     arguments: StatementArguments(ids) + last.arguments))
                let inScope = scopeMembers
                Self.patch(&last.members, ids, passing.filter { id in inScope.map { Self.contains($0, id) } ?? true }, capacity)
                filtered = last
            }
            try numbers?.update(db, clientIDs: clientIDs)
        }
        return wasListed || ids.contains(where: isListed)
    }

    /// In scope and passing the last page's filters; true when either is not known yet.
    private func isListed(_ id: Int64) -> Bool {
        guard scope == nil || scopeMembers != nil else { return true }
        return Self.contains(scopeMembers, id) && (!lastPageFiltered || Self.contains(filtered?.members, id))
    }

    /// Sets the flags of `ids` to whether `passing` holds them, growing the flags for new ids.
    private static func patch(_ members: inout [Bool], _ ids: [Int64], _ passing: Set<Int64>, _ capacity: Int) {
        if members.count < capacity { members += [Bool](repeating: false, count: capacity - members.count) }
        for id in ids where id < members.count { members[Int(id)] = passing.contains(id) }
    }

    // MARK: orders

    private func ids(for order: ClientListQuery.Order) throws -> [Int64] {
        if let known = orders[order] { return known }
        let ids: [Int64]
        switch order {
        case .name: ids = byName
        case .camsReference: ids = try idsTiedByName(ClientListSQL.byCamsReference)
        case .lastActivity: ids = try idsTiedByName(ClientListSQL.byLastActivity)
        case .nextDue: ids = try idsByNextDue()
        }
        remember(ids, as: order)
        return ids
    }

    /// Soonest due first (overdue ones are the oldest dates), then clients with nothing due, by name.
    private func idsByNextDue() throws -> [Int64] {
        let due = try nextDue?() ?? [:]
        let nameRank = ranks[.name]!
        let withDue = due.keys.filter { $0 < nameRank.count && nameRank[Int($0)] >= 0 }.sorted {
            let a = due[$0]!, b = due[$1]!
            return a != b ? a < b : nameRank[Int($0)] < nameRank[Int($1)]
        }
        return withDue + byName.filter { due[$0] == nil }
    }

    private func remember(_ ids: [Int64], as order: ClientListQuery.Order) {
        var rank = [Int32](repeating: -1, count: Int(ids.max() ?? 0) + 1)
        for (place, id) in ids.enumerated() { rank[Int(id)] = Int32(place) }
        orders[order] = ids
        ranks[order] = rank
    }

    /// Ids in the order's SQL order, clients with the same value in name order.
    private func idsTiedByName(_ order: ClientListSQL.GroupedOrder) throws -> [Int64] {
        let nameRank = ranks[.name]!
        // A client added since the names were read has no rank: it goes last of its group.
        func rank(_ id: Int64) -> Int32 { id < nameRank.count && nameRank[Int(id)] >= 0 ? nameRank[Int(id)] : .max }
        return try db.read { db in
            var ids: [Int64] = []
            var group: [Int64] = []
            var groupValue: DatabaseValue?
            func flush() { ids += group.sorted { (rank($0), $0) < (rank($1), $1) }; group.removeAll(keepingCapacity: true) }
            let rows = try Row.fetchCursor(db, sql: "SELECT c.id, \(order.value) FROM client c \(order.join) ORDER BY \(order.orderBy)")
            while let row = try rows.next() {
                let value = row[1] as DatabaseValue
                if value != groupValue { flush(); groupValue = value }
                group.append(row[0])
            }
            flush()
            return ids
        }
    }

    // MARK: filters

    /// The clients passing the query's filters, as flags by id (cached: typing changes only the text).
    private func filterMembers(_ query: ClientListQuery) throws -> [Bool]? {
        let (conditions, arguments) = ClientListSQL.filters(query)
        let inScope = try scopeFlags()
        lastPageFiltered = !conditions.isEmpty
        guard !conditions.isEmpty else { return inScope }
        let key = conditions + "\u{1F}" + "\(arguments)"
        if let filtered, filtered.key == key { return filtered.members }
        let ids = try db.read { db in try Int64.fetchAll(db, sql: "SELECT c.id FROM client c WHERE \(conditions)", arguments: arguments) }
        var members = [Bool](repeating: false, count: ranks[.name]!.count)
        for id in ids where id < members.count && (inScope.map { $0[Int(id)] } ?? true) { members[Int(id)] = true }
        filtered = (key, conditions, arguments, members)
        return members
    }

    private func scopeFlags() throws -> [Bool]? {
        guard let scope else { return nil }
        if let scopeMembers { return scopeMembers }
        let ids = try db.read { db in try scope.clientIDs(db) }
        var members = [Bool](repeating: false, count: ranks[.name]!.count)
        for id in ids where id < members.count { members[Int(id)] = true }
        scopeMembers = members
        return members
    }

    private static func contains(_ members: [Bool]?, _ id: Int64) -> Bool {
        guard let members else { return true }
        return id < members.count && members[Int(id)]
    }

    // MARK: rows

    /// The page's rows, in the order of `ids`.
    private func rows(_ ids: [Int64]) throws -> [ClientListRow] {
        guard !ids.isEmpty else { return [] }
        let fetched = try db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(ClientListSQL.rowColumns) FROM client c LEFT JOIN staff s ON s.id = c.caseworker_id
                WHERE c.id IN (\(databaseQuestionMarks(count: ids.count)))
                """, arguments: StatementArguments(ids)).map { try ClientListSQL.row($0) }
        }
        let byID = Dictionary(uniqueKeysWithValues: fetched.map { ($0.id, $0) })
        return ids.compactMap { byID[$0] }
    }
}
