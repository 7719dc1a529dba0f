import CaseloadCore
import Dispatch
import Foundation
import GRDB

/// One write of a row, its record numbered but nothing worked out yet.
enum StagedStep: Sendable {
    enum Record: Sendable {
        case client(Client), assessment(Assessment), employer(Employer), employment(Employment), checkpoint(Checkpoint)
    }
    case insert(Record)
    /// `stampsUpdatedAt`: also set updated_at (clients).
    case update(table: String, id: Int64, version: Int, changes: [FieldChange], stampsUpdatedAt: Bool)

    /// The insert's values (id first) and audit JSON, worked out: pure, so any thread may do it.
    func prepared(shapes: [String: InsertShape], dates: DateValues) throws -> PreparedStep {
        switch self {
        case .update(let table, let id, let version, let changes, let stamps):
            return .update(table: table, id: id, version: version, changes: changes, stampsUpdatedAt: stamps)
        case .insert(.client(let r)): return try Self.prepare(r, shapes, dates)
        case .insert(.assessment(let r)): return try Self.prepare(r, shapes, dates)
        case .insert(.employer(let r)): return try Self.prepare(r, shapes, dates)
        case .insert(.employment(let r)): return try Self.prepare(r, shapes, dates)
        case .insert(.checkpoint(let r)): return try Self.prepare(r, shapes, dates)
        }
    }

    private static func prepare<R: ImportInsertable>(_ record: R, _ shapes: [String: InsertShape], _ dates: DateValues) throws -> PreparedStep {
        let table = R.databaseTableName
        let shape = shapes[table]!
        let values: [DatabaseValue]
        if shape.isFast {
            values = record.importValues(dates)
        } else {
            let dictionary = try record.databaseDictionary
            values = shape.columns.map { dictionary[$0] ?? .null }
        }
        let id = record.id!
        return .insert(table: table, values: [id.databaseValue] + values, audit: shape.auditJSON(values, id: id))
    }
}

/// A write ready to queue: values bound as they are, audit JSON written.
enum PreparedStep: Sendable {
    case insert(table: String, values: [DatabaseValue], audit: String)
    case update(table: String, id: Int64, version: Int, changes: [FieldChange], stampsUpdatedAt: Bool)
}

/// A wave of rows being prepared on other threads: set once, waited for once.
final class PreparedWave: @unchecked Sendable {
    private var pieces: [Result<[[PreparedStep]], any Error>] = []
    private let ready = DispatchSemaphore(value: 0)

    func finish(_ pieces: [Result<[[PreparedStep]], any Error>]) {
        self.pieces = pieces
        ready.signal()
    }

    /// Blocks until the wave is prepared. The semaphore orders the write in `finish` before the read here.
    func wait() -> [Result<[[PreparedStep]], any Error>] {
        ready.wait()
        return pieces
    }
}
