/// Cuts a CSV file into pieces that each start where a record starts, so they can be read at the
/// same time (`CamsExtractParser` on every core). One pass over the bytes with `CSVReader`'s own
/// rules for quotes, so a cut never falls inside a quoted cell, and each piece knows its first line.
public enum CSVChunks {
    public struct Chunk: Equatable, Sendable {
        public var range: Range<Int>
        /// The physical line the piece starts on.
        public var line: Int
    }

    /// About `count` pieces of `bytes[start...]`, which starts a record on `line`. Where the reader
    /// would stop (a NUL byte, text after a closing quote) the rest stays one piece, so the reader
    /// meets it exactly as it would reading straight through.
    public static func split(_ bytes: [UInt8], from start: Int, line: Int, count: Int) -> [Chunk] {
        guard count > 1, start < bytes.count else { return [Chunk(range: start..<bytes.count, line: line)] }
        let target = max(1, (bytes.count - start) / count)
        var chunks: [Chunk] = []
        var chunkStart = start, chunkLine = line, currentLine = line
        var inQuotes = false, fieldIsEmpty = true, wasQuoted = false
        var i = start
        bytes.withUnsafeBufferPointer { b in
            while i < b.count {
                let byte = b[i]
                i += 1
                if byte == 0 { return }
                if inQuotes {
                    if byte == UInt8(ascii: "\"") {
                        if i < b.count && b[i] == UInt8(ascii: "\"") { i += 1; fieldIsEmpty = false } else { inQuotes = false }
                    } else {
                        if byte == UInt8(ascii: "\n") { currentLine += 1 }
                        fieldIsEmpty = false
                    }
                    continue
                }
                switch byte {
                case UInt8(ascii: ","):
                    fieldIsEmpty = true; wasQuoted = false
                case UInt8(ascii: "\r") where i < b.count && b[i] == UInt8(ascii: "\n"):
                    break
                case UInt8(ascii: "\n"):
                    fieldIsEmpty = true; wasQuoted = false
                    currentLine += 1
                    if i - chunkStart >= target && i < b.count && chunks.count < count - 1 {
                        chunks.append(Chunk(range: chunkStart..<i, line: chunkLine))
                        chunkStart = i; chunkLine = currentLine
                    }
                case UInt8(ascii: "\"") where fieldIsEmpty && !wasQuoted:
                    inQuotes = true; wasQuoted = true
                default:
                    if wasQuoted { return }
                    fieldIsEmpty = false
                }
            }
        }
        chunks.append(Chunk(range: chunkStart..<bytes.count, line: chunkLine))
        return chunks
    }
}
