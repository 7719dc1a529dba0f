import GRDB
import GRDBSQLite

/// Rows for one table, inserted many to a statement: at 100,000 rows, one `INSERT … VALUES (…), (…)`
/// per few dozen rows and values bound straight to SQLite cost a fraction of a GRDB execution per row.
/// The caller gives every row its id, so rows can wait in the buffer while others refer to them.
/// Foreign keys are checked at commit (`PRAGMA defer_foreign_keys`, see `ImportWriter`), but a row is
/// still never written before the rows it refers to (`parents`): while any row waits for its parent,
/// SQLite searches every table that refers to the parent table on each parent row it inserts
/// (17 tables refer to clients), which made the clients the slowest rows of an import.
final class BulkInsert {
    let table: String
    let columns: [String]
    /// Below SQLite's oldest limit of 999 bound values per statement, whatever the build.
    let rowsPerStatement: Int
    /// The queued tables this table's rows refer to: their queued rows are written first.
    var parents: [BulkInsert] = []
    private var pending: [DatabaseValue] = []
    /// Prepared statements by the number of rows they insert (full batches, and the flushes' sizes).
    private var statements: [Int: Statement] = [:]
    private var lastID: Int64

    /// - Parameter lastID: the table's largest id so far; new rows count up from it.
    /// - Parameter rowsPerStatement: nil for as many as fit.
    init(table: String, columns: [String], lastID: Int64, rowsPerStatement: Int? = nil) {
        self.table = table; self.columns = columns; self.lastID = lastID
        self.rowsPerStatement = rowsPerStatement ?? max(1, 999 / columns.count)
        pending.reserveCapacity(self.rowsPerStatement * columns.count)
    }

    /// The id for the next row of this table.
    func nextID() -> Int64 {
        lastID += 1
        return lastID
    }

    /// Queues one row (values in `columns` order); a full batch is written at once.
    func append(_ first: DatabaseValue, _ rest: [DatabaseValue], in db: Database) throws {
        precondition(rest.count + 1 == columns.count, "\(table): \(rest.count + 1) values for \(columns.count) columns")
        pending.append(first)
        pending.append(contentsOf: rest)
        try writeIfFull(db)
    }

    /// Queues one row given whole (values in `columns` order).
    func append(_ row: [DatabaseValue], in db: Database) throws {
        precondition(row.count == columns.count, "\(table): \(row.count) values for \(columns.count) columns")
        pending.append(contentsOf: row)
        try writeIfFull(db)
    }

    /// Queues one row that `fill` appends value by value (columns order), with no array of its own:
    /// the import queues an audit row for every record, 300,000 of them for a 100,000-row file.
    func append(in db: Database, _ fill: (inout [DatabaseValue]) -> Void) throws {
        let before = pending.count
        fill(&pending)
        precondition(pending.count - before == columns.count, "\(table): \(pending.count - before) values for \(columns.count) columns")
        try writeIfFull(db)
    }

    private func writeIfFull(_ db: Database) throws {
        if pending.count == rowsPerStatement * columns.count { try writePending(db) }
    }

    /// Writes the rows still queued (and first its parents' queued rows).
    func flush(in db: Database) throws {
        if !pending.isEmpty { try writePending(db) }
    }

    private func writePending(_ db: Database) throws {
        for parent in parents { try parent.flush(in: db) }
        let rows = pending.count / columns.count
        if statements[rows] == nil { statements[rows] = try makeStatement(rows: rows, in: db) }
        try execute(statements[rows]!, values: pending[...], in: db)
        pending.removeAll(keepingCapacity: true)
    }

    private func makeStatement(rows: Int, in db: Database) throws -> Statement {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        let sql = "INSERT INTO \(table.quotedDatabaseIdentifier) (" + columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
            + ") VALUES " + Array(repeating: row, count: rows).joined(separator: ",")
        let statement = try db.makeStatement(sql: sql)
        // Bound below, straight to SQLite: GRDB must not check or clear arguments it has not seen.
        statement.setUncheckedArguments(StatementArguments())
        return statement
    }

    private func execute(_ statement: Statement, values: ArraySlice<DatabaseValue>, in db: Database) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        var index: Int32 = 1
        for value in values {
            let code: Int32
            switch value.storage {
            case .null: code = sqlite3_bind_null(handle, index)
            case .int64(let i): code = sqlite3_bind_int64(handle, index, i)
            case .double(let d): code = sqlite3_bind_double(handle, index, d)
            case .string(let s):
                var s = s
                code = s.withUTF8 { bytes in
                    // An empty buffer may have no address, and a null pointer would bind NULL, not ''.
                    guard let base = bytes.baseAddress, !bytes.isEmpty else { return sqlite3_bind_text(handle, index, "", 0, Self.transient) }
                    return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                        sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Self.transient)
                    }
                }
            case .blob(let data):
                code = data.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), Self.transient) }
            }
            guard code == SQLITE_OK else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
            }
            index += 1
        }
        // Stepped here rather than by GRDB's `execute`, whose bookkeeping (observers, none here) cost
        // more than SQLite's own work for the search index's one-row statements.
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
        }
    }

    /// SQLite copies the bytes before the bind call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
