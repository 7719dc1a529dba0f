import CaseloadCore
import CaseloadStore

/// Every export and report is in the access log before its data is printed: who, what, how many
/// rows, when. Should the log refuse the write, nothing is printed and the error says why.
enum ExportRecord {
    static func record(_ detail: String, clientID: Int64? = nil, db: CaseloadDatabase, by actor: StaffMember) throws {
        try db.recordAccess([AccessEvent(.export, clientID: clientID, detail: detail)], by: actor)
    }

    static func rows(_ n: Int) -> String { "\(n) row\(n == 1 ? "" : "s")" }
}
