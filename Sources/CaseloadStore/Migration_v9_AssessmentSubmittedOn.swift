import CaseloadCore
import Foundation
import GRDB

/// v9: the day CaMS says an assessment was submitted is a date, and is stored as one
/// (`assessment.submitted_on`, `YYYY-MM-DD`). Frozen once released.
///
/// Until now the CaMS import turned `ca_submitted_on` into `submitted_at`, the instant of midnight
/// in the importing machine's zone. On a server running in UTC, 2025-03-01 became
/// `2025-03-01 00:00:00.000`, which the agency (America/Toronto) reads as 28 Feb: R-15 fell due a
/// day early on every imported assessment.
///
/// Existing rows are moved when their instant is exactly midnight in UTC or in the agency's zone:
/// nothing in Caseload records a submission at those moments (no screen records one, and a real
/// submission at 19:00/20:00 or 00:00 to the millisecond does not happen), so such a value can only
/// be an imported day, and the day it names is the day of that midnight. Instants that are midnight
/// in some other zone cannot be told from real ones and are left as they are.
enum AssessmentSubmittedOnV9 {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE assessment ADD COLUMN submitted_on TEXT CHECK (date(submitted_on) IS submitted_on);
            DROP INDEX assessment_follow_up;
            CREATE INDEX assessment_follow_up ON assessment(client_id, id DESC, module2_completed_on, submitted_at, submitted_on);
            """)
        let candidates = try Row.fetchAll(db, sql: """
            SELECT id, submitted_at FROM assessment
            WHERE substr(submitted_at, 12) IN ('00:00:00.000', '04:00:00.000', '05:00:00.000')
            """)
        for row in candidates {
            guard let instant = row["submitted_at"] as Date?, let day = importedDay(instant) else { continue }
            try db.execute(sql: "UPDATE assessment SET submitted_on = ?, submitted_at = NULL WHERE id = ?",
                           arguments: [day, row["id"] as Int64])
        }
    }

    /// The day an imported date was turned into, if `instant` is midnight in UTC or in the agency's zone.
    static func importedDay(_ instant: Date) -> LocalDate? {
        for zone in [TimeZone(identifier: "UTC")!, FollowUpEngine.agencyTimeZone] {
            let day = LocalDate(instant, in: zone)
            if day.startInstant(in: zone) == instant { return day }
        }
        return nil
    }
}
