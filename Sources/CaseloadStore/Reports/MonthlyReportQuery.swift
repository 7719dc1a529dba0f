import CaseloadCore
import Foundation
import GRDB

extension CaseloadDatabase {
    /// The figures of domain.md §7 for a period to date and the one before it, for the agency, a
    /// site or a caseworker: the one computation the Reports screen and `caseload report monthly`
    /// share. Supervisors and administrators only. Every figure is read in one snapshot.
    public func monthlyReport(_ period: ReportPeriod, scope: ReportScope, today: LocalDate,
                              zone: TimeZone = FollowUpEngine.agencyTimeZone, by staff: StaffMember) throws -> MonthlyReport {
        try snapshot {
            _ = try read { db in try acting(staff, needs: .viewReports, in: db) }
            let window = ReportWindow(period, today: today)
            let calendars = try businessCalendars()
            var tally = FigureTally()
            // Started first: its queues are worked out on other threads while the SQL figures read.
            let overdue = try ReportFigures.startFollowUpsOverdue(self, window: window, scope: scope, today: today, zone: zone)
            try read { db in
                let facts = ReportFacts(db: db, window: window, scope: scope, zone: zone,
                                        agencyCalendar: calendars.agency, siteCalendars: calendars.sites)
                for figure in ReportFigures.sqlFigures { try figure(facts, &tally) }
            }
            overdue.add(into: &tally)
            let names = try read { db in
                try Dictionary(Row.fetchAll(db, sql: "SELECT id, full_name FROM staff").map { ($0[0] as Int64, $0[1] as String) },
                               uniquingKeysWith: { a, _ in a })
            }
            return MonthlyReport(window: window, scope: scope, lines: tally.result, caseworkerNames: names)
        }
    }
}

/// What every figure query needs: the connection, the two stretches of days, the scope as SQL, and
/// the business calendars (per site where a site has its own closures).
struct ReportFacts {
    let db: Database
    let window: ReportWindow
    let scope: ReportScope
    let zone: TimeZone
    let agencyCalendar: BusinessCalendar
    let siteCalendars: [Int64: BusinessCalendar]

    /// The client condition for the scope, on the client table aliased `c` (ids are integers, so inlined).
    var clientFilter: String {
        switch scope {
        case .agency: return "1"
        case .site(let id): return "c.site_id = \(id)"
        case .caseworker(let id): return "c.caseworker_id = \(id)"
        }
    }

    func calendar(site: Int64?) -> BusinessCalendar { site.flatMap { siteCalendars[$0] } ?? agencyCalendar }

    /// Instants are stored as UTC text (`YYYY-MM-DD HH:MM:SS.SSS`); a local day's bounds in that form
    /// compare as text, so timestamps need no parsing.
    func instantBounds(_ half: ReportWindow.Half) -> (from: String, before: String) {
        let range = window.range(half)
        return (Self.storedInstant(range.lowerBound.startInstant(in: zone)),
                Self.storedInstant(range.upperBound.adding(days: 1).startInstant(in: zone)))
    }

    /// Which stretch a stored instant falls in.
    func half(ofInstant text: String, bounds: [(from: String, before: String)]) -> ReportWindow.Half? {
        if !window.isEmpty && text >= bounds[0].from && text < bounds[0].before { return .current }
        if text >= bounds[1].from && text < bounds[1].before { return .previous }
        return nil
    }

    var bothInstantBounds: [(from: String, before: String)] { [instantBounds(.current), instantBounds(.previous)] }

    /// SQL for the stretch a stored `YYYY-MM-DD` column falls in: 0 current, 1 previous, NULL neither
    /// (as `ReportWindow.half(ofISO:)`). The bounds are dates the window made, so they are inlined.
    func halfOfDay(_ column: String) -> String {
        let (c, p) = (window.current, window.previous)
        let current = window.isEmpty ? "" : "WHEN \(column) BETWEEN '\(c.lowerBound.iso)' AND '\(c.upperBound.iso)' THEN 0 "
        return "CASE \(current)WHEN \(column) BETWEEN '\(p.lowerBound.iso)' AND '\(p.upperBound.iso)' THEN 1 END"
    }

    /// The same for a stored instant column (as `half(ofInstant:bounds:)`).
    func halfOfInstant(_ column: String) -> String {
        let (c, p) = (instantBounds(.current), instantBounds(.previous))
        let current = window.isEmpty ? "" : "WHEN \(column) >= '\(c.from)' AND \(column) < '\(c.before)' THEN 0 "
        return "CASE \(current)WHEN \(column) >= '\(p.from)' AND \(column) < '\(p.before)' THEN 1 END"
    }

    static func storedInstant(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d.000", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// Rows of `sql`, visited one at a time (no array of 100,000 rows).
    func each(_ sql: String, _ arguments: StatementArguments = [], _ body: (Row) throws -> Void) throws {
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try cursor.next() { try body(row) }
    }
}
