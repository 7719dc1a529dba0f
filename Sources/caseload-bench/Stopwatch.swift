import Foundation

/// Repeated timings with a warm-up, summarised as median and 99th percentile (milliseconds).
struct Timings {
    var samples: [Double] = []

    var median: Double { percentile(50) }
    var p99: Double { percentile(99) }

    func percentile(_ p: Double) -> Double {
        guard !samples.isEmpty else { return .nan }
        let sorted = samples.sorted()
        let rank = Int((p / 100 * Double(sorted.count - 1)).rounded())
        return sorted[min(sorted.count - 1, max(0, rank))]
    }

    /// Runs `body` `warmUp` times untimed, then `runs` times timed.
    static func measure(runs: Int, warmUp: Int = 1, _ body: () throws -> Void) rethrows -> Timings {
        for _ in 0..<warmUp { try body() }
        var t = Timings()
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let elapsed = try clock.measure { try body() }
            t.samples.append(elapsed.milliseconds)
        }
        return t
    }
}

extension Duration {
    var milliseconds: Double { Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15 }
}

/// Peak resident memory of a process, from /proc (kB → MB).
func peakResidentMB(pid: Int32) -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return nil }
    return kb / 1024
}
