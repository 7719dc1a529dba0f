import CaseloadCore
import GRDB

/// Permissions are decided here, below every screen and command, from the staff row in the file:
/// a deactivated account or a changed role takes effect at the next write, not the next login.
extension CaseloadDatabase {
    func acting(_ staff: StaffMember, needs permission: Permission?, in db: Database) throws -> StaffMember {
        guard let id = staff.id, let current = try StaffMember.fetchOne(db, key: id) else {
            throw StoreError.unknownStaff(username: staff.username, path: path)
        }
        guard current.isActive else { throw StoreError.inactiveStaff(username: current.username, path: path) }
        if let permission, !current.role.allows(permission) { throw StoreError.notPermitted(permission) }
        return current
    }

    /// The staff member a session acts as, from the login name (`--user` or the password database).
    /// - Throws: `unknownStaff` (no such account) or `inactiveStaff` (deactivated).
    public func resolveActingStaff(username: String) throws -> StaffMember {
        try read { db in
            guard let staff = try StaffMember.filter(StaffMember.Columns.username == username).fetchOne(db) else {
                throw StoreError.unknownStaff(username: username, path: path)
            }
            guard staff.isActive else { throw StoreError.inactiveStaff(username: username, path: path) }
            return staff
        }
    }
}
