import Testing
@testable import CaseloadCore

@Suite struct PlaceholderCheckTests {
    @Test(arguments: ["N/A", "n/a", "NA", "n.a.", " N.A. ", "unknown", "UNKNOWN", "Unk", "TBD", "tba", "none", "None",
                      "null", "NULL", "nil", "test", "Test", "xxx", "XXXX", "-", "--", "?", "???", "asdf", "", "   ",
                      "aaaa", "Aaaa", "zzzzz", "0000", "...", "N / A", "not applicable", "FNU", "\t\n", "NaN"])
    func placeholders(_ text: String) {
        #expect(PlaceholderCheck.isPlaceholder(text))
    }

    @Test(arguments: ["Zoë", "Côté", "王秀英", "O'Brien", "Jean-Luc", "Mary Ann", "Li", "Ng", "O", "Anna", "Aaron",
                      "Nguyễn", "Müller", "Testa", "Nona", "Unger", "Tbilisi Rd", "Ali", "Xu", "Aa",
                      "Na", "Nil", "Nan"])
    func realValues(_ text: String) {
        #expect(!PlaceholderCheck.isPlaceholder(text))
    }
}
