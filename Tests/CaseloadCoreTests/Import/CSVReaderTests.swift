import Testing
@testable import CaseloadCore

@Suite struct CSVReaderTests {
    private func read(_ text: String) -> ([CSVReader.Record], CSVReader.Failure?) {
        var reader = CSVReader(bytes: Array(text.utf8))
        var out: [CSVReader.Record] = []
        while let r = reader.next() { out.append(r) }
        return (out, reader.failure)
    }

    @Test func plainRowsWithLFAndCRLF() {
        for text in ["a,b\n1,2\n", "a,b\r\n1,2\r\n", "a,b\n1,2"] {
            let (rows, failure) = read(text)
            #expect(failure == nil)
            #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"]])
            #expect(rows.map(\.line) == [1, 2])
        }
    }

    @Test func byteOrderMarkIsSkipped() {
        let (rows, _) = read("\u{FEFF}cams_reference\n123456\n")
        #expect(rows.first?.fields == ["cams_reference"])
    }

    @Test func quotedCommasQuotesAndNewlinesKeepLineNumbers() {
        let (rows, failure) = read("h1,h2\n\"Côté, Zoë\",\"say \"\"hi\"\"\"\n\"line1\nline2\",x\nlast,row\n")
        #expect(failure == nil)
        #expect(rows.map(\.fields) == [["h1", "h2"], ["Côté, Zoë", "say \"hi\""], ["line1\nline2", "x"], ["last", "row"]])
        #expect(rows.map(\.line) == [1, 2, 3, 5])
    }

    @Test func emptyFieldsAndTrailingComma() {
        let (rows, _) = read("a,,c,\n")
        #expect(rows.first?.fields == ["a", "", "c", ""])
    }

    @Test func emptyInputHasNoRecords() {
        let (rows, failure) = read("")
        #expect(rows.isEmpty && failure == nil)
    }

    @Test func failuresNameTheLine() {
        #expect(read("a\n\"open\nstill open").1 == .unterminatedQuote(line: 2))
        #expect(read("a\n\"x\"y\n").1 == .textAfterClosingQuote(line: 2))
        #expect(read("a\nb\u{0}c\n").1 == .binary(line: 2))
        var reader = CSVReader(bytes: Array("a\n".utf8) + [0xC3, 0x28, 0x0A])
        while reader.next() != nil {}
        #expect(reader.failure == .invalidUTF8(line: 2))
        #expect(CSVReader.Failure.binary(line: 1).description.contains("not a CSV text file"))
    }
}
