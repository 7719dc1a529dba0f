import CaseloadCore
import GRDB
import GRDBSQLite

/// `temp.follow_up_scope`: the ids of a scoped load's clients (and whether social assistance referred
/// them), for the fact queries after the client query to join (`FactQueries`). A TEMP table, in memory (`temp_store`, set as each connection
/// opens): written on the reading connection, never in the database file, emptied after each load.
/// Filled by SQL with the client query's own conditions, so a second connection reading other facts
/// of the same load (on the same commit) needs nothing from the first.
enum ScopeTable {
    /// Runs `body` with the table holding the clients of a scoped load (no table for the whole list).
    static func with(_ db: Database, _ queries: FactQueries, _ body: () throws -> Void) throws {
        if queries.isEveryone { return try body() }
        try db.cachedStatement(sql: """
            CREATE TEMP TABLE IF NOT EXISTS follow_up_scope (id INTEGER PRIMARY KEY, referred_by_sa INTEGER NOT NULL)
            """).execute()
        try empty(db)
        defer { try? empty(db) }
        let fill = queries.fillScope
        try db.cachedStatement(sql: fill.sql).execute(arguments: StatementArguments(fill.arguments))
        try body()
    }

    private static func empty(_ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM temp.follow_up_scope").execute()
    }
}
