import GRDB
import GRDBSQLite

/// The numbers in every client's search entry, held in memory so a typed digit needs no FTS5 read.
///
/// Why: "5" begins a phone group of three clients in four. FTS5 answers it by decoding 77,000 rowids
/// (10–20 ms at 100,000 clients, most of a keystroke's budget); this scan over half a million
/// packed integers takes under a millisecond, and the answer is the same, because it keeps exactly
/// what `client_fts` (Migration_v11_SearchFolding) makes of names, CaMS reference and phone: each
/// token that starts with an ASCII digit, by its leading run of digits. A word of ASCII digits is a
/// prefix of such a token exactly when it is a prefix of that run.
struct ClientNumberIndex {
    /// Longest digit word (and run) the packed keys hold; a longer word goes to FTS5.
    static let maxDigits = 17

    /// Client `id`'s keys are `keys[starts[id]..<ends[id]]`. A client changed since the index was
    /// built has its keys appended at the end (`update`), its old ones left unused.
    private var starts: [Int32]
    private var ends: [Int32]
    /// A run's first 17 digits as a number, left-aligned (so a prefix is a range), times 32, plus
    /// the run's length (capped at 31).
    private var keys: [UInt64]

    private static let columns = "c.id, c.cams_reference, c.phone, c.first_name, c.last_name, c.preferred_name"

    /// Reads every client's indexed text: CaMS reference, phone, names (as `client_fts` gets them).
    /// Straight from SQLite's column buffers: 100,000 clients' rows as Swift values cost 150 ms.
    init(_ db: Database) throws {
        starts = []; ends = []; keys = []
        keys.reserveCapacity(1 << 19)
        try read(db, sql: "SELECT \(Self.columns) FROM client c ORDER BY c.id")
    }

    /// Reads these clients' text again (issue #23: a change to a few clients patches the index in
    /// place instead of reading every client); a client no longer there matches nothing.
    mutating func update(_ db: Database, clientIDs: Set<Int64>) throws {
        guard !clientIDs.isEmpty else { return }
        for id in clientIDs where id < clientCapacity { ends[Int(id)] = starts[Int(id)] }
        let ids = clientIDs.sorted()
        try read(db, sql: "SELECT \(Self.columns) FROM client c WHERE c.id IN (\(databaseQuestionMarks(count: ids.count))) ORDER BY c.id",
                 arguments: StatementArguments(ids))
    }

    /// Appends each row's keys and points its id at them.
    private mutating func read(_ db: Database, sql: String, arguments: StatementArguments = []) throws {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let raw = statement.sqliteStatement
        var phoneText: [UInt8] = []
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage) }
            let id = Int(sqlite3_column_int64(raw, 0))
            while starts.count <= id { starts.append(Int32(keys.count)); ends.append(Int32(keys.count)) }
            let first = keys.count
            func add(_ run: Slice<UnsafeBufferPointer<UInt8>>) {
                let key = Self.key(run)
                if !keys[first...].contains(key) { keys.append(key) }
            }
            for column: Int32 in 1...5 {
                guard let text = sqlite3_column_text(raw, column) else { continue }
                let bytes = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(raw, column)))
                // Names hold a digit once in a blue moon: skip their token walk for the rest.
                if column >= 3 && !bytes.contains(where: \.isASCIIDigit) { continue }
                if column == 2 {
                    ClientSearchPhone.searchText(of: bytes, into: &phoneText)
                    phoneText.withUnsafeBufferPointer { Self.forEachLeadingRun(in: $0, add) }
                } else {
                    Self.forEachLeadingRun(in: bytes, add)
                }
            }
            starts[id] = Int32(first)
            ends[id] = Int32(keys.count)
        }
    }

    var clientCapacity: Int { starts.count }

    /// Flags by client id: true where some run starts with every one of `words` (ASCII digits).
    func matches(_ words: [[UInt8]]) -> [Bool] {
        var flags = [Bool](repeating: false, count: clientCapacity)
        guard !words.isEmpty else { return flags }
        let ranges = words.map(Self.range)
        let firstRange = ranges[0]
        for id in 0..<clientCapacity where has(id, firstRange) { flags[id] = true }
        for range in ranges.dropFirst() {
            for id in 0..<clientCapacity where flags[id] && !has(id, range) { flags[id] = false }
        }
        return flags
    }

    private func has(_ id: Int, _ range: (low: UInt64, high: UInt64, length: UInt64)) -> Bool {
        var i = Int(starts[id])
        let end = Int(ends[id])
        while i < end {
            let key = keys[i]
            let value = key >> 5
            if value >= range.low && value < range.high && key & 31 >= range.length { return true }
            i += 1
        }
        return false
    }

    // MARK: packing

    private static let powersOfTen: [UInt64] = (0...maxDigits).map { n in (0..<n).reduce(1) { p, _ in p * 10 } }

    /// The run's first `maxDigits` digits as a left-aligned number, with its length.
    static func key<Digits: Collection<UInt8>>(_ run: Digits) -> UInt64 {
        var value: UInt64 = 0
        var kept = 0
        for digit in run where kept < maxDigits { value = value * 10 + UInt64(digit - 0x30); kept += 1 }
        return (value * powersOfTen[maxDigits - kept]) << 5 | UInt64(min(run.count, 31))
    }

    /// The left-aligned values a run starting with `word` has, and the length it needs at least.
    static func range(_ word: [UInt8]) -> (low: UInt64, high: UInt64, length: UInt64) {
        var value: UInt64 = 0
        for digit in word { value = value * 10 + UInt64(digit - 0x30) }
        let scale = powersOfTen[maxDigits - word.count]
        return (value * scale, (value + 1) * scale, UInt64(word.count))
    }

    // MARK: tokens, as unicode61 makes them

    /// Calls `body` with the leading ASCII digits of each token of UTF-8 `text` that starts with
    /// one. unicode61 tokens are runs of letters, numbers and private-use characters (marks stay
    /// with their letter); everything else separates. ASCII is walked byte by byte.
    static func forEachLeadingRun(in text: UnsafeBufferPointer<UInt8>, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        guard text.allSatisfy({ $0 < 0x80 }) else { return forEachLeadingRunOfUnicode(text, body) }
        var i = 0
        while i < text.count {
            if text[i].isASCIIDigit {
                let start = i
                while i < text.count && text[i].isASCIIDigit { i += 1 }
                body(text[start..<i])
            }
            if i < text.count && text[i].isASCIILetterOrDigit {
                while i < text.count && text[i].isASCIILetterOrDigit { i += 1 }  // the rest of the token
            } else {
                i += 1
            }
        }
    }

    private static func forEachLeadingRunOfUnicode(_ text: UnsafeBufferPointer<UInt8>, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        var digits: [UInt8] = []
        var inToken = false
        var inRun = false
        func end() {
            if inRun && !digits.isEmpty { digits.withUnsafeBufferPointer { body($0[...]) } }
            digits.removeAll(keepingCapacity: true)
            inRun = false
        }
        for scalar in String(decoding: text, as: UTF8.self).unicodeScalars {
            if scalar.isASCII && UInt8(scalar.value).isASCIIDigit {
                if !inToken { inToken = true; inRun = true }
                if inRun { digits.append(UInt8(scalar.value)) }
            } else if isTokenCharacter(scalar) {
                if inRun { end() }
                inToken = true
            } else {
                end()
                inToken = false
            }
        }
        end()
    }

    private static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return UInt8(scalar.value).isASCIILetter }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }
}
