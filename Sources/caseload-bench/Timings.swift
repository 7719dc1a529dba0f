import Foundation

/// Repeated timings in milliseconds, summarised the way the targets are stated (median, 99th percentile).
struct Timings {
    var samples: [Double] = []

    var median: Double { percentile(50) }
    var p99: Double { percentile(99) }
    var count: Int { samples.count }

    /// Nearest-rank percentile: with fewer than 100 samples the 99th is the slowest one, never an
    /// interpolation that hides it.
    func percentile(_ p: Double) -> Double {
        guard !samples.isEmpty else { return .nan }
        let sorted = samples.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }

    /// "median 3.1 ms (min 2.9, max 4.0; 10 runs)": the spread shows how noisy the machine was.
    var summary: String {
        guard let low = samples.min(), let high = samples.max() else { return "no samples" }
        return "median \(ms(median)) (min \(msShort(low)), max \(msShort(high)); \(count) run\(count == 1 ? "" : "s"))"
    }

    /// Runs `body` `warmUp` times untimed (caches, lazy statics, SQLite's statement cache), then
    /// `runs` times timed, stopping early (after at least three) once `budget` seconds have gone
    /// by, so a figure far over its target cannot push the whole run past five minutes.
    static func measure(runs: Int, warmUp: Int = 1, budget: Double = 8, _ body: () throws -> Void) rethrows -> Timings {
        for _ in 0..<warmUp { try body() }
        var t = Timings()
        t.samples.reserveCapacity(runs)
        var spent = 0.0
        for _ in 0..<runs {
            let elapsed = try time(body)
            t.samples.append(elapsed)
            spent += elapsed
            if t.count >= 3, spent > budget * 1000 { break }
        }
        return t
    }

    /// One timed call, in milliseconds.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        return (clock.now - start).milliseconds
    }
}

extension Duration {
    var milliseconds: Double { Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15 }
}

/// 0.42 ms, 3.10 ms, 42 ms, 1.25 s.
func ms(_ v: Double) -> String {
    if v.isNaN { return "—" }
    if v >= 1000 { return String(format: "%.2f s", v / 1000) }
    if v >= 10 { return String(format: "%.0f ms", v) }
    return String(format: "%.2f ms", v)
}

/// The same without the unit, for the min/max beside a median.
func msShort(_ v: Double) -> String {
    v >= 1000 ? String(format: "%.2fs", v / 1000) : v >= 10 ? String(format: "%.0f", v) : String(format: "%.2f", v)
}
