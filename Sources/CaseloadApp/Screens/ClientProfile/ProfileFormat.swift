import CaseloadCore
import Foundation

/// How the profile writes dates, times and empty values, in one place so every tab agrees.
struct ProfileFormat {
    let today: LocalDate
    let zone: TimeZone

    /// An empty value reads as a dash, never as a blank that looks like a drawing bug.
    static let none = "—"

    static func text(_ s: String?) -> String { s.flatMap { $0.isEmpty ? nil : $0 } ?? none }

    /// "Wed 24 Dec 2025"
    func long(_ d: LocalDate?) -> String { d?.long ?? Self.none }

    /// "2025-12-24", for table columns.
    func short(_ d: LocalDate?) -> String { d?.iso ?? Self.none }

    /// "2025-12-24 14:05" in the agency's zone.
    func dateTime(_ instant: Date?) -> String {
        guard let instant else { return Self.none }
        return "\(LocalDate(instant, in: zone).iso) \(clock(instant))"
    }

    /// "Wed 24 Dec 2025 14:05" in the agency's zone.
    func longDateTime(_ instant: Date) -> String { "\(LocalDate(instant, in: zone).long) \(clock(instant))" }

    func clock(_ instant: Date) -> String {
        var cal = Calendar(identifier: .gregorian); cal.timeZone = zone
        let c = cal.dateComponents([.hour, .minute], from: instant)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    /// "1998-07-05 (age 27)"
    func birth(_ d: LocalDate?) -> String {
        guard let d else { return "not recorded" }
        return d <= today ? "\(d.iso) (age \(d.age(on: today)))" : d.iso
    }
}
