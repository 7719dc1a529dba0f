import CaseloadCore
import CaseloadStore
import Foundation

/// The region-scale database the figures are measured on, made once and kept in a cache folder.
enum BenchData {
    static func folder(_ override: String?) -> String {
        if let override { return override }
        let env = ProcessInfo.processInfo.environment
        let cache = env["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? (NSHomeDirectory() + "/.cache")
        return cache + "/caseload-bench"
    }

    /// Opens the cached demo database for (clients, seed, today), generating it when missing.
    static func database(clients: Int, seed: UInt64, today: LocalDate, in folder: String, report: inout BenchReport) throws -> (CaseloadDatabase, String) {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = "\(folder)/demo-\(clients)-s\(seed)-\(today.iso)-v4.sqlite"
        if !FileManager.default.fileExists(atPath: path) {
            print("Generating \(clients) demo clients into \(path) (once; later runs reuse it)…")
            let partial = path + ".partial"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: partial + suffix) }
            let db = try CaseloadDatabase.open(path: partial)
            let admin = try db.bootstrapAdministrator(username: "bench")
            let started = ContinuousClock.now
            let summary = try db.fillWithDemoData(DemoGenerator(seed: seed, today: today, clientCount: clients), by: admin)
            let took = (ContinuousClock.now - started).milliseconds
            try db.close()
            try FileManager.default.moveItem(atPath: partial, toPath: path)
            report.add("demo data: \(summary.clients) clients, \(summary.appointments) appointments, \(summary.notes) notes",
                       ms(took), target: "—", met: nil)
        }
        return (try CaseloadDatabase.open(path: path), path)
    }

    /// A CaMS extract of `count` rows drawn from the demo generator (names, DOB, phone, referral).
    static func extract(count: Int, seed: UInt64, today: LocalDate, in folder: String) throws -> String {
        let path = "\(folder)/extract-\(count)-s\(seed).csv"
        if FileManager.default.fileExists(atPath: path) { return path }
        let g = DemoGenerator(seed: seed &+ 1, today: today, clientCount: count)
        var out = "cams_reference,first_name,last_name,date_of_birth,phone,email,referral_source,referral_received_on,sa_caseworker_name\n"
        out.reserveCapacity(count * 120)
        func q(_ s: String?) -> String { guard let s else { return "" }; return s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s }
        var reference = 100_000_000
        for i in 0..<count {
            let c = g.client(at: i).client
            reference += 1
            out += [String(reference), q(c.firstName), q(c.lastName), c.dateOfBirth?.iso ?? "", q(c.phone), q(c.email),
                    c.referralSource.rawValue, c.referralReceivedOn?.iso ?? "", q(c.saCaseworkerName)].joined(separator: ",") + "\n"
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
