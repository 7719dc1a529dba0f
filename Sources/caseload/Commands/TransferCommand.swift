import ArgumentParser
import CaseloadCore
import CaseloadStore
import Foundation

/// `caseload transfer --from USER --to USER[,USER…] --reason TEXT [--yes]`: a caseworker leaves;
/// their open clients (with future appointments and open follow-ups) go to one colleague or are
/// shared. Without `--yes` it only shows the plan.
struct TransferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer",
        abstract: "Move a caseworker's open clients to one or more colleagues (supervisors only; audited).",
        discussion: """
            Each client goes to the receiver with the fewest open clients so far; future appointments and \
            open hand-made follow-ups move with them. Without --yes the plan is printed and nothing changes.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The login name of the caseworker whose clients move.")
    var from: String

    @Option(help: "The receiving caseworkers' login names, separated by commas.")
    var to: String

    @Option(help: "Why the caseload moves (kept in the audit trail).")
    var reason: String

    @Flag(help: "Carry out the plan (without it, only print the plan).")
    var yes = false

    func run() throws {
        let (db, actor) = try Opening.session(global, needs: .reassignClient)
        let leaving = try Self.staff(from, in: db)
        let receivers = try to.split(separator: ",").map { try Self.staff(String($0).trimmingCharacters(in: .whitespaces), in: db) }
        let today = LocalDate.today(in: FollowUpEngine.agencyTimeZone)
        let plan = try db.planCaseloadTransfer(from: leaving.id!, to: receivers.compactMap(\.id), today: today, by: actor)
        guard !plan.moves.isEmpty else { print("\(leaving.fullName) has no open clients; nothing to transfer."); return }
        for line in plan.lines { print(line) }
        guard yes else { print("Nothing changed: run again with --yes to transfer."); return }
        let moved = try db.transferCaseload(plan, reason: reason, today: today, by: actor)
        print("Transferred \(moved) client\(moved == 1 ? "" : "s") from \(leaving.fullName).")
    }

    static func staff(_ username: String, in db: CaseloadDatabase) throws -> StaffMember {
        guard let member = try db.staffMember(username: username), member.id != nil else {
            throw CommandError("No staff account '\(username)': check the login name (caseload staff list)")
        }
        return member
    }
}
