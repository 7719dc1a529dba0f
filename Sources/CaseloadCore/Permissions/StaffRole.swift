/// What a staff member is allowed to do. Checked below the UI (in the store's use cases), so no screen
/// or command can show or change what the role may not.
public enum StaffRole: String, Codable, CaseIterable, Sendable {
    case frontDesk = "frontdesk", caseworker, supervisor, admin

    public var title: String {
        switch self {
        case .frontDesk: return "Front desk"
        case .caseworker: return "Caseworker"
        case .supervisor: return "Supervisor"
        case .admin: return "Administrator"
        }
    }

    public func allows(_ p: Permission) -> Bool {
        switch p {
        case .viewClientBasics, .manageAppointments, .registerWalkIn, .correctClientContact: return true
        case .viewClientDetails, .readNoteBodies, .writeNotes, .viewActionPlan, .editActionPlan,
             .viewMoney, .requestFinancialSupport, .editClient, .viewFollowUps, .importClients:
            return self != .frontDesk
        case .approveFinancialSupport, .reassignClient, .grantClientAccess, .mergeClients: return self == .supervisor
        case .viewTeamFollowUps, .viewAllSites, .viewAudit, .viewStaffList, .checkDatabase, .drawAuditSample, .viewReports:
            return self == .supervisor || self == .admin
        case .manageStaff, .manageValueLists, .manageCalendar, .backupDatabase, .restoreDatabase, .shareDatabase:
            return self == .admin
        }
    }
}

public enum Permission: String, CaseIterable, Sendable {
    case viewClientBasics, viewClientDetails, editClient, registerWalkIn, manageAppointments
    /// Phone and email only: the front desk hears the new number first.
    case correctClientContact
    case readNoteBodies, writeNotes
    case viewActionPlan, editActionPlan
    case viewMoney, requestFinancialSupport, approveFinancialSupport
    case reassignClient, viewFollowUps, viewTeamFollowUps
    /// Front desk and caseworkers work on their own site's clients (and clients granted to them).
    case viewAllSites, grantClientAccess
    case mergeClients
    case manageStaff, manageValueLists, manageCalendar, importClients
    case viewAudit, viewStaffList, drawAuditSample
    /// Monthly figures and the CaMS reconciliation (issue #21).
    case viewReports
    /// A backup holds every note body and amount: only administrators take one.
    case backupDatabase, restoreDatabase
    /// `caseload setup shared`: who may use the file is decided by its administrators.
    case shareDatabase
    case checkDatabase

    /// Said to the user when a role lacks this permission.
    public var refusal: String {
        switch self {
        case .viewClientBasics: return "You may not view clients."
        case .viewClientDetails: return "Front desk can see name, date of birth, phone and appointments only."
        case .editClient: return "Only caseworkers, supervisors and administrators edit client records."
        case .registerWalkIn: return "You may not register walk-ins."
        case .correctClientContact: return "You may not correct a client's phone or email."
        case .manageAppointments: return "You may not change appointments."
        case .readNoteBodies: return "Front desk cannot read case notes."
        case .writeNotes: return "Front desk cannot write case notes."
        case .viewActionPlan: return "Front desk cannot see Employment Action Plans."
        case .editActionPlan: return "Front desk cannot change Employment Action Plans."
        case .viewMoney: return "Front desk cannot see financial supports."
        case .requestFinancialSupport: return "Front desk cannot request financial supports."
        case .approveFinancialSupport: return "Only a supervisor approves financial supports."
        case .reassignClient: return "Only a supervisor reassigns clients."
        case .viewFollowUps: return "Front desk has no follow-up queue."
        case .viewTeamFollowUps: return "Only a supervisor sees the whole team's queue."
        case .viewAllSites: return "Only supervisors and administrators see every site's clients."
        case .grantClientAccess: return "Only a supervisor grants access to another site's client."
        case .mergeClients: return "Only a supervisor merges two client files."
        case .manageStaff: return "Only an administrator manages staff accounts."
        case .manageValueLists: return "Only an administrator edits value lists."
        case .manageCalendar: return "Only an administrator edits closure days and holiday settings."
        case .importClients: return "Front desk cannot import clients."
        case .viewAudit: return "Only supervisors and administrators read the audit trail."
        case .viewStaffList: return "Only supervisors and administrators list staff accounts."
        case .drawAuditSample: return "Only supervisors and administrators draw audit samples."
        case .viewReports: return "Only supervisors and administrators see reports."
        case .backupDatabase: return "Only an administrator takes backups: a copy holds every note and amount."
        case .checkDatabase: return "Only supervisors and administrators check the database."
        case .restoreDatabase: return "Only an administrator restores a backup."
        case .shareDatabase: return "Only an administrator shares the database with a group."
        }
    }
}
