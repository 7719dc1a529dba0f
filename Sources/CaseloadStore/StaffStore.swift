import CaseloadCore
import Foundation
import GRDB

/// Staff accounts and sites. Only administrators change accounts; accounts are deactivated, never
/// deleted, because notes and audit rows name them.
extension CaseloadDatabase {
    public func addStaff(username: String, fullName: String, role: StaffRole, site siteID: Int64? = nil,
                         by staff: StaffMember) throws -> StaffMember {
        var member = try Self.validatedStaff(username: username, fullName: fullName, role: role, siteID: siteID)
        return try write { db in
            let actor = try acting(staff, needs: .manageStaff, in: db)
            if try StaffMember.named(member.username).fetchOne(db) != nil {
                throw StoreError.usernameTaken(member.username)
            }
            try db.insertAudited(&member, by: actor, at: Date())
            return member
        }
    }

    /// Every account, active first, then by name.
    /// Every account with its role, site and whether it is active, as `caseload staff list` shows
    /// them: for supervisors and administrators.
    public func staffDirectory(by staff: StaffMember) throws -> [StaffMember] {
        _ = try read { db in try acting(staff, needs: .viewStaffList, in: db) }
        return try listStaff(includeInactive: true)
    }

    public func listStaff(includeInactive: Bool = true) throws -> [StaffMember] {
        try read { db in
            var request = StaffMember.all()
            if !includeInactive { request = request.filter(StaffMember.Columns.isActive == true) }
            return try request
                .order(StaffMember.Columns.isActive.desc, StaffMember.Columns.fullName.collating(.nocase))
                .fetchAll(db)
        }
    }

    public func staff(username: String) throws -> StaffMember? {
        try read { db in try StaffMember.named(username).fetchOne(db) }
    }

    public func staff(id: Int64) throws -> StaffMember? {
        try read { db in try StaffMember.fetchOne(db, key: id) }
    }

    /// Whether any account exists (a brand-new database has none until `bootstrapAdministrator`).
    public func hasStaff() throws -> Bool {
        try read { db in try StaffMember.fetchCount(db) > 0 }
    }

    @discardableResult
    public func deactivateStaff(username: String, by staff: StaffMember) throws -> StaffMember {
        try setStaffActive(username: username, isActive: false, by: staff)
    }

    @discardableResult
    public func reactivateStaff(username: String, by staff: StaffMember) throws -> StaffMember {
        try setStaffActive(username: username, isActive: true, by: staff)
    }

    private func setStaffActive(username: String, isActive: Bool, by staff: StaffMember) throws -> StaffMember {
        try write { db in
            let actor = try acting(staff, needs: .manageStaff, in: db)
            guard var member = try StaffMember.named(username).fetchOne(db) else {
                throw StoreError.unknownStaff(username: username, path: path)
            }
            if !isActive && member.role == .admin && member.isActive {
                let admins = try StaffMember
                    .filter(StaffMember.Columns.role == StaffRole.admin && StaffMember.Columns.isActive == true)
                    .fetchCount(db)
                if admins <= 1 { throw StoreError.lastAdministrator(username: username) }
            }
            member.isActive = isActive
            try db.updateVersioned(&member, by: actor, at: Date())
            return member
        }
    }

    /// On a database with no staff at all, makes the first (active) administrator, named after the
    /// login name the CLI got from the password database. Refused once any account exists.
    public func bootstrapAdministrator(username: String) throws -> StaffMember {
        var member = try Self.validatedStaff(username: username, fullName: username, role: .admin, siteID: nil)
        return try write { db in
            guard try StaffMember.fetchCount(db) == 0 else { throw StoreError.staffAlreadyExists(path: path) }
            member.siteID = try Int64.fetchOne(db, Site.select(Site.Columns.id).order(Site.Columns.id))
            try member.insert(db)
            // The account creates itself: the audit names it as the actor.
            try db.appendAudit(.insert, recordType: StaffMember.databaseTableName, recordID: member.id,
                               changes: AuditJSON.values(member.databaseDictionary), by: member.id, at: Date())
            return member
        }
    }

    public func sites() throws -> [Site] {
        try read { db in try Site.order(Site.Columns.name.collating(.nocase)).fetchAll(db) }
    }

    private static func validatedStaff(username: String, fullName: String, role: StaffRole,
                                       siteID: Int64?) throws -> StaffMember {
        let username = username.trimmingCharacters(in: .whitespacesAndNewlines)
        let fullName = fullName.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [StoreError.FieldProblem] = []
        if username.isEmpty || username.contains(where: \.isWhitespace) {
            problems.append(.init(field: "username", message: "Enter the login name, without spaces."))
        }
        if fullName.isEmpty { problems.append(.init(field: "fullName", message: "Enter the person's name.")) }
        for (field, value, label) in [("username", username, "The login name"), ("fullName", fullName, "The name")] {
            if let unsafe = UnsafeCharacters.problem(in: value, field: label) { problems.append(.init(field: field, message: unsafe)) }
        }
        if !problems.isEmpty { throw StoreError.invalid(problems) }
        return StaffMember(username: username, fullName: fullName, role: role, siteID: siteID)
    }
}

extension StaffMember {
    static func named(_ username: String) -> QueryInterfaceRequest<StaffMember> {
        filter(Columns.username == username)
    }
}
