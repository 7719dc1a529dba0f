import ArgumentParser
import CaseloadCore
import CaseloadStore
import Foundation

/// `--today YYYY-MM-DD` (hidden): the interface runs as if it were that day (the time of day keeps
/// running), so a scenario can come back "ten business days later". Only on a demo database: on the
/// agency's records every date written must be the real one.
struct FixedDayOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("On a demo database only: run the interface as if today were this day (YYYY-MM-DD).",
                                            valueName: "date", visibility: .hidden))
    var today: String?

    /// The clock the interface uses: the real one, or the named day at the real time of day.
    func clock(for db: CaseloadDatabase, zone: TimeZone = FollowUpEngine.agencyTimeZone) throws -> () -> Date {
        guard let today else { return Date.init }
        let day = try parseDay(today, option: "--today")
        guard try db.isDemoDatabase() else {
            throw CommandError("--today works only on a demo database (made by `caseload demo`); real records keep real dates, so leave --today out")
        }
        let shift = day.startInstant(in: zone).timeIntervalSince(LocalDate(Date(), in: zone).startInstant(in: zone))
        return { Date().addingTimeInterval(shift) }
    }
}

extension FixedDayOption {
    /// ArgumentParser accepts the root's options after a subcommand too, where they would be ignored:
    /// a command run "as of" a day it silently did not use would mislead, so it is refused instead.
    static func refusalForSubcommand(_ command: ParsableCommand, arguments: [String]) -> String? {
        guard !(command is Caseload), arguments.contains(where: { $0 == "--today" || $0.hasPrefix("--today=") }) else { return nil }
        return "--today is for the full-screen interface only (`caseload --today YYYY-MM-DD` on a demo database); commands take --as-of where a day matters"
    }
}
