import CaseloadCore
import Foundation
import GRDB

/// Keys of the `setting` table (values are text).
public enum Setting: String, CaseIterable, Sendable {
    /// "1": a holiday on a weekend closes the next weekday (domain.md §4). On by default.
    case observedSubstitutes = "observed_substitutes"
    /// Shown in the title bar; seeded by v3 (no command changes it yet).
    case agencyName = "agency_name"
    /// "1": `caseload demo` filled this file with synthetic people. Only here may `--user` act as
    /// another staff member (tests, the benchmark, trying each role); real data is acted on by login.
    case demoDatabase = "demo_database"
}

extension CaseloadDatabase {
    public func setting(_ key: Setting) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.rawValue]) }
    }

    /// Whether `caseload demo` made this database (see `Setting.demoDatabase`).
    public func isDemoDatabase() throws -> Bool { try setting(.demoDatabase) == "1" }

    /// Whether observed substitute holidays close the office (a missing row means the default, on).
    public func observedSubstitutes() throws -> Bool {
        try setting(.observedSubstitutes).map { $0 == "1" } ?? true
    }

    public func setObservedSubstitutes(_ isOn: Bool, by staff: StaffMember) throws {
        try write { db in
            let actor = try acting(staff, needs: .manageCalendar, in: db)
            try db.storeSetting(.observedSubstitutes, isOn ? "1" : "0", by: actor)
        }
    }
}

extension Database {
    fileprivate func storeSetting(_ key: Setting, _ value: String, by staff: StaffMember) throws {
        let old = try String.fetchOne(self, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.rawValue])
        guard old != value else { return }
        try execute(sql: "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    arguments: [key.rawValue, value])
        try appendAudit(.update, recordType: "setting", recordID: nil,
                        changes: AuditJSON.changes(from: [key.rawValue: old.databaseValue],
                                                   to: [key.rawValue: value.databaseValue], fields: [key.rawValue]),
                        by: staff.id, at: Date())
    }
}
