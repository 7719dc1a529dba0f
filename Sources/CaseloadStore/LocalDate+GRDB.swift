import CaseloadCore
import GRDB

/// Calendar dates are stored as plain `YYYY-MM-DD` text (never JSON, never a timestamp), so they sort,
/// compare and read correctly in SQL and in the sqlite3 shell.
extension LocalDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { iso.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LocalDate? {
        String.fromDatabaseValue(dbValue).flatMap(LocalDate.init(iso:))
    }
}
