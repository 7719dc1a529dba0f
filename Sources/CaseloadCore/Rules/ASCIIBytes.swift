/// Byte tests for the ASCII fast paths, where names, phones and references are read as UTF-8 bytes.
extension UInt8 {
    /// 0–9.
    public var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    /// A–Z or a–z (setting bit 5 lowercases an ASCII letter and moves nothing else into a–z).
    public var isASCIILetter: Bool { let lower = self | 0x20; return lower >= 0x61 && lower <= 0x7A }
    public var isASCIILetterOrDigit: Bool { isASCIIDigit || isASCIILetter }
}
