import Foundation

/// The columns a monthly CaMS extract may add to the import's for reconciliation (domain.md §8).
public enum CamsReconcileColumn: String, CaseIterable, Sendable {
    case clientStatus = "client_status", eapStatus = "eap_status", eapClosedOn = "eap_closed_on"
    case checkpoint1m = "checkpoint_1m", checkpoint3m = "checkpoint_3m", checkpoint6m = "checkpoint_6m", checkpoint12m = "checkpoint_12m"

    /// The checkpoint month a `checkpoint_Nm` column holds, nil for the others.
    public var checkpointMonth: Int? {
        switch self {
        case .checkpoint1m: 1
        case .checkpoint3m: 3
        case .checkpoint6m: 6
        case .checkpoint12m: 12
        default: nil
        }
    }
}

/// One row of a reconciliation extract: the import's columns, and the reconciliation's own.
public struct CamsReconcileRow: Hashable, Sendable {
    public var base: CamsExtractRow
    public var clientStatus: ClientStatus?
    public var eapStatus: PlanStatus?
    public var eapClosedOn: LocalDate?
    /// Checkpoint month → the day CaMS has it recorded on.
    public var checkpoints: [Int: LocalDate] = [:]
}

/// Reads a monthly CaMS extract for reconciliation with the import's reader and row checks; unlike
/// the import, a column it does not know is ignored with a note instead of refusing the file.
public enum CamsReconcileParser {
    public struct Result: Sendable {
        public var rows: [CamsReconcileRow] = []
        public var problems: [ImportProblem] = []
        /// Header names neither the import nor the reconciliation knows (ignored).
        public var ignoredColumns: [String] = []
        /// References of rows left out for a problem: CaMS has them, so they are not "missing from CaMS".
        public var rejectedReferences: Set<String> = []
        public var isFileUnusable = false
    }

    public static func parse(_ bytes: [UInt8]) -> Result {
        var result = Result()
        var reader = CSVReader(bytes: bytes)
        guard let header = reader.next() else {
            let base = CamsExtractParser.parse(bytes)   // says why, in the import's words (empty, binary, encoding)
            result.problems = base.problems
            result.isFileUnusable = true
            return result
        }
        var importColumns: [CamsColumn?] = [], extraColumns: [CamsReconcileColumn?] = []
        for name in header.fields {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            importColumns.append(CamsColumn(rawValue: key))
            extraColumns.append(CamsReconcileColumn(rawValue: key))
            if CamsColumn(rawValue: key) == nil && CamsReconcileColumn(rawValue: key) == nil { result.ignoredColumns.append(name) }
        }
        guard importColumns.contains(.camsReference) else {
            result.problems.append(ImportProblem(line: header.line, column: nil, reason: "the header has no cams_reference column, which keys every row"))
            result.isFileUnusable = true
            return result
        }
        let (start, line) = reader.position
        let chunk = CSVChunks.Chunk(range: start..<bytes.count, line: line)
        let outcome = CamsExtractParser.parseChunk(bytes, chunk, columns: importColumns)
        // The reconciliation's own cells, read by the same reader over the same records.
        var extras: [Int: [CamsReconcileColumn: String]] = [:]
        var again = CSVReader(bytes: bytes, range: chunk.range, line: chunk.line)
        while let record = again.next() {
            guard record.fields.count == extraColumns.count else { continue }
            for (c, v) in zip(extraColumns, record.fields) {
                let t = v.trimmingCharacters(in: .whitespacesAndNewlines)
                if let c, !t.isEmpty { extras[record.line, default: [:]][c] = t }
            }
        }
        var firstLine: [String: Int] = [:]
        for record in outcome.records {
            var problems = record.problems
            if let base = record.row {
                if let first = firstLine[base.camsReference] {
                    problems.append(ImportProblem(line: record.line, column: CamsColumn.camsReference.rawValue, reason: "\(base.camsReference) already appears on line \(first)"))
                } else {
                    firstLine[base.camsReference] = record.line
                }
                let row = reconcileRow(base, cells: extras[record.line] ?? [:], problems: &problems)
                if problems.isEmpty { result.rows.append(row) } else { result.rejectedReferences.insert(base.camsReference) }
            }
            result.problems += problems
        }
        if let failure = outcome.failure {
            let text = failure.description
            let reason = text.hasPrefix("line ") ? String(text.drop(while: { $0 != ":" }).dropFirst(2)) : text
            result.problems.append(ImportProblem(line: failure.line, column: nil, reason: reason))
            result.isFileUnusable = true
        }
        return result
    }

    private static func reconcileRow(_ base: CamsExtractRow, cells: [CamsReconcileColumn: String], problems: inout [ImportProblem]) -> CamsReconcileRow {
        var row = CamsReconcileRow(base: base)
        func problem(_ c: CamsReconcileColumn, _ reason: String) { problems.append(ImportProblem(line: base.line, column: c.rawValue, reason: reason)) }
        func date(_ c: CamsReconcileColumn) -> LocalDate? {
            guard let v = cells[c] else { return nil }
            guard let d = LocalDate(iso: v) else { problem(c, "'\(v)' is not a date: use YYYY-MM-DD with a real day (e.g. 2025-12-24)"); return nil }
            return d
        }
        if let v = cells[.clientStatus] {
            row.clientStatus = ClientStatus.allCases.first { $0.rawValue.lowercased() == v.lowercased() }
            if row.clientStatus == nil { problem(.clientStatus, "'\(v)' is not one of " + ClientStatus.allCases.map(\.rawValue).joined(separator: ", ")) }
        }
        if let v = cells[.eapStatus] {
            row.eapStatus = PlanStatus.allCases.first { $0.rawValue.lowercased() == v.lowercased() }
            if row.eapStatus == nil { problem(.eapStatus, "'\(v)' is not one of " + PlanStatus.allCases.map(\.rawValue).joined(separator: ", ")) }
        }
        row.eapClosedOn = date(.eapClosedOn)
        for c in CamsReconcileColumn.allCases { if let month = c.checkpointMonth, let d = date(c) { row.checkpoints[month] = d } }
        return row
    }
}
