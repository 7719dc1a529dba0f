/// An RFC 4180 reader: quoted fields with embedded commas, quotes ("") and newlines; CRLF or LF;
/// an optional UTF-8 byte-order mark. Works on bytes for speed and reports physical line numbers,
/// so every problem can be told as "line N: …".
public struct CSVReader: Sequence, IteratorProtocol {
    public struct Record: Equatable, Sendable {
        /// The physical line the record starts on (1-based; the header is line 1).
        public let line: Int
        public let fields: [String]
    }

    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case binary(line: Int)
        case invalidUTF8(line: Int)
        case unterminatedQuote(line: Int)
        case textAfterClosingQuote(line: Int)

        public var line: Int {
            switch self {
            case .binary(let l), .invalidUTF8(let l), .unterminatedQuote(let l), .textAfterClosingQuote(let l): return l
            }
        }
        public var description: String {
            switch self {
            case .binary(let l): return "line \(l): the file contains binary data (a NUL byte); it is not a CSV text file"
            case .invalidUTF8(let l): return "line \(l): the text is not valid UTF-8; save the extract as UTF-8 CSV"
            case .unterminatedQuote(let l): return "line \(l): a quoted field is never closed (missing \")"
            case .textAfterClosingQuote(let l): return "line \(l): text after a closing quote; quotes inside a field must be doubled (\"\")"
            }
        }
    }

    private let bytes: [UInt8]
    private var index: Int
    private let end: Int
    private var line = 1
    /// The first failure met; iteration stops there.
    public private(set) var failure: Failure?

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        end = bytes.count
    }

    /// Reads only `range`, which must start where a record starts (see `CSVRecordBoundaries`);
    /// `line` is the physical line it starts on.
    public init(bytes: [UInt8], range: Range<Int>, line: Int) {
        self.bytes = bytes
        index = range.lowerBound
        end = range.upperBound
        self.line = line
    }

    /// Where the next record starts, and on which line.
    public var position: (index: Int, line: Int) { (index, line) }

    public mutating func next() -> Record? {
        guard failure == nil, index < end else { return nil }
        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        field.reserveCapacity(32)
        var inQuotes = false, wasQuoted = false

        func finishField() -> Bool {
            guard let s = String(validating: field, as: UTF8.self) else { failure = .invalidUTF8(line: line); return false }
            fields.append(s); field.removeAll(keepingCapacity: true); wasQuoted = false
            return true
        }

        while index < end {
            let b = bytes[index]
            index += 1
            if b == 0 { failure = .binary(line: line); return nil }
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if index < end && bytes[index] == UInt8(ascii: "\"") { field.append(b); index += 1 }
                    else { inQuotes = false }
                } else {
                    if b == UInt8(ascii: "\n") { line += 1 }
                    field.append(b)
                }
                continue
            }
            switch b {
            case UInt8(ascii: ","):
                guard finishField() else { return nil }
            case UInt8(ascii: "\r") where index < end && bytes[index] == UInt8(ascii: "\n"):
                break   // the \n that follows ends the record
            case UInt8(ascii: "\n"):
                guard finishField() else { return nil }
                line += 1
                return Record(line: startLine, fields: fields)
            case UInt8(ascii: "\"") where field.isEmpty && !wasQuoted:
                inQuotes = true; wasQuoted = true
            default:
                if wasQuoted { failure = .textAfterClosingQuote(line: line); return nil }
                field.append(b)
            }
        }
        if inQuotes { failure = .unterminatedQuote(line: startLine); return nil }
        guard finishField() else { return nil }
        return Record(line: startLine, fields: fields)
    }
}
