import Foundation
import Testing
@testable import CaseloadCore

/// Issue #23: a queue that takes changed clients' items in place (binary search, no re-sort) is
/// the queue sorted afresh, whatever changed: items added, dropped, moved, or left as they were.
@Suite struct SortedQueueTests {
    /// A small random world: few names (so ties fall to the client id), few days and statuses (so
    /// ties fall to R-05's deadline and the key), a few rules per client.
    struct World {
        var random: SplitMix
        let names = ["Aubé, Luc", "Côté, Zoë", "Côté, Zoë", "Li, Wei", "Zhou, An", "Ng, Bo"]
        let base = LocalDate(year: 2026, month: 1, day: 15)!

        mutating func items(ofClient client: Int64, version: Int) -> [DueItem] {
            let name = names[Int(client) % names.count]
            let rules: [FollowUpRule] = [.r01, .r02, .r05, .r08, .manual]
            return rules.filter { _ in random.next() % 3 == 0 }.enumerated().map { n, rule in
                let status: DueStatus = [.overdue(businessDays: Int(random.next() % 3)), .dueToday, .upcoming][Int(random.next() % 3)]
                let dueAt: Date? = rule == .r05 && random.next() % 2 == 0 ? Date(timeIntervalSinceReferenceDate: Double(random.next() % 4) * 3600) : nil
                return DueItem(itemKey: FollowUpKey(rule: rule, subject: rule == .r08 ? .checkpoint : .client, id: rule == .r08 ? client * 10 + Int64(n) : client),
                               clientID: client, clientName: name, camsReference: nil, ownerID: Int64(random.next() % 3),
                               title: "\(rule.rawValue) v\(version)", due: base.adding(days: Int(random.next() % 4)), dueAt: dueAt,
                               status: status, explanation: "v\(version) \(random.next() % 2)")
            }
        }
    }

    /// A seeded generator, so a failure can be replayed.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test(arguments: 0..<200) func replacingClientsEqualsSortingAfresh(seed: UInt64) {
        var world = World(random: SplitMix(state: seed))
        let clientCount = Int64(1 + world.random.next() % 12)
        var byClient: [Int64: [DueItem]] = [:]
        for c in 1...clientCount { byClient[c] = world.items(ofClient: c, version: 0) }
        var queue = SortedQueue(sorted: byClient.values.joined().sorted(by: QueueMerge.comesBefore))
        for round in 1...4 {
            // Some clients change: new items, none, or the same ones again (some unchanged); one may be new.
            var changed = Set<Int64>()
            for c in 1...(clientCount + 1) where world.random.next() % 3 == 0 { changed.insert(c) }
            var fresh: [DueItem] = []
            for c in changed {
                let now = world.random.next() % 4 == 0 ? (byClient[c] ?? []) : world.items(ofClient: c, version: round)
                byClient[c] = now
                fresh += now
            }
            let (removed, inserted) = queue.replace(clients: changed, with: fresh.shuffled(using: &world.random))
            let expected = byClient.values.joined().sorted(by: QueueMerge.comesBefore)
            #expect(queue.items == expected, "seed \(seed), round \(round)")
            #expect(removed.allSatisfy { changed.contains($0.clientID) } && inserted.allSatisfy { changed.contains($0.clientID) })
            for item in expected { #expect(queue.item(item.itemKey, ofClient: item.clientID) == item) }
        }
    }

    @Test func anUnchangedClientMovesNothingAndTheStoreMergeIsTheSame() {
        var world = World(random: SplitMix(state: 7))
        let items = (1...8).flatMap { world.items(ofClient: Int64($0), version: 0) }.sorted(by: QueueMerge.comesBefore)
        var queue = SortedQueue(sorted: items)
        let three = items.filter { $0.clientID == 3 }
        let (removed, inserted) = queue.replace(clients: [3], with: three.reversed())
        #expect(removed.isEmpty && inserted.isEmpty, "nothing about client 3 changed")
        #expect(queue.items == items)
        let merged = QueueMerge.merge(items, replacingClients: [3, 4], with: [])
        #expect(merged == items.filter { $0.clientID != 3 && $0.clientID != 4 })
    }
}

extension SortedQueueTests.SplitMix: RandomNumberGenerator {}
