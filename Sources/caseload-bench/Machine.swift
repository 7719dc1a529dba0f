import Foundation

/// What the figures were measured on: they mean little without it.
enum Machine {
    #if DEBUG
    static let isRelease = false
    #else
    static let isRelease = true
    #endif

    static var configuration: String { isRelease ? "release" : "DEBUG" }

    /// "machine: 2 cores (AMD EPYC), 23 GB RAM, release build, load average 1.9 at start, 2.1 at end".
    static func line(loadAtStart: Double?) -> String {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let load = loadAtStart.map { String(format: ", load average %.1f at start, %.1f at end", $0, loadAverage() ?? .nan) } ?? ""
        return "machine: \(cores) core\(cores == 1 ? "" : "s")\(cpuModel.map { " (\($0))" } ?? ""), "
            + "\(ProcessInfo.processInfo.physicalMemory / 1_048_576 / 1024) GB RAM, \(configuration) build\(load)"
    }

    /// Shouted before and after the table: a debug build runs several times slower.
    static let debugWarning = """
        !!! DEBUG BUILD: these figures are NOT meaningful. Measure in release:  !!!
        !!!   swift build -c release && .build/release/caseload-bench           !!!
        """

    /// The one-minute load average: above the core count, other work shared the CPU with the bench.
    static func loadAverage() -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
        return text.split(separator: " ").first.flatMap { Double($0) }
    }

    static var cpuModel: String? {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
              let colon = line.firstIndex(of: ":") else { return nil }
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }

    /// Peak resident memory of a process (VmHWM in /proc/<pid>/status), in MiB.
    static func peakResidentMB(pid: Int32) -> Double? { statusMB(pid: pid, field: "VmHWM:") }

    /// Resident memory of a process now (VmRSS), in MiB.
    static func residentMB(pid: Int32) -> Double? { statusMB(pid: pid, field: "VmRSS:") }

    private static func statusMB(pid: Int32, field: String) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
              let kb = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return nil }
        return kb / 1024
    }
}
