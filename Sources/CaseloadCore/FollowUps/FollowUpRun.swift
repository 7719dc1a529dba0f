import Foundation

/// One computation of the queue: the engine's settings, the memoized calendars and texts, what people
/// did to items, and the items found so far. The rule files add to it (`ReferralContactRules.swift` …).
final class FollowUpRun {
    let engine: FollowUpEngine
    private var items: [DueItem] = []
    private var sortKeys: [QueueSortKey] = []
    private let defaultDays: BusinessDayMemo
    private var siteDays: [Int64: BusinessDayMemo] = [:]
    private var texts: [TextKey: (title: String, explanation: String)] = [:]
    private var longDates: [Int: String] = [:]
    private let completed: Set<FollowUpKey>
    private let snoozes: [FollowUpKey: FollowUpAction]
    /// Bit per rule (`sortIndex`) that has any action, so most items skip the hash lookups.
    private let rulesWithActions: Int
    private let asOfDay: Int, horizonDay: Int

    init(engine: FollowUpEngine, actions: [FollowUpAction], expectedItems: Int) {
        self.engine = engine
        defaultDays = BusinessDayMemo(calendar: engine.calendar, asOf: engine.asOf)
        (completed, snoozes) = Self.index(actions)
        rulesWithActions = (Array(completed) + Array(snoozes.keys)).reduce(0) { $0 | 1 << $1.rule.sortIndex }
        asOfDay = engine.asOf.dayNumber
        horizonDay = engine.horizon?.dayNumber ?? .max
        items.reserveCapacity(expectedItems)
        sortKeys.reserveCapacity(expectedItems)
    }

    /// A completion hides an item for good; otherwise the latest snooze (by time, then id) applies.
    /// Keys that do not parse cannot match an item and are skipped.
    private static func index(_ actions: [FollowUpAction]) -> (Set<FollowUpKey>, [FollowUpKey: FollowUpAction]) {
        var completed = Set<FollowUpKey>(), snoozes: [FollowUpKey: FollowUpAction] = [:]
        for action in actions {
            guard let key = FollowUpKey(action.itemKey) else { continue }
            switch action.kind {
            case .completed: completed.insert(key)
            case .snoozed:
                guard action.snoozedUntil != nil else { continue }
                if let held = snoozes[key], (held.at, held.id ?? .min) >= (action.at, action.id ?? .min) { continue }
                snoozes[key] = action
            }
        }
        return (completed, snoozes)
    }

    // MARK: - Calendars and texts

    /// The client's site calendar when the engine has one (site closure days), else the default.
    func days(for client: RankedClient) -> BusinessDayMemo {
        guard !engine.siteCalendars.isEmpty, let site = client.siteID, let calendar = engine.siteCalendars[site] else { return defaultDays }
        if let memo = siteDays[site] { return memo }
        let memo = BusinessDayMemo(calendar: calendar, asOf: engine.asOf)
        siteDays[site] = memo
        return memo
    }

    /// Which calendar a client's texts depend on: their site's, or -1 for the default one.
    func calendarTag(for client: RankedClient) -> Int64 {
        guard !engine.siteCalendars.isEmpty, let site = client.siteID, engine.siteCalendars[site] != nil else { return -1 }
        return site
    }

    /// Title and explanation shared by every item with the same inputs (same rule, receipt day,
    /// calendar …), built once per run: most of a large queue repeats a few hundred texts.
    func text(_ key: TextKey, _ make: () -> (title: String, explanation: String)) -> (title: String, explanation: String) {
        if let hit = texts[key] { return hit }
        let made = make()
        texts[key] = made
        return made
    }

    /// `date.long` ("Wed 24 Dec 2025"), built once per day per run.
    func long(_ date: LocalDate) -> String {
        let n = date.dayNumber
        if let hit = longDates[n] { return hit }
        let text = date.long
        longDates[n] = text
        return text
    }

    // MARK: - Items

    /// Adds an item unless a person completed it; applies a snooze; drops it past the horizon.
    func emit(_ key: FollowUpKey, client: RankedClient, ownerID: Int64?, title: String, due ruleDue: LocalDate,
              dueAt ruleDueAt: Date? = nil, explanation ruleExplanation: String) {
        var due = ruleDue, dueAt = ruleDueAt, explanation = ruleExplanation, snooze: FollowUpSnooze?
        if rulesWithActions & (1 << key.rule.sortIndex) != 0 {
            if completed.contains(key) { return }
            if let action = snoozes[key], let until = action.snoozedUntil {
                snooze = FollowUpSnooze(until: until, reason: action.reason, staffID: action.staffID, originalDue: ruleDue)
                due = until
                dueAt = nil
                let reason = action.reason.trimmingCharacters(in: .whitespacesAndNewlines)
                explanation += " · snoozed to \(long(until))" + (reason.isEmpty ? "" : ": \(reason)")
            }
        }
        let dueDay = due.dayNumber
        if dueDay > horizonDay { return }
        let status: DueStatus = key.rule.isInformational ? (dueDay > asOfDay ? .upcoming : .dueToday)
                                                         : status(due: due, dueDay: dueDay, dueAt: dueAt, client: client)
        sortKeys.append(QueueSortKey(rank: status.rank, due: dueDay, name: client.rank,
                                     dueAt: dueAt?.timeIntervalSinceReferenceDate ?? .infinity))
        items.append(DueItem(itemKey: key, clientID: client.id, clientName: client.name, camsReference: client.camsReference,
                             ownerID: ownerID, title: title, due: due, dueAt: dueAt, status: status,
                             explanation: explanation, snooze: snooze))
    }

    /// Date rules are due by the end of `due`; R-05 is overdue the moment `now` passes `dueAt`.
    private func status(due: LocalDate, dueDay: Int, dueAt: Date?, client: RankedClient) -> DueStatus {
        if let dueAt {
            if engine.now > dueAt { return .overdue(businessDays: days(for: client).businessDaysOverdue(due: due)) }
            return dueDay > asOfDay ? .upcoming : .dueToday
        }
        if dueDay > asOfDay { return .upcoming }
        if dueDay == asOfDay { return .dueToday }
        return .overdue(businessDays: days(for: client).businessDaysOverdue(due: due))
    }

    /// The items in `FollowUpEngine.queueOrder`, optionally one owner's. Sorts packed integer keys
    /// (ties: R-05's deadline, then the item key), then moves the large items into place. Hands the
    /// items over: call once.
    func sortedItems(ownerID: Int64? = nil) -> [DueItem] {
        if let ownerID { keepOnly(ownerID) }
        let order = items.withUnsafeBufferPointer { buffer in
            KeyedSort.order(keys: sortKeys.map(\.packed)) { a, b in
                let x = Int(a), y = Int(b)
                if sortKeys[x].dueAt != sortKeys[y].dueAt { return sortKeys[x].dueAt < sortKeys[y].dueAt }
                return buffer[x].itemKey < buffer[y].itemKey
            }
        }
        var sorted = items
        items = []
        sorted.withUnsafeMutableBufferPointer { Self.permute($0, taking: order) }
        return sorted
    }

    /// Drops other owners' items, moving (not copying) the rest to the front in their order.
    private func keepOnly(_ ownerID: Int64) {
        var kept = 0
        for i in items.indices where items[i].ownerID == ownerID {
            if i != kept { items.swapAt(kept, i); sortKeys.swapAt(kept, i) }
            kept += 1
        }
        items.removeLast(items.count - kept)
        sortKeys.removeLast(sortKeys.count - kept)
    }

    /// Position k takes the element at `source[k]`. Follows each cycle once, moving elements bitwise:
    /// no copies, no reference counting.
    private static func permute(_ buffer: UnsafeMutableBufferPointer<DueItem>, taking source: [Int32]) {
        guard let base = buffer.baseAddress else { return }
        var source = source
        for start in source.indices where Int(source[start]) != start {
            let held = (base + start).move()
            var j = start
            while true {
                let k = Int(source[j])
                source[j] = Int32(j)
                if k == start { (base + j).initialize(to: held); break }
                (base + j).moveInitialize(from: base + k, count: 1)
                j = k
            }
        }
    }
}

/// The inputs a shared text depends on: the rule, the calendar (`calendarTag`) and up to three numbers.
struct TextKey: Hashable {
    let rule: FollowUpRule
    var calendar: Int64 = -1
    var a = 0, b = 0, c = 0

    /// Two words instead of five: equality still compares every field, so a collision only costs time.
    func hash(into hasher: inout Hasher) {
        hasher.combine(a &* 1_000_003 &+ c)
        hasher.combine(b &+ rule.sortIndex << 16 &+ Int(truncatingIfNeeded: calendar) << 24)
    }
}

/// What the queue is sorted by: status rank, due day and the client's place in name order packed
/// into one integer (2 + 30 + 32 bits), and R-05's deadline for the rare ties.
struct QueueSortKey {
    let packed: UInt64
    let dueAt: Double

    init(rank: Int, due: Int, name: Int32, dueAt: Double) {
        let day = UInt64(clamping: due + (1 << 29)) & ((1 << 30) - 1)   // day numbers of years 1...9999 fit
        packed = UInt64(rank) << 62 | day << 32 | UInt64(UInt32(bitPattern: name))
        self.dueAt = dueAt
    }
}
