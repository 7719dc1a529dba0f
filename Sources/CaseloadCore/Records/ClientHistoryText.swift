import Foundation

/// The words a history line uses, shared by the History tab and `caseload audit --client`.
extension ClientHistoryEntry {
    /// "Dana Lee (dlee)", or "Dana Lee (dlee; login root)" when the process ran as another login.
    public var who: String {
        guard let name = staffName else { return login.map { "login \($0)" } ?? "unknown" }
        let username = staffUsername ?? "?"
        if let login, login != username { return "\(name) (\(username); login \(login))" }
        return "\(name) (\(username))"
    }

    /// "changed client #12: phone", "opened the profile", "read note case_note #40", "exported: …".
    public var what: String {
        switch action {
        case "insert": return "added \(record)" + (detail.isEmpty ? "" : ": \(detail)")
        case "update": return "changed \(record)" + (detail.isEmpty ? "" : ": \(detail)")
        case "delete": return "deleted \(record)"
        case AccessEvent.Kind.viewProfile.rawValue: return "opened the profile"
        case AccessEvent.Kind.readNote.rawValue: return "read \(record)"
        case AccessEvent.Kind.export.rawValue: return "exported" + (detail.isEmpty ? "" : ": \(detail)")
        default: return "\(action) \(record)" + (detail.isEmpty ? "" : ": \(detail)")
        }
    }
}
