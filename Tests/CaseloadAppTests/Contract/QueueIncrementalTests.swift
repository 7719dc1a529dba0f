import CaseloadCore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// Issue #23: the queue screen takes a change's recomputed clients in place (no re-sort, no
/// re-filter of the whole queue), and ends where a full reload of the same items would: the same
/// items, the same filtered rows, the same counts, the same item selected.
@MainActor @Suite struct QueueIncrementalTests {
    typealias F = PureFixture

    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let names = ["Côté, Zoë", "Bélanger, Noël", "Aubé, Luc", "Côté, Zoë", "Li, Wei"]

    static func items(ofClient client: Int64, version: Int, _ g: inout Generator) -> [DueItem] {
        let rules: [FollowUpRule] = [.r01, .r02, .r05, .manual]
        return rules.filter { _ in g.below(2) == 0 }.map { rule in
            let status: DueStatus = [.overdue(businessDays: g.below(3)), .dueToday, .upcoming][g.below(3)]
            return DueItem(itemKey: FollowUpKey(rule: rule, subject: .client, id: client), clientID: client,
                           clientName: names[Int(client) % names.count], camsReference: "C\(client)", ownerID: 2,
                           title: "\(rule.rawValue) v\(version)", due: AppFixture.today.adding(days: g.below(5) - 2), dueAt: nil,
                           status: status, explanation: "v\(version)")
        }
    }

    /// Everyone's queue as a supervisor sees it, with these filters.
    static func model(_ items: [DueItem], rule: FollowUpRule?, search: String) -> FollowUpQueueModel {
        var model = FollowUpQueueModel(context: F.context(F.supervisor), caseworkerID: nil)
        _ = model.update(.loaded(.people(staff: [F.caseworker, F.otherCaseworker, F.supervisor], sites: [F.site])))
        model.state.rule = rule
        model.state.search.text = search
        _ = model.update(.loaded(.queue(items.sorted(by: QueueMerge.comesBefore), asOf: AppFixture.today, calendar: nil)))
        return model
    }

    @Test(arguments: 0..<60) func recomputedClientsEndWhereAFullReloadWould(seed: UInt64) {
        var g = Generator(state: seed)
        var byClient: [Int64: [DueItem]] = [:]
        for c in Int64(1)...12 { byClient[c] = Self.items(ofClient: c, version: 0, &g) }
        let rule: FollowUpRule? = [nil, .r01, .r05][g.below(3)]
        let search = ["", "côté", "c1"][g.below(3)]
        var model = Self.model(Array(byClient.values.joined()), rule: rule, search: search)
        for _ in 0..<g.below(6) { _ = model.update(.key(.down)) }
        for round in 1...3 {
            let selected = model.state.selected
            var changed = Set<Int64>()
            for c in Int64(1)...13 where g.below(3) == 0 { changed.insert(c) }
            var fresh: [DueItem] = []
            for c in changed {
                byClient[c] = g.below(4) == 0 ? byClient[c] ?? [] : Self.items(ofClient: c, version: round, &g)
                fresh += byClient[c]!
            }
            _ = model.update(.loaded(.clientsRecomputed(changed, fresh)))
            let reloaded = Self.model(Array(byClient.values.joined()), rule: rule, search: search)
            let why = "seed \(seed), round \(round), rule \(String(describing: rule)), search “\(search)”"
            #expect(model.state.items == reloaded.state.items, "\(why)")
            #expect(model.state.shown == reloaded.state.shown, "\(why)")
            #expect(model.state.counts == reloaded.state.counts, "\(why)")
            if let selected, let still = reloaded.state.shown.first(where: { $0.itemKey == selected.itemKey }) {
                #expect(model.state.selected == still, "the selection stays on its item, \(why)")
            }
        }
    }
}
