import CaseloadCore
import Foundation
import GRDB

/// What to do when some rows of an extract have problems.
public enum ImportMode: Sendable {
    /// Any problem means nothing is written (the default: a half-imported extract is hard to audit).
    case allOrNothing
    /// Valid rows are written; rows with problems are listed and left out whole.
    case skipInvalid
}

/// How far an import has got, for a progress bar. Rows are checked first, then written, then the
/// new clients are added to the search index in one pass.
public struct ImportProgress: Sendable, Equatable {
    public enum Phase: String, Sendable { case checking = "Checking", writing = "Writing", indexing = "Indexing" }
    public var phase: Phase
    public var done: Int
    public var total: Int
}

/// The outcome of importing one extract. Counts are of data rows; in a dry run, or when
/// all-or-nothing found problems, they say what *would* have happened (`wasWritten` is false).
public struct ImportReport: Sendable, Equatable {
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    /// Rows left out because of problems.
    public var rejected = 0
    /// Imported rows whose client is a social-assistance referral without the SA caseworker's name
    /// (a follow-up "record the SA caseworker" is raised for each).
    public var missingSACaseworker = 0
    /// Imported rows whose client is under 18 without the attestation (a follow-up asks for it, R-16).
    public var missingAttestation = 0
    /// Every problem, by line: `line 7: date_of_birth: …`.
    public var problems: [ImportProblem] = []
    /// The file as a whole is unusable (empty, binary, bad header): no mode imports anything from it.
    public var isFileUnusable = false
    /// Whether the changes were committed.
    public var wasWritten = false
    /// New rows that strongly match a client (issue #19), by line: held back, or created anyway with a reason.
    public var duplicates: [ImportDuplicate] = []
    /// Rows left out as likely duplicates of a client (not counted as created or rejected).
    public var heldBack: Int { duplicates.filter { !$0.wasCreated }.count }

    public var rowCount: Int { created + updated + unchanged + rejected + heldBack }
}

extension CaseloadDatabase {
    /// Imports a CaMS client extract, keyed by CaMS reference number, in one transaction.
    ///
    /// - A new reference creates a client (legacy flag set; status Referred when the row names a
    ///   referral but neither an assessment submission nor a job, Active otherwise).
    /// - A known reference updates only the fields whose cells differ; an empty cell never clears a
    ///   value. A Referred client whose row now shows an assessment or a job becomes Active.
    /// - `ca_submitted_on` records the common assessment as submitted that day; employment columns
    ///   record the job and its four checkpoints unless the same employer and start date exist.
    /// - Each row is checked with the intake rules (`IntakeValidator`); problems the stored record
    ///   already had are not blamed on the row. Unknown caseworkers and sites are row problems.
    /// - A missing SA caseworker name or under-18 attestation is not a problem (`IntakeGap`): the
    ///   row is imported, counted in the report, and the follow-up queue asks for the fact.
    /// - Identical rows write nothing, not even audit rows: re-importing a file is a no-op.
    ///
    /// - A new row that strongly matches a client (the intake's rule, `ExactDuplicate.match`) or an
    ///   earlier new row of the file is held back and listed (`duplicates`), unless `duplicates` is
    ///   `.create(reason:)`: then it is created and the reason kept, as the intake's "create anyway" does.
    ///
    /// Every write is audited as `staff` in the same transaction.
    /// - Throws: `notPermitted` (front desk), `StoreError` for database failures (nothing written).
    public func importCamsExtract(bytes: [UInt8], mode: ImportMode = .allOrNothing, dryRun: Bool = false,
                                  duplicates policy: ImportDuplicatePolicy = .holdBack, by staff: StaffMember, today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone),
                                  progress: (ImportProgress) -> Void = { _ in }) throws -> ImportReport {
        try importCamsExtract(bytes: bytes, mode: mode, dryRun: dryRun, duplicates: policy, by: staff, today: today,
                              rowsPerCheckedPart: Self.rowsPerCheckedPart, progress: progress)
    }

    /// The same, with the size of the parts checked while the one before is written (tests use small ones).
    func importCamsExtract(bytes: [UInt8], mode: ImportMode, dryRun: Bool, duplicates policy: ImportDuplicatePolicy,
                           by staff: StaffMember, today: LocalDate, rowsPerCheckedPart: Int,
                           progress: (ImportProgress) -> Void) throws -> ImportReport {
        if case .create(let reason) = policy {
            if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw StoreError.invalid([.init(field: "duplicateReason", message: "Say why the rows that match existing clients are different people: the reason is kept.")])
            }
            if let p = UnsafeCharacters.problem(in: reason, field: "The reason") { throw StoreError.invalid([.init(field: "duplicateReason", message: p)]) }
        }
        let parsed = CamsExtractParser.parse(bytes)
        var report = ImportReport()
        report.problems = parsed.problems
        report.isFileUnusable = parsed.isFileUnusable
        report.rejected = parsed.rejectedLines.count
        if parsed.isFileUnusable {
            report.rejected = 0
            _ = try read { db in try acting(staff, needs: .importClients, in: db) }
            return report
        }

        let work = { (db: Database) throws -> ImportReport in
            let actor = try self.acting(staff, needs: .importClients, in: db)
            let now = Date()
            let lookup = try ImportLookup.load(db, references: parsed.rows.map(\.camsReference))
            // Read before anything is written: the file's own new rows are matched as earlier rows.
            var duplicateCheck = try ImportDuplicateCheck.load(db, birthDates: parsed.rows.compactMap(\.dateOfBirth))
            var checking = ImportChecking(report)
            let total = parsed.rows.count
            /// Writes what `body` writes with the writer, then the search index, then the report.
            func writeRows(_ body: (inout ImportWriter) throws -> Void) throws -> ImportReport {
                var writer = try ImportWriter(db: db, actor: actor, now: now, employerIDs: lookup.employerIDs)
                try db.withImportCache {
                    try db.deferringClientSearchIndex {
                        try body(&writer)
                        try writer.finish(indexing: { progress(.init(phase: .indexing, done: 0, total: checking.report.created)) })
                    }
                }
                return try self.finishImport(db, checking.finished, changing: checking.changing, policy: policy, actor: actor, now: now,
                                             progress: progress)
            }

            guard mode == .skipInvalid && !dryRun else {
                // All or nothing, or a dry run: every row is checked before any is written.
                let planned = ImportPlanner.planAll(parsed.rows, lookup: lookup, actor: actor, today: today, now: now) {
                    progress(.init(phase: .checking, done: $0, total: total))
                }
                let changing = checking.take(planned, duplicates: &duplicateCheck, policy: policy)
                let report = checking.finished
                if dryRun || !report.problems.isEmpty { return report }
                return try writeRows { try $0.write(changing) { progress(.init(phase: .writing, done: $0, total: changing.count)) } }
            }

            // Skipping invalid rows: each part of the file is written while the next is checked, on
            // the cores SQLite's single writer leaves idle (a tenth of a large import's time).
            let planner: @Sendable ([CamsExtractRow]) -> [Result<RowPlan, RowProblems>] = { rows in
                ImportPlanner.planAll(rows, lookup: lookup, actor: actor, today: today, now: now) { _ in }
            }
            return try writeRows { writer in
                try ImportChecking.planParts(parsed.rows, size: rowsPerCheckedPart, planner: planner) { planned, done in
                    if done <= rowsPerCheckedPart { progress(.init(phase: .checking, done: done, total: total)) }
                    try writer.write(checking.take(planned, duplicates: &duplicateCheck, policy: policy)) { _ in }
                    progress(.init(phase: .writing, done: done, total: total))
                }
            }
        }
        return dryRun ? try read(work) : try write(work)
    }

    /// After the rows are written: the duplicates' reasons kept, the last progress, the report.
    private func finishImport(_ db: Database, _ report: ImportReport, changing: [RowPlan], policy: ImportDuplicatePolicy,
                              actor: StaffMember, now: Date, progress: (ImportProgress) -> Void) throws -> ImportReport {
        progress(.init(phase: .indexing, done: report.created, total: report.created))
        if case .create(let reason) = policy, !report.duplicates.isEmpty {
            try db.keepImportedDuplicateReasons(report.duplicates, plans: changing, reason: reason.trimmingCharacters(in: .whitespacesAndNewlines),
                                                by: actor, at: now)
        }
        var written = report
        written.wasWritten = true
        return written
    }

    /// Rows checked per part when each part is written while the next is checked.
    static let rowsPerCheckedPart = 8_000

    /// Progress is reported every this many rows: often enough for a smooth bar, rarely enough to cost nothing.
    static let progressStride = 500
    /// SQLite's page cache for the import's transaction, in KiB (negative: a size, not a page count).
    static let importCacheSize = -262_144
}

extension Database {
    /// Runs `body` with a large page cache: a large extract touches every page of several indexes
    /// in random order (names, FTS), and with SQLite's default 2 MB cache the transaction spills to
    /// disk again and again.
    func withImportCache<T>(_ body: () throws -> T) throws -> T {
        let cacheSize = try Int.fetchOne(self, sql: "PRAGMA cache_size") ?? -2000
        try execute(sql: "PRAGMA cache_size = \(CaseloadDatabase.importCacheSize)")
        defer { try? execute(sql: "PRAGMA cache_size = \(cacheSize)") }
        return try body()
    }
}

/// A row's problems, so the planner can return `Result<RowPlan, RowProblems>`.
struct RowProblems: Error, Sendable {
    var list: [ImportProblem]
}

extension Array where Element == ImportProblem {
    /// By line, keeping the order found within a line (the parser's column order, then the intake's form order).
    func sortedByLine() -> [ImportProblem] {
        enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
