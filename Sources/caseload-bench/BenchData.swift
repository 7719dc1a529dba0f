import CaseloadCore
import CaseloadStore
import Foundation

/// What a cached bench database holds, written beside it once it is complete.
struct DemoManifest: Codable {
    var clients: Int
    var seed: UInt64
    /// The generator's "today": every figure that needs a day uses it, so a database cached
    /// yesterday still has its appointments "today" and its follow-ups due as generated.
    var today: String
    var schema: String
    var appointments: Int
    var notes: Int
    var employments: Int
    var staff: Int
    var generationSeconds: Double

    var day: LocalDate { LocalDate(iso: today)! }
}

/// The region-scale database the figures are measured on: generated once with the demo generator
/// and kept, keyed by client count, seed and schema, in the cache folder.
enum BenchData {
    /// The cached database for these options, generated when missing (or when `--regenerate`).
    static func database(_ options: BenchOptions, zone: TimeZone) throws -> (path: String, manifest: DemoManifest) {
        let folder = options.folder
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let schema = try schemaTag(in: folder)
        let path = "\(folder)/demo-\(options.clients)-s\(options.seed)-\(schema).sqlite"
        let manifestPath = path + ".json"
        if !options.regenerate, FileManager.default.fileExists(atPath: path),
           let data = FileManager.default.contents(atPath: manifestPath),
           let manifest = try? JSONDecoder().decode(DemoManifest.self, from: data) {
            return (path, manifest)
        }
        let manifest = try generate(at: path, options: options, schema: schema, today: LocalDate.today(in: zone))
        try JSONEncoder().encode(manifest).write(to: URL(fileURLWithPath: manifestPath))
        return (path, manifest)
    }

    /// Writes into `<path>.partial` and renames at the end, so an interrupted run never leaves a
    /// half-filled database that a later run would trust.
    private static func generate(at path: String, options: BenchOptions, schema: String, today: LocalDate) throws -> DemoManifest {
        progress("Generating \(options.clients) demo clients into \(path) (once; later runs reuse it)…")
        let partial = path + ".partial"
        removeDatabase(at: partial)
        removeDatabase(at: path)
        let db = try CaseloadDatabase.open(path: partial)
        let admin = try db.bootstrapAdministrator(username: "bench")
        let generator = DemoGenerator(seed: options.seed, today: today, clientCount: options.clients)
        let step = max(options.clients / 10, 1)
        var summary: CaseloadDatabase.DemoSummary?
        let took = try Timings.time {
            summary = try db.fillWithDemoData(generator, by: admin) { done in
                if done % step == 0 || done == options.clients { progress("  \(done) / \(options.clients) clients") }
            }
        }
        try db.close()
        try FileManager.default.moveItem(atPath: partial, toPath: path)
        removeDatabase(at: partial)
        progress(String(format: "  generated in %.1f s", took / 1000))
        guard let summary else { throw BenchError("the demo writer returned no summary") }
        return DemoManifest(clients: summary.clients, seed: options.seed, today: today.iso, schema: schema,
                            appointments: summary.appointments, notes: summary.notes, employments: summary.employments,
                            staff: summary.staff, generationSeconds: took / 1000)
    }

    /// The schema a fresh database gets from this build (e.g. "v6-client-search-triggers"): a new migration
    /// means a new cache entry, never a cached file migrated on the fly (which would time the migration).
    static func schemaTag(in folder: String) throws -> String {
        let probe = "\(folder)/schema-probe-\(getpid()).sqlite"
        defer { removeDatabase(at: probe) }
        let db = try CaseloadDatabase.open(path: probe)
        let applied = try db.appliedMigrations()
        try db.close()
        return applied.last ?? "v0"
    }

    static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
