import Foundation
import GRDB

/// Which schema a database file has, read without migrating it and never creating one:
/// for `caseload --version --db FILE` and support questions.
public struct SchemaVersion: Sendable, Equatable {
    /// The migrations applied to the file, in order.
    public let applied: [String]
    /// The migrations this caseload knows, in order.
    public let known: [String]

    /// The file's latest migration, e.g. `v6-client-search-triggers`; nil for an empty file.
    public var current: String? { applied.last }
    /// Migrations the file has that this caseload does not know (a newer caseload wrote it).
    public var unknown: [String] { applied.filter { !known.contains($0) } }
    /// Migrations this caseload will apply when it next opens the file.
    public var pending: [String] { known.filter { !applied.contains($0) } }

    /// The migrations this caseload knows, in order: its schema.
    public static var known: [String] { CaseloadMigrations.migrator.migrations }

    /// One line for people.
    public var summary: String {
        guard let current else { return "no schema yet (an empty file; caseload sets it up when it first opens it)" }
        if !unknown.isEmpty { return "\(current), newer than this caseload (it does not know \(unknown.joined(separator: ", ")))" }
        if !pending.isEmpty { return "\(current) (\(pending.count) newer migration\(pending.count == 1 ? "" : "s") applied when this caseload next opens it)" }
        return "\(current) (up to date)"
    }

    /// - Throws: `StoreError`: `notADatabase`/`foreignDatabase` for other files, `notWritable` when
    ///   there is no such file (none is created).
    public static func of(fileAt path: String) throws -> SchemaVersion {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError.notWritable(path: path, reason: "no such file")
        }
        try DatabaseFile.checkHeader(path: path)
        let known = Self.known
        do {
            // A plain connection, as `open`'s probe: only reads; the last one out tidies SQLite's files.
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            return try queue.read { db in
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_schema WHERE type = 'table'") ?? 0
                guard try db.tableExists("grdb_migrations") else {
                    if tables > 0 { throw StoreError.foreignDatabase(path: path) }
                    return SchemaVersion(applied: [], known: known)
                }
                let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                // In the order this caseload applies them; unknown (newer) ones last.
                let ordered = known.filter(applied.contains) + applied.filter { !known.contains($0) }.sorted()
                return SchemaVersion(applied: ordered, known: known)
            }
        } catch {
            throw StoreError(opening: path, error)
        }
    }
}
