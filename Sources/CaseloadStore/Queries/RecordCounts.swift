import GRDB

/// How many rows each kind of record has, for `caseload check` style summaries and the benchmark.
public enum CountedRecord: String, CaseIterable, Sendable {
    case client, appointment, caseNote = "case_note", employment, checkpoint
}

extension CaseloadDatabase {
    public func count(_ record: CountedRecord) throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(record.rawValue)") ?? 0 }
    }
}
