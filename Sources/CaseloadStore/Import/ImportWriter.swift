import CaseloadCore
import Foundation
import GRDB

/// Writes checked rows inside the import's one transaction, each change with its audit row. New
/// records get their ids here (each table counts up from its largest id: the import holds the write
/// lock) and are inserted many to a statement (`BulkInsert`); audit JSON is built without
/// Foundation. At 100,000 rows these matter more than anything else but SQLite's own work.
/// Call `finish()` once after the last row: queued rows are written then.
struct ImportWriter {
    let db: Database
    let actor: StaffMember
    let now: Date
    /// Employers by `ImportLookup.employerKey`, including the ones this import creates.
    var employerIDs: [String: Int64]

    /// Shown where the extract has no job title (employment requires one); staff edit it later.
    static let missingJobTitle = "(job title not in CaMS extract)"

    private let at: DatabaseValue
    private let actorID: DatabaseValue
    /// Formatted instants: the shape check's, and every assessment day met, handed to each piece
    /// of preparation (a `DateFormatter` call costs more than the row's insert).
    private let dates = DateValues()
    private var insertShapes: [String: InsertShape] = [:]
    private var tables: [String: BulkInsert] = [:]
    private let audits: BulkInsert
    /// Who ran the import, on every audit row (v8).
    private let login: DatabaseValue
    /// New clients' search index entries (the import defers the index's trigger), written last.
    private var searchRows: [(id: Int64, row: ClientSearchRow)] = []

    init(db: Database, actor: StaffMember, now: Date, employerIDs: [String: Int64]) throws {
        self.db = db; self.actor = actor; self.now = now; self.employerIDs = employerIDs
        at = dates(now)
        actorID = actor.id.databaseValue
        login = ProcessLogin.name.databaseValue
        typealias A = AuditEntry.Columns
        audits = BulkInsert(table: AuditEntry.databaseTableName, columns: [A.at, A.staffID, A.action, A.recordType, A.recordID, A.changes, A.login].map(\.rawValue),
                            lastID: 0)
        // A queued row may refer to one still queued in another table; SQLite checks them all at commit.
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
    }

    /// Writes every row still queued, then the new clients' search index entries (`indexing` is
    /// called in between, for a progress bar). The transaction's commit checks the foreign keys.
    func finish(indexing: () -> Void = {}) throws {
        for table in [Client.databaseTableName, Employer.databaseTableName, Assessment.databaseTableName,
                      Employment.databaseTableName, Checkpoint.databaseTableName] {
            try tables[table]?.flush(in: db)
        }
        try audits.flush(in: db)
        indexing()
        // Last, and one row to a statement: once the index is part of the transaction, every
        // statement SQLite may have to undo halfway (a multi-row insert) makes FTS5 write its
        // pending terms out as a new segment, thousands of them for a large file.
        let index = BulkInsert(table: "client_fts", columns: ["rowid", "name", "cams", "phone", "cjk"], lastID: 0, rowsPerStatement: 1)
        for (id, row) in searchRows {
            try index.append(id.databaseValue, [row.name.databaseValue, row.cams.databaseValue, row.phone.databaseValue,
                                                row.cjk.databaseValue], in: db)
        }
    }

    /// Writes every changing row, in order, with progress (rows written). Three passes: ids and
    /// records in row order (cheap, and employers must be numbered in order); column values and
    /// audit JSON on every core; then the queueing and updates, in row order again, so the audit
    /// rows keep the order a row-by-row write gives them. A wave of pieces at a time, so the
    /// prepared rows of a large file never all sit in memory at once, and the next wave is
    /// prepared on the other cores while SQLite writes this one.
    mutating func write(_ plans: [RowPlan], rowsPerPiece: Int = rowsPerPiece, piecesPerWave: Int = ParallelChunks.defaultCount,
                        progress: (Int) -> Void) throws {
        let waves = ParallelChunks.ranges(plans.count, size: rowsPerPiece * piecesPerWave)
        guard !waves.isEmpty else { return }
        var done = 0
        var next = try prepare(plans[waves[0]], rowsPerPiece: rowsPerPiece)
        for w in waves.indices {
            let current = next
            if w + 1 < waves.count { next = try prepare(plans[waves[w + 1]], rowsPerPiece: rowsPerPiece) }
            for piece in current.wait() {
                for steps in try piece.get() {
                    for step in steps { try apply(step) }
                    done += 1
                    if done % CaseloadDatabase.progressStride == 0 || done == plans.count { progress(done) }
                }
            }
        }
    }

    /// Numbers a wave's records here, in row order, and starts working out their values and audit
    /// JSON on other threads; `wait()` gives them, by piece.
    private mutating func prepare(_ plans: ArraySlice<RowPlan>, rowsPerPiece: Int) throws -> PreparedWave {
        let staged = try plans.map { try stage($0) }
        let shapes = insertShapes, known = dates.known
        let pieces = ParallelChunks.ranges(staged.count, size: rowsPerPiece)
        let wave = PreparedWave()
        DispatchQueue.global().async {
            wave.finish(ParallelChunks.map(pieces.count) { i in
                let dates = DateValues(known: known)
                return Result { try staged[pieces[i]].map { steps in try steps.map { try $0.prepared(shapes: shapes, dates: dates) } } }
            })
        }
        return wave
    }

    /// Rows prepared per piece of work.
    static let rowsPerPiece = 1_000

    /// One row's writes in order, new records numbered.
    private mutating func stage(_ plan: RowPlan) throws -> [StagedStep] {
        var steps: [StagedStep] = []
        var client = plan.client
        switch plan.outcome {
        case .unchanged: return []
        case .created:
            try number(&client)
            steps.append(.insert(.client(client)))
            if let row = plan.searchRow { searchRows.append((client.id!, row)) }
        case .updated:
            if !plan.clientChanges.isEmpty {
                steps.append(.update(table: Client.databaseTableName, id: client.id!, version: client.version,
                                     changes: plan.clientChanges, stampsUpdatedAt: true))
            }
        }
        let clientID = client.id!
        switch plan.assessment {
        case nil: break
        case .insert(let submittedOn)?:
            var assessment = Assessment(clientID: clientID, submittedOn: submittedOn)
            try number(&assessment)
            steps.append(.insert(.assessment(assessment)))
        case .update(let stored, let submittedOn)?:
            // The CaMS day replaces any instant: an old import's midnight was never a real time.
            var changes = [FieldChange(column: Assessment.Columns.submittedOn.rawValue,
                                       old: stored.submittedOn.databaseValue, new: submittedOn.databaseValue)]
            if stored.submittedAt != nil {
                changes.append(FieldChange(column: Assessment.Columns.submittedAt.rawValue,
                                           old: stored.submittedAt.databaseValue, new: .null))
            }
            steps.append(.update(table: Assessment.databaseTableName, id: stored.id!, version: stored.version,
                                 changes: changes, stampsUpdatedAt: false))
        }
        if let job = plan.job {
            var employment = Employment(clientID: clientID, employerID: try employerID(named: job.employerName, steps: &steps),
                                        jobTitle: job.jobTitle ?? Self.missingJobTitle, startDate: job.startDate,
                                        hoursPerWeek: job.hoursPerWeek, isNewEmployer: job.isNewEmployer,
                                        isPBFEligible: plan.jobIsPBFEligible)
            try number(&employment)
            steps.append(.insert(.employment(employment)))
            for var checkpoint in Checkpoints.make(employmentID: employment.id!, startingOn: job.startDate) {
                try number(&checkpoint)
                steps.append(.insert(.checkpoint(checkpoint)))
            }
        }
        return steps
    }

    /// The employer with this name (ignoring case), created on first use.
    private mutating func employerID(named name: String, steps: inout [StagedStep]) throws -> Int64 {
        let key = ImportLookup.employerKey(name)
        if let id = employerIDs[key] { return id }
        var employer = Employer(name: name.trimmingCharacters(in: .whitespacesAndNewlines))
        try number(&employer)
        steps.append(.insert(.employer(employer)))
        employerIDs[key] = employer.id!
        return employer.id!
    }

    /// Gives the record the next id of its table (worked out on the table's first record, with
    /// how its rows are inserted and audited).
    private mutating func number<R: ImportInsertable>(_ record: inout R) throws {
        let table = R.databaseTableName
        let rows: BulkInsert
        if let known = tables[table] {
            rows = known
        } else {
            let shape = try InsertShape(record, dates: dates)
            insertShapes[table] = shape
            let lastID = try Int64.fetchOne(db, sql: "SELECT ifnull(max(id), 0) FROM \(table.quotedDatabaseIdentifier)") ?? 0
            rows = BulkInsert(table: table, columns: ["id"] + shape.columns, lastID: lastID)
            tables[table] = rows
            for (child, parents) in Self.parentTables { tables[child]?.parents = parents.compactMap { tables[$0] } }
        }
        record.id = rows.nextID()
    }

    /// The tables whose queued rows each table's rows refer to (see `BulkInsert.parents`).
    static let parentTables = [
        Assessment.databaseTableName: [Client.databaseTableName],
        Employment.databaseTableName: [Client.databaseTableName, Employer.databaseTableName],
        Checkpoint.databaseTableName: [Employment.databaseTableName],
    ]

    /// Queues an insert and its audit row (every column's value, as `insertAudited` does), or runs an update.
    private func apply(_ step: PreparedStep) throws {
        switch step {
        case .insert(let table, let values, let changes):
            try tables[table]!.append(values, in: db)
            try audit(.insert, table: table, id: values[0], changes: changes)
        case .update(let table, let id, let version, let changes, let stampsUpdatedAt):
            try update(table, id: id, version: version, changes: changes,
                       bookkeeping: stampsUpdatedAt ? [(Client.Columns.updatedAt.rawValue, at)] : [])
        }
    }

    /// `UPDATE … SET <changed>, version = version + 1 WHERE id = ? AND version = ?`, audited with the
    /// changed fields only. `bookkeeping` columns (updated_at) are set but not audited: the audit
    /// row's own time says when.
    private func update(_ table: String, id: Int64, version: Int, changes: [FieldChange],
                        bookkeeping: [(String, DatabaseValue)] = []) throws {
        let assignments = changes.map { "\($0.column.quotedDatabaseIdentifier) = ?" }
            + bookkeeping.map { "\($0.0.quotedDatabaseIdentifier) = ?" } + ["version = version + 1"]
        let sql = "UPDATE \(table.quotedDatabaseIdentifier) SET \(assignments.joined(separator: ", ")) WHERE id = ? AND version = ?"
        var arguments = StatementArguments(changes.map(\.new) + bookkeeping.map(\.1))
        arguments += [id, version]
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
        guard db.changesCount == 1 else {
            // Cannot happen inside the import's own transaction; refuse rather than write blind.
            let found = try Int.fetchOne(db, sql: "SELECT version FROM \(table.quotedDatabaseIdentifier) WHERE id = ?", arguments: [id])
            throw StoreError.staleVersion(recordType: table, id: id, expected: version, found: found ?? -1,
                                          changedBy: nil, changedAt: nil)
        }
        try audit(.update, table: table, id: id.databaseValue,
                  changes: FastAuditJSON.changes(changes.map { ($0.column, $0.old, $0.new) }))
    }

    /// Queued like the records: the audit table numbers its own rows, in the order written.
    private func audit(_ action: AuditAction, table: String, id: DatabaseValue, changes: String) throws {
        try audits.append(in: db) { row in
            row.append(at); row.append(actorID); row.append(action.rawValue.databaseValue); row.append(table.databaseValue)
            row.append(id); row.append(changes.databaseValue); row.append(login)
        }
    }
}

/// How one table's rows are inserted and audited, worked out on its first row.
struct InsertShape: Sendable {
    /// True when the record's `importColumns` give exactly what `databaseDictionary` gives.
    let isFast: Bool
    let columns: [String]
    /// The audit JSON's keys (id included) in sorted order, each already written as `"key":`,
    /// with the index of its value (nil for the id).
    let auditKeys: [(prefix: String, index: Int?)]

    init<R: ImportInsertable>(_ record: R, dates: DateValues) throws {
        var dictionary = try record.databaseDictionary
        dictionary.removeValue(forKey: "id")
        let fastValues = record.importValues(dates)
        isFast = R.importColumns.count == dictionary.count
            && zip(R.importColumns, fastValues).allSatisfy { dictionary[$0.0] == $0.1 }
        columns = isFast ? R.importColumns : dictionary.keys.sorted()
        let indices = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
        auditKeys = (columns + ["id"]).sorted().map { key in
            var prefix = ""
            FastAuditJSON.appendString(key, to: &prefix)
            return (prefix + ":", indices[key])
        }
    }

    /// As `AuditJSON.values` writes it: sorted keys, empty (NULL) columns left out.
    func auditJSON(_ values: [DatabaseValue], id: Int64) -> String {
        var out = "{"
        for key in auditKeys {
            let value = key.index.map { values[$0] } ?? id.databaseValue
            if value.isNull { continue }
            if out.utf8.count > 1 { out += "," }
            out += key.prefix
            FastAuditJSON.appendValue(value, to: &out)
        }
        return out + "}"
    }
}
