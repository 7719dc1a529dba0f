import ArgumentParser
import CaseloadStore

/// `caseload grant CAMS-REF USERNAME [--revoke]`: a supervisor lets one caseworker of another site
/// open one client, or takes that back.
struct GrantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: "Let a caseworker (or front desk) of another site open one client (supervisors only; audited).",
        discussion: "Caseworkers and front desk work on their own site's clients; this grants one client to one person.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The client's CaMS reference (6 to 12 digits).")
    var camsReference: String

    @Argument(help: "The login name of the staff member to grant access to.")
    var username: String

    @Flag(help: "Take the grant back instead.")
    var revoke = false

    func run() throws {
        let (db, actor) = try Opening.session(global, needs: .grantClientAccess)
        guard let clientID = try db.clientID(camsReference: camsReference) else {
            throw CommandError("No client has CaMS reference \(camsReference): check the number (caseload shows it on the client's profile)")
        }
        guard let grantee = try db.staffMember(username: username), let staffID = grantee.id else {
            throw CommandError("No staff account '\(username)': check the login name (caseload staff list)")
        }
        if revoke {
            let revoked = try db.revokeClientAccess(clientID: clientID, from: staffID, by: actor)
            print(revoked ? "\(grantee.username) may no longer open the client with CaMS reference \(camsReference) (unless it is at their site or theirs)."
                          : "\(grantee.username) had no grant for the client with CaMS reference \(camsReference); nothing changed.")
            return
        }
        let granted = try db.grantClientAccess(clientID: clientID, to: staffID, by: actor)
        print(granted ? "\(grantee.username) may now open the client with CaMS reference \(camsReference)."
                      : "\(grantee.username) could already open the client with CaMS reference \(camsReference); nothing changed.")
    }
}
