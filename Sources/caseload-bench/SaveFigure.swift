import CaseloadCore
import CaseloadStore
import Foundation

/// Figure 8: what a durable save costs. One case note saved through the store (permission check,
/// insert, audit row, commit) on a scratch file beside the bench data, with the commit synced to
/// disk as Caseload always does (`synchronous = FULL`), and the same with SQLite's WAL default
/// (`NORMAL`, which can lose the last saves in a power cut) for comparison.
@MainActor enum SaveFigure {
    static let targetMs = 50.0

    static func run(_ ctx: BenchContext, into report: inout BenchReport) throws {
        let path = ctx.folder + "/save-figure-\(getpid()).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let db = try CaseloadDatabase.open(path: path)
        let admin = try db.bootstrapAdministrator(username: "bench")
        let worker = try db.addStaff(username: "worker", fullName: "Bench Worker", role: .caseworker, by: admin)
        let client = try db.createClient(Client(firstName: "Zoë", lastName: "Côté", caseworkerID: worker.id), by: worker)
        func save() throws {
            _ = try db.addCaseNote(CaseNote(clientID: client.id!, authorID: 0, interactionAt: Date(), communication: "Phone",
                                            type: "General", subject: "Call", body: "Talked about the job search."), by: worker)
        }
        let full = try Timings.measure(runs: 41, warmUp: 3, save)
        try db.setDurability(.normal)
        let normal = try Timings.measure(runs: 41, warmUp: 3, save)
        try db.close()
        report.add("save a case note, synced to disk (synchronous FULL)", full.summary + "; NORMAL: median \(ms(normal.median))",
                   target: "< \(Int(targetMs)) ms", met: full.median < targetMs)
    }
}
