import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// `BulkInsert.parents`: a child row is never written before the rows it refers to, so SQLite's
/// deferred foreign key counter stays at zero through an import (see `BulkInsert`). Checked with
/// immediate foreign keys, which refuse a child row the moment its parent is missing.
@Suite struct BulkInsertOrderTests {
    /// Parents two to a statement and children three to a statement, each child naming the parent
    /// queued just before it: unordered, the first child batch goes in while its parent still waits.
    func write(wired: Bool) throws {
        let f = try Fixture()
        try f.db.pool.write { db in
            try db.execute(sql: """
                CREATE TEMP TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                CREATE TEMP TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id));
                """)
            #expect(try Int.fetchOne(db, sql: "PRAGMA defer_foreign_keys") == 0)
            let parents = BulkInsert(table: "parent", columns: ["id", "name"], lastID: 0, rowsPerStatement: 5)
            let children = BulkInsert(table: "child", columns: ["id", "parent_id"], lastID: 0, rowsPerStatement: 3)
            if wired { children.parents = [parents] }
            for _ in 0..<20 {
                let parent = parents.nextID()
                try parents.append(parent.databaseValue, ["P\(parent)".databaseValue], in: db)
                try children.append(children.nextID().databaseValue, [parent.databaseValue], in: db)
            }
            try parents.flush(in: db)
            try children.flush(in: db)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM child JOIN parent ON parent.id = child.parent_id") == 20)
        }
    }

    @Test func childrenWaitForTheirQueuedParents() throws {
        try write(wired: true)
    }

    @Test func withoutParentsAChildBatchWouldGoInFirst() {
        #expect(throws: DatabaseError.self) { try write(wired: false) }
    }
}
