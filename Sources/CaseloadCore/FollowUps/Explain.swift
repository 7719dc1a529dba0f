import Foundation

/// Small text pieces the explanations share, so every item reads the same way.
enum Explain {
    /// " (Thu 25 Dec Christmas Day; Fri 26 Dec Boxing Day; weekend)", or "" when nothing was skipped.
    static func skipped(_ due: DueDate) -> String {
        due.skipped.isEmpty ? "" : " (\(due.skippedSummary))"
    }

    /// "1 attempt", "2 attempts".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// " (Jane Roe)" when a name is known.
    static func named(_ name: String?) -> String {
        guard let name = name?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { return "" }
        return " (\(name))"
    }

    /// "$1,234.50" from whole cents, without a formatter in the per-item path.
    static func money(cents: Int) -> String { Money.dollars(cents: cents) }

    /// An instant as the agency-local day and "HH:MM", from the zone's offset at that instant.
    static func local(_ instant: Date, in zone: TimeZone) -> (day: LocalDate, time: String) {
        let seconds = Int((instant.timeIntervalSince1970).rounded(.down)) + zone.secondsFromGMT(for: instant)
        let dayNumber = Int((Double(seconds) / 86_400).rounded(.down))
        let minute = (seconds - dayNumber * 86_400) / 60
        let h = minute / 60, m = minute % 60
        return (LocalDate(dayNumber: dayNumber), (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)")
    }
}
