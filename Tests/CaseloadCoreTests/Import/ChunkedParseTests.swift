import Testing
@testable import CaseloadCore

/// Reading an extract in pieces on every core must give exactly what one reader going straight
/// through gives: the same rows, the same problems on the same lines, in the same order.
@Suite struct ChunkedParseTests {
    /// Rows with what makes cutting hard: quoted cells with commas, quotes and line breaks (CRLF
    /// too), blank lines, bad values, and references repeated far apart.
    static func extract(rows: Int, lineEnd: String = "\n") -> String {
        var lines = ["cams_reference,first_name,last_name,address,date_of_birth,hours_per_week,employment_start_date,employer_name,new_employer"]
        for i in 0..<rows {
            let reference = i % 97 == 96 ? String(100_000_000 + i - 50) : String(100_000_000 + i)   // a duplicate now and then
            let address: String
            switch i % 5 {
            case 0: address = "\"\(i) King St,\(lineEnd)Apt \(i % 7)\(lineEnd)London ON\""
            case 1: address = "\"The \"\"Annex\"\", \(i) Elm\""
            case 2: address = ""
            case 3: address = "\(i) Oak Ave"
            default: address = "\"\""
            }
            let born = i % 41 == 0 ? "1990-02-30" : "19\(60 + i % 40)-0\(1 + i % 9)-1\(i % 10)"
            let job = i % 3 == 0 ? "\(i % 53 == 0 ? "lots" : "25"),2025-01-06,\"Acme, Inc\",yes" : ",,,"
            lines.append("\(reference),Ana\(i % 11 == 0 ? "\"" : ""),Silva,\(address),\(born),\(job)")
            if i % 17 == 0 { lines.append("") }
        }
        return lines.joined(separator: lineEnd) + lineEnd
    }

    static func same(_ text: String, pieces: [Int]) {
        let bytes = Array(text.utf8)
        let straight = CamsExtractParser.parse(bytes, chunks: 1)
        for count in pieces {
            let cut = CamsExtractParser.parse(bytes, chunks: count)
            #expect(cut.rows == straight.rows, "\(count) pieces")
            #expect(cut.problems == straight.problems, "\(count) pieces")
            #expect(cut.isFileUnusable == straight.isFileUnusable, "\(count) pieces")
        }
    }

    @Test func piecesGiveWhatOneReaderGives() {
        let text = Self.extract(rows: 600)
        let straight = CamsExtractParser.parse(Array(text.utf8), chunks: 1)
        #expect(straight.rows.count > 300 && straight.problems.count > 20, "the file has both good and bad rows")
        #expect(straight.problems.contains { $0.reason.contains("already appears on line") })
        Self.same(text, pieces: [2, 3, 7, 64, 1_000])
        Self.same(Self.extract(rows: 600, lineEnd: "\r\n"), pieces: [2, 5, 33])
        Self.same("\u{FEFF}" + Self.extract(rows: 50), pieces: [4])
    }

    @Test func cutsFallOnlyBetweenRecordsAndKnowTheirLines() {
        let text = Self.extract(rows: 300)
        let bytes = Array(text.utf8)
        var header = CSVReader(bytes: bytes)
        _ = header.next()
        let chunks = CSVChunks.split(bytes, from: header.position.index, line: header.position.line, count: 9)
        #expect(chunks.count > 1)
        #expect(chunks.first?.range.lowerBound == header.position.index && chunks.last?.range.upperBound == bytes.count)
        for (a, b) in zip(chunks, chunks.dropFirst()) { #expect(a.range.upperBound == b.range.lowerBound) }

        var straight = CSVReader(bytes: bytes)
        let all = Array(AnySequence { straight })
        var pieces: [CSVReader.Record] = [all[0]]
        for chunk in chunks {
            var reader = CSVReader(bytes: bytes, range: chunk.range, line: chunk.line)
            while let record = reader.next() { pieces.append(record) }
            #expect(reader.failure == nil)
        }
        #expect(pieces == all)
    }

    @Test func aBrokenFileStopsWhereOneReaderStops() {
        let good = Self.extract(rows: 200)
        let lines = good.split(separator: "\n", omittingEmptySubsequences: false)
        // Text after a closing quote, invalid UTF-8, a NUL byte, an unclosed quote: in the middle or at the end.
        let middle = lines.count / 2
        let broken: [[UInt8]] = [
            Array((lines[..<middle] + ["100999999,\"Ana\"x,Silva,,,,,,"] + lines[middle...]).joined(separator: "\n").utf8),
            Array(lines[..<middle].joined(separator: "\n").utf8) + [0x0A, 0xC3, 0x28, 0x0A] + Array(lines[middle...].joined(separator: "\n").utf8),
            Array(lines[..<middle].joined(separator: "\n").utf8) + Array(repeating: 0x20, count: 9_000) + [0x0A, 0x00, 0x0A] + Array(lines[middle...].joined(separator: "\n").utf8),
            Array((good + "100999998,\"Ana,Silva,,,,,,\n").utf8),
        ]
        for bytes in broken {
            let straight = CamsExtractParser.parse(bytes, chunks: 1)
            #expect(straight.isFileUnusable)
            for count in [2, 5, 40] {
                let cut = CamsExtractParser.parse(bytes, chunks: count)
                #expect(cut.rows == straight.rows && cut.problems == straight.problems && cut.isFileUnusable, "\(count) pieces")
            }
        }
    }
}
