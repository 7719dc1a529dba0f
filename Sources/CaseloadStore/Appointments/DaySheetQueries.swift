import CaseloadCore
import Foundation
import GRDB

/// What the front desk reads: a site's day, a caseworker's day, and the day's forgotten appointments.
/// Each walks one of the appointment table's indexes: (site_id, day, start_minute) or
/// (staff_id, day, start_minute), so a day opens at the same speed with 300 or 300,000 appointments.
extension CaseloadDatabase {
    /// A site's appointments on `day` in time order (then caseworker, then client), optionally one
    /// caseworker's only. Every role may read it (front desk's own screen); a front desk or
    /// caseworker account with a site reads its own site's day only (an account with no site set is
    /// not tied to one here: it still sees only its clients' profiles, see `ClientSiteScope`).
    public func daySheet(siteID: Int64, day: LocalDate, staffID: Int64? = nil, by staff: StaffMember) throws -> [DaySheetRow] {
        try read { db in
            let actor = try acting(staff, needs: .manageAppointments, in: db)
            if !actor.role.allows(.viewAllSites), let own = actor.siteID, own != siteID {
                let name = try String.fetchOne(db, sql: "SELECT name FROM site WHERE id = ?", arguments: [siteID]) ?? "site #\(siteID)"
                throw StoreError.otherSiteDay(siteName: name)
            }
            return try db.daySheetRows(siteID: siteID, day: day, staffID: staffID)
        }
    }

    /// One caseworker's appointments on `day` at every site, in time order: what a booking must not overlap.
    public func caseworkerDay(staffID: Int64, day: LocalDate, by staff: StaffMember) throws -> [DaySheetRow] {
        try read { db in
            _ = try acting(staff, needs: .manageAppointments, in: db)
            return try db.caseworkerDayRows(staffID: staffID, day: day)
        }
    }

    /// The site's appointments on `day` still Scheduled although they started before `nowMinute`
    /// (every one of them when `day` is before `today`): what the end-of-day sweep would mark.
    public func forgottenAppointments(siteID: Int64, day: LocalDate, today: LocalDate, nowMinute: Int,
                                      by staff: StaffMember) throws -> [DaySheetRow] {
        try daySheet(siteID: siteID, day: day, by: staff).filter { $0.isOverdue(today: today, nowMinute: nowMinute) }
    }

    /// Staff who can hold appointments (active caseworkers and supervisors), by name.
    public func bookableStaff() throws -> [StaffMember] {
        try read { db in
            try StaffMember
                .filter([StaffRole.caseworker, .supervisor].contains(StaffMember.Columns.role))
                .filter(StaffMember.Columns.isActive == true)
                .order(StaffMember.Columns.fullName.collating(.nocase))
                .fetchAll(db)
        }
    }
}

extension Database {
    func daySheetRows(siteID: Int64, day: LocalDate, staffID: Int64?) throws -> [DaySheetRow] {
        var arguments: StatementArguments = [siteID, day]
        if let staffID { arguments += [staffID] }
        return try DaySheetRow.fetchAll(self, sql: DaySheetRow.daySheetSQL(filteredByStaff: staffID != nil), arguments: arguments)
    }

    func caseworkerDayRows(staffID: Int64, day: LocalDate) throws -> [DaySheetRow] {
        try DaySheetRow.fetchAll(self, sql: """
            SELECT \(DaySheetRow.selection) FROM appointment a INDEXED BY appointment_by_staff_day \(DaySheetRow.joins)
            WHERE a.staff_id = ? AND a.day = ?
            ORDER BY a.start_minute, a.id
            """, arguments: [staffID, day])
    }
}

extension DaySheetRow {
    /// Arguments: site id, day, and the staff id when filtered.
    static func daySheetSQL(filteredByStaff: Bool) -> String {
        """
        SELECT \(selection) FROM appointment a INDEXED BY appointment_by_site_day \(joins)
        WHERE a.site_id = ? AND a.day = ?\(filteredByStaff ? " AND a.staff_id = ?" : "")
        ORDER BY a.start_minute, s.full_name COLLATE NOCASE, c.last_name COLLATE NOCASE, a.id
        """
    }

    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments) throws -> [DaySheetRow] {
        // A cursor reuses one row buffer instead of copying every row first.
        var rows: [DaySheetRow] = []
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try cursor.next() { rows.append(try DaySheetRow(row: row)) }
        return rows
    }
}
