import CaseloadCore
import GRDB
import GRDBSQLite

/// `temp.follow_up_scope`: the ids of a scoped load's clients, for the fact queries after the client
/// query to join (`FactQueries`). A TEMP table, in memory (`temp_store`, set as each connection
/// opens): written on the reading connection, never in the database file, emptied after each load.
enum ScopeTable {
    static func fill(_ db: Database, with clients: [ClientFact]) throws {
        try db.cachedStatement(sql: "CREATE TEMP TABLE IF NOT EXISTS follow_up_scope (id INTEGER PRIMARY KEY)").execute()
        try empty(db)
        // Ascending ids append to the table's b-tree; one bound insert each costs less than running
        // the scope's filter again in an INSERT … SELECT.
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO temp.follow_up_scope (id) VALUES (?)").sqliteStatement
        for id in clients.map(\.id).sorted() {
            sqlite3_reset(insert)
            sqlite3_bind_int64(insert, 1, id)
            let code = sqlite3_step(insert)
            guard code == SQLITE_DONE else {
                sqlite3_reset(insert)
                throw StoreError.sqlite(code: code, message: "could not note the clients of a follow-up queue")
            }
        }
        sqlite3_reset(insert)
    }

    static func empty(_ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM temp.follow_up_scope").execute()
    }
}
