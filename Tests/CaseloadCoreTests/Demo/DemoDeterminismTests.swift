import Testing
import CaseloadCore

@Suite struct DemoDeterminismTests {
    @Test func sameSeedGivesIdenticalBundles() {
        let a = DemoGenerator(seed: 7, today: DemoSample.today, clientCount: 500)
        let b = DemoGenerator(seed: 7, today: DemoSample.today, clientCount: 500)
        for index in [0, 1, 2, 3, 4, 17, 250, 499, 12_345, 99_999] {
            #expect(a.client(at: index) == b.client(at: index), "index \(index)")
        }
        #expect(a.staff() == b.staff())
        #expect(a.employer(at: 1_234) == b.employer(at: 1_234))
    }

    @Test func indicesAreIndependentOfGenerationOrder() {
        let g = DemoGenerator(seed: 99, today: DemoSample.today)
        let direct = g.client(at: 777)
        _ = (0..<50).map { g.client(at: $0) }
        #expect(g.client(at: 777) == direct)
    }

    @Test func differentSeedsGiveDifferentData() {
        let a = DemoGenerator(seed: 1, today: DemoSample.today)
        let b = DemoGenerator(seed: 2, today: DemoSample.today)
        let indices = Array(10..<60)
        let differing = indices.filter { a.client(at: $0) != b.client(at: $0) }
        #expect(differing.count == indices.count)
        let namesA = indices.map { a.client(at: $0).client.displayName }
        let namesB = indices.map { b.client(at: $0).client.displayName }
        #expect(namesA != namesB)
        #expect(a.employer(at: 5).name != b.employer(at: 5).name || a.employer(at: 6).name != b.employer(at: 6).name)
    }

    @Test func todayShapesTheStory() {
        let a = DemoGenerator(seed: 5, today: DemoSample.today)
        let b = DemoGenerator(seed: 5, today: DemoSample.today.adding(days: 7))
        #expect(a.client(at: 0).client.referralReceivedOn == DemoSample.today.adding(days: -3))
        #expect(b.client(at: 0).client.referralReceivedOn == DemoSample.today.adding(days: 4))
    }

    /// Published SplitMix64 outputs for seed 1234567, so the stream never drifts between versions.
    @Test func splitMixMatchesReferenceOutputs() {
        var rng = SplitMix64(seed: 1_234_567)
        let outputs = (0..<5).map { _ in rng.next() }
        #expect(outputs == [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
                            4_593_380_528_125_082_431, 16_408_922_859_458_223_821])
    }

    @Test func splitMixHelpersStayInRange() {
        var rng = SplitMix64(seed: 3, index: 4, stream: 5)
        var seen = Set<Int>()
        for _ in 0..<2_000 {
            let n = rng.int(in: -3...3)
            #expect((-3...3).contains(n))
            seen.insert(n)
            let u = rng.unit()
            #expect(u >= 0 && u < 1)
        }
        #expect(seen.count == 7)
        #expect((0..<500).allSatisfy { _ in rng.weighted([0, 5, 0]) == 1 })
    }
}
