import CaseloadCore
import Foundation
import GRDB
import GRDBSQLite

/// One fact query stepped with SQLite's C API: columns are read where SQLite keeps them, with no
/// `Row` or `DatabaseValue` in between (300,000 rows go through here for the whole queue). The
/// statement comes from the connection's statement cache, so it is compiled once per connection.
/// Lives inside one `read` block; the statement is reset when the cursor goes away.
struct FactCursor: ~Copyable {
    /// Keeps the cached statement alive while its raw handle is in use.
    private let cached: Statement
    private let statement: OpaquePointer
    private let db: Database
    /// What the query is about, for error messages ("contact attempt").
    let subject: String

    init(_ db: Database, sql: String, arguments: [Int64], subject: String) throws {
        cached = try db.cachedStatement(sql: sql)
        statement = cached.sqliteStatement
        self.db = db; self.subject = subject
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        for (i, value) in arguments.enumerated() { sqlite3_bind_int64(statement, Int32(i + 1), value) }
    }

    deinit { sqlite3_reset(statement) }

    private var errorMessage: String { db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) } ?? "the database is closed" }

    /// Moves to the next row; false after the last one.
    func next() throws -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: throw StoreError.sqlite(code: code, message: errorMessage)
        }
    }

    func isNull(_ i: Int32) -> Bool { sqlite3_column_type(statement, i) == SQLITE_NULL }
    func int64(_ i: Int32) -> Int64 { sqlite3_column_int64(statement, i) }
    func int64OrNil(_ i: Int32) -> Int64? { isNull(i) ? nil : int64(i) }
    func bool(_ i: Int32) -> Bool { int64(i) != 0 }

    /// Text as GRDB reads it (up to the first NUL, invalid UTF-8 repaired).
    func text(_ i: Int32) -> String {
        guard let p = sqlite3_column_text(statement, i) else { return "" }
        return String(cString: p)
    }
    func textOrNil(_ i: Int32) -> String? { isNull(i) ? nil : text(i) }

    /// The column's bytes as SQLite holds them, up to the first NUL as `text` reads them (valid
    /// until the next step).
    func bytes(_ i: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let p = sqlite3_column_text(statement, i) else { return UnsafeBufferPointer(start: nil, count: 0) }
        let n = Int(sqlite3_column_bytes(statement, i))
        let end = memchr(p, 0, n).map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - p } ?? n
        return UnsafeBufferPointer(start: p, count: end)
    }

    /// Two text columns with a separator between them ("Côté, Zoë"), built in one allocation.
    func joined(_ first: Int32, _ separator: StaticString, _ second: Int32) -> String {
        let a = bytes(first), b = bytes(second)
        let gap = UnsafeBufferPointer(start: separator.utf8Start, count: separator.utf8CodeUnitCount)
        return String(unsafeUninitializedCapacity: a.count + gap.count + b.count) { out in
            var k = 0
            func append(_ part: UnsafeBufferPointer<UInt8>) {
                guard let base = part.baseAddress, part.count > 0 else { return }
                (out.baseAddress! + k).initialize(from: base, count: part.count)
                k += part.count
            }
            append(a); append(gap); append(b)
            return k
        }
    }

    /// An enum stored as its raw text; an unknown value is an error that names it.
    func value<E: RawRepresentable>(_ i: Int32, in table: RawValueTable<E>) throws -> E where E.RawValue == String {
        if let value = table.value(bytes(i)) { return value }
        throw StoreError.sqlite(code: -1, message: "unexpected \(E.self) value '\(text(i))' in a follow-up fact (\(subject))")
    }

    // MARK: Dates and instants

    /// A `YYYY-MM-DD` column as a date (nil when NULL or not a date, as SQLite's `julianday` says).
    func day(_ i: Int32) throws -> LocalDate? {
        if isNull(i) { return nil }
        if let date = StoredTime.localDate(bytes(i)) { return date }
        return try slowDay(i)
    }

    /// A stored instant as milliseconds since 1970 (nil when NULL or not a time SQLite can read).
    func epochMilliseconds(_ i: Int32) throws -> Int64? {
        if isNull(i) { return nil }
        if let ms = StoredTime.epochMilliseconds(bytes(i)) { return ms }
        return try slowEpochMilliseconds(i)
    }

    /// A NOT NULL date column; a value SQLite cannot read as a date is an error that names it.
    func requiredDay(_ i: Int32) throws -> LocalDate {
        if let day = try day(i) { return day }
        throw unreadable(i, "date")
    }

    /// A NOT NULL instant column; a value SQLite cannot read as a time is an error that names it.
    func requiredEpochMilliseconds(_ i: Int32) throws -> Int64 {
        if let ms = try epochMilliseconds(i) { return ms }
        throw unreadable(i, "time")
    }

    private func unreadable(_ i: Int32, _ what: String) -> StoreError {
        .sqlite(code: -1, message: "unreadable \(what) '\(textOrNil(i) ?? "NULL")' in a follow-up fact (\(subject))")
    }

    /// Values in another layout than the canonical one: SQLite's own reading of them.
    private func slowDay(_ i: Int32) throws -> LocalDate? {
        try julianday("CAST(julianday(?) - 2440587.5 AS INTEGER)", i).map { LocalDate(dayNumber: Int($0)) }
    }

    private func slowEpochMilliseconds(_ i: Int32) throws -> Int64? {
        try julianday("CAST(round((julianday(?) - 2440587.5) * 86400000.0) AS INTEGER)", i)
    }

    private func julianday(_ expression: String, _ i: Int32) throws -> Int64? {
        let ask = try db.cachedStatement(sql: "SELECT \(expression)").sqliteStatement
        sqlite3_reset(ask)
        defer { sqlite3_reset(ask) }
        sqlite3_bind_value(ask, 1, sqlite3_column_value(statement, i))
        guard sqlite3_step(ask) == SQLITE_ROW, sqlite3_column_type(ask, 0) != SQLITE_NULL else { return nil }
        return sqlite3_column_int64(ask, 0)
    }
}

/// An enum's raw texts as bytes, so a column is matched without building a `String` per row.
struct RawValueTable<E: RawRepresentable & CaseIterable & Sendable>: Sendable where E.RawValue == String {
    private let entries: [([UInt8], E)] = E.allCases.map { (Array($0.rawValue.utf8), $0) }

    func value(_ bytes: UnsafeBufferPointer<UInt8>) -> E? {
        for (raw, value) in entries where raw.count == bytes.count {
            if raw.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, raw.count) == 0 }) { return value }
        }
        return nil
    }
}
