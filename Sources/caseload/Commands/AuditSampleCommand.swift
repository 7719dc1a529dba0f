import ArgumentParser
import CaseloadCore
import CaseloadStore

/// `caseload audit-sample --count N [--seed S]`: random client files to audit (Interim SOP, R-20).
struct AuditSampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit-sample",
        abstract: "Draw a random sample of client files to audit, with what to check in each.",
        discussion: "The same seed on the same clients draws the same sample, so an audit can be repeated and checked.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "How many client files to draw.")
    var count: Int

    @Option(help: "Seed of the draw (default: a new one, printed so the sample can be drawn again).")
    var seed: UInt64?

    @Flag(help: "Draw only from clients brought in by a CaMS import.")
    var importedOnly = false

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count must be at least 1") }
    }

    func run() throws {
        let (db, actor) = try Opening.session(global, needs: .drawAuditSample)
        var system = SystemRandomNumberGenerator()
        let seed = self.seed ?? system.next() >> 16   // short enough to type back
        let sample = try db.auditSample(count: count, seed: seed, importedOnly: importedOnly, by: actor)
        try ExportRecord.record("audit-sample; seed \(seed)\(importedOnly ? ", imported only" : ""); \(ExportRecord.rows(sample.entries.count))",
                                db: db, by: actor)
        let population = importedOnly ? "imported clients" : "clients"
        print("Audit sample: \(sample.entries.count) of \(sample.populationSize) \(population), seed \(seed) (draw it again with --seed \(seed))")
        for entry in sample.entries {
            let client = entry.client
            let findings = entry.findingCount == 0 ? "nothing to fix" : "\(entry.findingCount) to fix"
            print("")
            print("#\(client.id ?? 0)  \(client.sortName)  CaMS \(client.camsReference ?? "-")  (\(client.status.rawValue); \(findings))")
            for check in entry.checks {
                print("  \(check.isOK ? "ok " : "FIX")  \(check.item.rawValue): \(check.text)")
            }
        }
    }
}
