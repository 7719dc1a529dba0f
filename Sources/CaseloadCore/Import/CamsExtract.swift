import Foundation

/// The columns a CaMS client extract may carry, in any order. Only `cams_reference` is required.
/// The SA caseworker columns and `under18_attestation` (yes/no) carry what intake requires; a row
/// without them is still imported, and a follow-up asks for the missing fact (`IntakeGap`).
/// `job_title` is optional (employment needs one, so a placeholder title is used when it is absent).
public enum CamsColumn: String, CaseIterable, Sendable {
    case camsReference = "cams_reference", firstName = "first_name", lastName = "last_name",
         preferredName = "preferred_name", dateOfBirth = "date_of_birth", phone, email, address,
         preferredLanguage = "preferred_language", referralSource = "referral_source",
         referralReceivedOn = "referral_received_on", saCaseworkerName = "sa_caseworker_name",
         saCaseworkerContact = "sa_caseworker_contact", caSubmittedOn = "ca_submitted_on",
         clientStream = "client_stream", caseworker, site,
         employmentStartDate = "employment_start_date", employerName = "employer_name",
         hoursPerWeek = "hours_per_week", newEmployer = "new_employer", jobTitle = "job_title",
         under18Attestation = "under18_attestation"
}

extension CamsColumn {
    /// `FieldLimits` of the free-text columns; nil for the columns with a format of their own
    /// (reference, dates, numbers, yes/no, referral source).
    public var maximumLength: Int? {
        switch self {
        case .firstName, .lastName, .preferredName: FieldLimits.name
        case .phone: FieldLimits.phone
        case .email: FieldLimits.email
        case .address: FieldLimits.address
        case .preferredLanguage: FieldLimits.preferredLanguage
        case .saCaseworkerName: FieldLimits.saCaseworkerName
        case .saCaseworkerContact: FieldLimits.saCaseworkerContact
        case .clientStream: FieldLimits.clientStream
        case .caseworker: FieldLimits.staffUsername
        case .site: FieldLimits.siteName
        case .employerName: FieldLimits.employerName
        case .jobTitle: FieldLimits.jobTitle
        default: nil
        }
    }
}

/// One problem with an extract, told the way the SOP's auditors read it: `line 7: date_of_birth: …`.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: String?
    public let reason: String
    public init(line: Int, column: String?, reason: String) { self.line = line; self.column = column; self.reason = reason }
    public var description: String { "line \(line): " + (column.map { "\($0): " } ?? "") + reason }
}

/// A job recorded in the extract; it creates the employment and its checkpoints.
public struct CamsEmployment: Hashable, Sendable {
    public var startDate: LocalDate
    public var employerName: String
    public var hoursPerWeek: Double
    public var isNewEmployer: Bool
    /// Nil when the extract has no `job_title` cell.
    public var jobTitle: String?

    public init(startDate: LocalDate, employerName: String, hoursPerWeek: Double, isNewEmployer: Bool, jobTitle: String? = nil) {
        self.startDate = startDate; self.employerName = employerName; self.hoursPerWeek = hoursPerWeek
        self.isNewEmployer = isNewEmployer; self.jobTitle = jobTitle
    }
}

/// One data row after syntax checks. An empty cell means "not in the extract" and never clears a value.
public struct CamsExtractRow: Hashable, Sendable {
    public var line: Int
    public var camsReference: String
    public var firstName: String?
    public var lastName: String?
    public var preferredName: String?
    public var dateOfBirth: LocalDate?
    public var phone: String?
    public var email: String?
    public var address: String?
    public var preferredLanguage: String?
    public var referralSource: ReferralSource?
    public var referralReceivedOn: LocalDate?
    public var saCaseworkerName: String?
    public var saCaseworkerContact: String?
    /// R-16's attestation for a client under 18: true records it; false (or nil) records nothing.
    public var under18Attestation: Bool?
    public var caSubmittedOn: LocalDate?
    public var clientStream: String?
    public var caseworker: String?
    public var site: String?
    public var employment: CamsEmployment?
}

/// Parses an extract's bytes into rows and problems. Checks syntax only (formats, duplicates,
/// enumerations); checks that need the database or the intake rules happen in the import itself.
public enum CamsExtractParser {
    public struct Result: Sendable {
        public var rows: [CamsExtractRow] = []
        public var problems: [ImportProblem] = []
        /// The file as a whole cannot be used (empty, binary, bad header, broken quoting or encoding):
        /// no row may be imported from it, whatever the import mode.
        public var isFileUnusable = false
        /// Lines of rows that had at least one problem.
        public var rejectedLines: Set<Int> { Set(problems.map(\.line)) }
    }

    /// How far to look for a NUL byte before reading: a binary file (a PNG, a spreadsheet saved as
    /// .xlsx) is told as such rather than as "not valid UTF-8" on its first line.
    static let binarySniffLength = 8_000

    /// - Parameter chunks: how many pieces to read at once (nil: by file size and cores).
    public static func parse(_ bytes: [UInt8], chunks: Int? = nil) -> Result {
        var result = Result()
        if let nul = bytes.prefix(binarySniffLength).firstIndex(of: 0) {
            let line = 1 + bytes[..<nul].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            result.problems.append(ImportProblem(line: line, column: nil, reason: failureReason(.binary(line: line))))
            result.isFileUnusable = true
            return result
        }
        var reader = CSVReader(bytes: bytes)
        guard let header = reader.next() else {
            if let f = reader.failure { result.problems.append(ImportProblem(line: f.line, column: nil, reason: failureReason(f))) }
            else { result.problems.append(ImportProblem(line: 1, column: nil, reason: "the file is empty: a header row naming the columns is required (at least cams_reference)")) }
            result.isFileUnusable = true
            return result
        }
        var columns: [CamsColumn?] = []
        for name in header.fields {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            if let c = CamsColumn(rawValue: key) { columns.append(c); continue }
            columns.append(nil)
            result.problems.append(ImportProblem(line: header.line, column: name, reason: "unknown column; known columns are " + CamsColumn.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        for c in CamsColumn.allCases where columns.filter({ $0 == c }).count > 1 {
            result.problems.append(ImportProblem(line: header.line, column: c.rawValue, reason: "the column appears more than once"))
        }
        guard columns.contains(.camsReference) else {
            result.problems.append(ImportProblem(line: header.line, column: nil, reason: "the header has no cams_reference column, which keys every row"))
            result.isFileUnusable = true
            return result
        }
        guard result.problems.isEmpty else { result.isFileUnusable = true; return result }

        let (start, line) = reader.position
        let pieces = CSVChunks.split(bytes, from: start, line: line,
                                     count: chunks ?? (bytes.count < minimumBytesToSplit ? 1 : ParallelChunks.defaultCount))
        let knownColumns = columns
        let parts = ParallelChunks.map(pieces.count) { parseChunk(bytes, pieces[$0], columns: knownColumns) }

        // In file order, as one reader going straight through would: duplicates across pieces, and
        // nothing after the first piece the reader stopped in.
        var firstLineOfReference: [String: Int] = [:]
        for part in parts {
            for record in part.records {
                var problems = record.problems
                if let row = record.row {
                    if let first = firstLineOfReference[row.camsReference] {
                        problems.append(ImportProblem(line: record.line, column: CamsColumn.camsReference.rawValue, reason: "\(row.camsReference) already appears on line \(first)"))
                    } else {
                        firstLineOfReference[row.camsReference] = record.line
                    }
                    if problems.isEmpty { result.rows.append(row) }
                }
                result.problems += problems
            }
            if let f = part.failure {
                result.problems.append(ImportProblem(line: f.line, column: nil, reason: failureReason(f)))
                result.isFileUnusable = true
                break
            }
        }
        return result
    }

    /// Files smaller than this are read in one piece: splitting them would cost more than it saves.
    public static let minimumBytesToSplit = 256 * 1024

    /// One record's outcome before the checks that need the whole file (duplicate references).
    struct RecordOutcome: Sendable {
        var line: Int
        /// Nil when the record has no reference or the wrong number of fields.
        var row: CamsExtractRow?
        var problems: [ImportProblem]
    }

    struct ChunkOutcome: Sendable {
        var records: [RecordOutcome] = []
        var failure: CSVReader.Failure?
    }

    static func parseChunk(_ bytes: [UInt8], _ chunk: CSVChunks.Chunk, columns: [CamsColumn?]) -> ChunkOutcome {
        var outcome = ChunkOutcome()
        var reader = CSVReader(bytes: bytes, range: chunk.range, line: chunk.line)
        var dates: [String: LocalDate] = [:]   // extracts repeat the same few hundred days
        while let record = reader.next() {
            if record.fields.count == 1 && record.fields[0].isEmpty { continue }   // blank line
            var problems: [ImportProblem] = []
            if record.fields.count != columns.count {
                problems.append(ImportProblem(line: record.line, column: nil, reason: "has \(record.fields.count) fields but the header has \(columns.count)"))
                outcome.records.append(RecordOutcome(line: record.line, row: nil, problems: problems))
                continue
            }
            var cells: [CamsColumn: String] = [:]
            for (c, v) in zip(columns, record.fields) {
                let t = cleaned(v)
                guard let c, !t.isEmpty else { continue }
                // A cell that would drive a terminal (ESC sequences, OSC 52, bidi overrides) is refused
                // with its line, not stored to be printed later (#16).
                // A quoted cell may hold line breaks (an address on two lines); those draw nothing.
                if let unsafe = UnsafeCharacters.problem(in: t, multiLine: true) {
                    problems.append(ImportProblem(line: record.line, column: c.rawValue, reason: unsafe))
                }
                // Bytes first: a character is at least one, and nearly every cell is far below its limit.
                if let limit = c.maximumLength, t.utf8.count > limit, case let length = t.count, length > limit {
                    problems.append(ImportProblem(line: record.line, column: c.rawValue,
                                                  reason: "is \(length) characters long: at most \(limit) fit (shorten it in the extract)"))
                }
                cells[c] = t
            }
            let row = makeRow(line: record.line, cells: cells, dates: &dates, problems: &problems)
            outcome.records.append(RecordOutcome(line: record.line, row: row, problems: problems))
        }
        outcome.failure = reader.failure
        return outcome
    }

    /// Trims spaces and newlines, and turns Windows line ends inside a quoted cell (a multi-line
    /// address) into plain newlines. Most cells need neither, and skipping Foundation for them keeps a
    /// 100,000-row extract fast.
    static func cleaned(_ s: String) -> String {
        guard let first = s.utf8.first, let last = s.utf8.last else { return s }
        // Printable ASCII at both ends (nearly every cell): nothing to trim.
        let plain = (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
        var s = s
        if s.utf8.contains(UInt8(ascii: "\r")) { s = s.replacingOccurrences(of: "\r\n", with: "\n") }
        return plain ? s : s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func failureReason(_ f: CSVReader.Failure) -> String {
        let d = f.description
        return d.hasPrefix("line ") ? String(d.drop(while: { $0 != ":" }).dropFirst(2)) : d
    }

    /// A yes/no cell as CaMS and spreadsheets write it; nil for anything else.
    static func yesNo(_ v: String) -> Bool? {
        switch v.lowercased() {
        case "yes", "y", "true", "1": return true
        case "no", "n", "false", "0": return false
        default: return nil
        }
    }

    private static func makeRow(line: Int, cells: [CamsColumn: String], dates: inout [String: LocalDate],
                                problems: inout [ImportProblem]) -> CamsExtractRow? {
        func problem(_ c: CamsColumn, _ reason: String) { problems.append(ImportProblem(line: line, column: c.rawValue, reason: reason)) }
        func date(_ c: CamsColumn) -> LocalDate? {
            guard let v = cells[c] else { return nil }
            if let d = dates[v] { return d }
            guard let d = LocalDate(iso: v) else {
                problem(c, "'\(v)' is not a date: use YYYY-MM-DD with a real day (e.g. 2025-12-24)")
                return nil
            }
            // Before anything counts days from it (checkpoints, due dates); narrower limits that
            // need today (no assessment in the future) are the planner's.
            if let why = AcceptedDates.anyDay.problem(d) { problem(c, "'\(v)' \(why)"); return nil }
            dates[v] = d
            return d
        }
        guard let reference = cells[.camsReference].flatMap(CamsReference.normalized) else {
            problem(.camsReference, "is empty: every row needs its CaMS reference number")
            return nil
        }
        // The intake's rule (`CamsReference`): spaces dropped, 6 to 12 digits, not one digit repeated.
        switch CamsReference.verdict(reference) {
        case .valid: break
        case .notDigits: problem(.camsReference, "'\(reference)' is not a CaMS reference: 6 to 12 digits")
        case .placeholder: problem(.camsReference, "'\(reference)' is a placeholder (one digit repeated): copy the real number from CaMS")
        }
        var row = CamsExtractRow(line: line, camsReference: reference)
        row.firstName = cells[.firstName]; row.lastName = cells[.lastName]; row.preferredName = cells[.preferredName]
        row.dateOfBirth = date(.dateOfBirth)
        row.phone = cells[.phone]; row.email = cells[.email]; row.address = cells[.address]
        row.preferredLanguage = cells[.preferredLanguage]; row.clientStream = cells[.clientStream]
        row.caseworker = cells[.caseworker]; row.site = cells[.site]
        if let v = cells[.referralSource] {
            if let s = ReferralSource.allCases.first(where: { $0.rawValue.lowercased() == v.lowercased() }) { row.referralSource = s }
            else { problem(.referralSource, "'\(v)' is not one of " + ReferralSource.allCases.map(\.rawValue).joined(separator: ", ")) }
        }
        row.referralReceivedOn = date(.referralReceivedOn)
        row.saCaseworkerName = cells[.saCaseworkerName]; row.saCaseworkerContact = cells[.saCaseworkerContact]
        row.caSubmittedOn = date(.caSubmittedOn)
        if let v = cells[.under18Attestation] {
            row.under18Attestation = yesNo(v)
            if row.under18Attestation == nil { problem(.under18Attestation, "'\(v)' must be yes or no") }
        }

        let jobColumns: [CamsColumn] = [.employmentStartDate, .employerName, .hoursPerWeek, .newEmployer]
        let givenJobColumns = (jobColumns + [.jobTitle]).filter { cells[$0] != nil }
        if !givenJobColumns.isEmpty {
            let start = date(.employmentStartDate)
            var hours: Double?
            if let v = cells[.hoursPerWeek] {
                if let h = Double(v), h > 0, h <= 80 { hours = h } else { problem(.hoursPerWeek, "'\(v)' is not a number of hours per week between 0 and 80") }
            }
            var isNew: Bool?
            if let v = cells[.newEmployer] {
                isNew = yesNo(v)
                if isNew == nil { problem(.newEmployer, "'\(v)' must be yes or no") }
            }
            for c in jobColumns where cells[c] == nil {
                problem(c, "is empty, but the row records a job: employment needs start date, employer, hours and new_employer")
            }
            if let start, let name = cells[.employerName], let hours, let isNew {
                row.employment = CamsEmployment(startDate: start, employerName: name, hoursPerWeek: hours,
                                                isNewEmployer: isNew, jobTitle: cells[.jobTitle])
            }
        }
        return row
    }
}
