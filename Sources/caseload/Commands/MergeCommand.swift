import ArgumentParser
import CaseloadCore
import CaseloadStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `caseload merge --keep ID --retire ID --reason TEXT [--yes]`: two files of one person made one
/// (issue #19). Prints what will move and both CaMS references first; without --yes a person at a
/// terminal is asked y/N, and a script is refused (a merge cannot be undone).
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge a duplicate client file into another (supervisors only; audited).",
        discussion: """
            Every record of the retired file (notes, plans, appointments, jobs, checkpoints, supports, \
            follow-ups, referrals …) moves to the kept file; the retired file stays as a read-only pointer \
            that search still finds. Refused when the two files have different CaMS references. Without \
            --yes the plan is printed and, at a terminal, you are asked y/N; elsewhere nothing changes.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The file to keep: its client number (12 or #12) or CaMS reference.", valueName: "id"))
    var keep: String

    @Option(help: ArgumentHelp("The duplicate file that becomes a pointer: its client number (12 or #12) or CaMS reference.", valueName: "id"))
    var retire: String

    @Option(help: "Why the two files are one person (kept in the audit trail).")
    var reason: String

    @Flag(help: "Merge without asking.")
    var yes = false

    func validate() throws {
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("--reason: say why the two files are one person (it is audited)")
        }
    }

    func run() throws {
        let (db, actor) = try Opening.session(global, needs: .mergeClients)
        let keptID = try Self.client(keep, option: "--keep", in: db), retiredID = try Self.client(retire, option: "--retire", in: db)
        let plan = try db.planMerge(keep: keptID, retire: retiredID, by: actor)
        for line in plan.lines { print(line) }
        if !yes {
            guard isatty(0) == 1 else {
                throw CommandError("nothing merged: run again with --yes to merge \(plan.retired.sortName) (#\(retiredID)) into \(plan.kept.sortName) (#\(keptID))")
            }
            print("Merge #\(retiredID) into #\(keptID)? This cannot be undone. [y/N] ", terminator: "")
            try StandardOutput.flush()
            let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            guard answer == "y" || answer == "yes" else { print("Not merged: nothing changed."); return }
        }
        let result = try db.mergeClients(keep: keptID, retire: retiredID, reason: reason, by: actor)
        print("Merged \(result.retired.sortName) (#\(retiredID)) into \(result.kept.sortName) (#\(keptID)): \(plan.movesInShort) moved.")
    }

    /// A client by number ("12", "#12") or CaMS reference, as `caseload audit --client` takes it.
    static func client(_ text: String, option: String, in db: CaseloadDatabase) throws -> Int64 {
        guard let id = try db.clientID(reference: text) else {
            throw CommandError("\(option): no client with the number or CaMS reference '\(text)'; check it on the client list")
        }
        return id
    }
}
