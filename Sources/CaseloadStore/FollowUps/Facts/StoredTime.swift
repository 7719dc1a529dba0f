import CaseloadCore

/// Reads the stored forms of dates and instants straight from their UTF-8 bytes: `YYYY-MM-DD` for
/// calendar dates, and GRDB's `YYYY-MM-DD HH:MM:SS.SSS` (UTC) for instants. Parsing them through
/// Foundation or SQLite's date functions cost more than reading the rows.
///
/// Only the canonical forms are accepted; anything else (another layout, an impossible date) is nil,
/// and the caller asks SQLite instead (`FactCursor.slowDay` / `slowEpochMilliseconds`), so the answer
/// is always SQLite's own `julianday`.
enum StoredTime {
    /// A strict `YYYY-MM-DD`.
    static func localDate(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalDate? {
        bytes.count == 10 ? date(bytes) : nil
    }

    /// Milliseconds since 1970-01-01 00:00 UTC of `YYYY-MM-DD HH:MM`, `YYYY-MM-DD HH:MM:SS` or
    /// `YYYY-MM-DD HH:MM:SS.SSS` (three fraction digits, as GRDB writes them).
    static func epochMilliseconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        let n = bytes.count
        guard n == 16 || n == 19 || n == 23, bytes[10] == UInt8(ascii: " "), let date = date(bytes),
              bytes[13] == UInt8(ascii: ":"), let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2),
              hour < 24, minute < 60 else { return nil }
        var second = 0, milli = 0
        if n >= 19 {
            guard bytes[16] == UInt8(ascii: ":"), let s = number(bytes, 17, 2), s < 60 else { return nil }
            second = s
        }
        if n == 23 {
            guard bytes[19] == UInt8(ascii: "."), let f = number(bytes, 20, 3) else { return nil }
            milli = f
        }
        let seconds = date.dayNumber * 86_400 + hour * 3600 + minute * 60 + second
        return Int64(seconds) * 1000 + Int64(milli)
    }

    /// The `YYYY-MM-DD` at the start of `bytes`, if it is a real date.
    private static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalDate? {
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2) else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// The decimal number in `count` digits from `start`; nil if any is not a digit.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for i in start..<(start + count) {
            guard bytes[i].isASCIIDigit else { return nil }
            value = value * 10 + Int(bytes[i] - 0x30)
        }
        return value
    }
}
