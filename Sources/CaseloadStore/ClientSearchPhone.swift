import CaseloadCore

/// What the search index holds for a phone number, as UTF-8 bytes: the number as typed, its digits
/// alone, and for a North American number its 10 digits (when stored with a leading 1), its local
/// number and its line. So "4165", "(416) 555", "555-0199", "5550199" and "0199" all find
/// (416) 555-0199, and so does "5550199" for 4165550199 typed without separators.
/// One function for the import's rows (`ClientSearchRow`) and the in-memory digit index
/// (`ClientNumberIndex`); `ClientSearchV11.columns` is the same in SQL, and a test holds them equal.
enum ClientSearchPhone {
    /// What the index's digits strip from a phone number (all ASCII).
    static let separators: [Character] = [" ", "(", ")", "-", ".", "+", "/"]
    static let separatorBytes: [UInt8] = separators.map { $0.asciiValue! }

    /// Replaces `text` with the search text of `phone`.
    static func searchText<Phone: Collection<UInt8>>(of phone: Phone, into text: inout [UInt8]) {
        let space = UInt8(ascii: " ")
        text.removeAll(keepingCapacity: true)
        text.append(contentsOf: phone)
        text.append(space)
        let digitsStart = text.count
        for byte in phone where !separatorBytes.contains(byte) { text.append(byte) }
        let digitCount = text.count - digitsStart
        let hasCountryCode = digitCount == 11 && text[digitsStart] == UInt8(ascii: "1")
        let nationalStart = hasCountryCode ? digitsStart + 1 : digitsStart
        guard text.count - nationalStart == 10, text[nationalStart...].allSatisfy(\.isASCIIDigit) else { return }
        // Byte by byte: appending a slice of `text` to itself would copy the whole array.
        func appendNational(from offset: Int) {
            text.append(space)
            for i in (nationalStart + offset)..<(nationalStart + 10) { text.append(text[i]) }
        }
        if hasCountryCode { appendNational(from: 0) }
        appendNational(from: 3)
        appendNational(from: 6)
    }

    static func searchText(of phone: String) -> String {
        var text: [UInt8] = []
        searchText(of: phone.utf8, into: &text)
        return String(decoding: text, as: UTF8.self)
    }
}
