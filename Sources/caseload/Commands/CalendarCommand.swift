import ArgumentParser
import CaseloadCore
import CaseloadStore
import Foundation

/// Agency closure days and the observed-substitutes setting: what makes a business day (domain.md §4).
/// Anyone may list; changes need an administrator (the store refuses everyone else). The follow-up
/// queue reads the calendar every time it is computed, so due dates follow at once.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Agency closure days per site, and whether weekend holidays close the next weekday.",
        subcommands: [CalendarClosuresCommand.self, CalendarCloseCommand.self, CalendarReopenCommand.self,
                      CalendarSubstitutesCommand.self])
}

/// Which site a closure belongs to: `--site NAME` (or its number), none for every site.
struct SiteOption: ParsableArguments {
    @Option(help: ArgumentHelp("One site, by name or number (default: every site).", valueName: "site"))
    var site: String?

    /// nil for every site; refuses a name that matches no site, listing the ones that exist.
    func siteID(in db: CaseloadDatabase) throws -> Int64? {
        guard let site else { return nil }
        let sites = try db.sites()
        if let found = sites.first(where: { $0.name.lowercased() == site.lowercased() || $0.id.map(String.init) == site }) {
            return found.id
        }
        throw CommandError("no site '\(site)': known sites are " + sites.map { "\($0.name) (\($0.id ?? 0))" }.joined(separator: ", "))
    }
}

/// A command's date option or argument, checked against the accepted range before any use.
func parseDay(_ text: String, option: String) throws -> LocalDate {
    guard let day = LocalDate(iso: text) else { throw CommandError("\(option) '\(text)' is not a date: use YYYY-MM-DD with a real day") }
    if let why = AcceptedDates.anyDay.problem(day) { throw CommandError("\(option) '\(text)' \(why)") }
    return day
}

struct CalendarClosuresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "closures", abstract: "List closure days (and, with --holidays, the statutory holidays) in a range.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var siteOption: SiteOption
    @Option(help: ArgumentHelp("First day (default: 1 January this year).", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Last day (default: 31 December of the first day's year).", valueName: "date")) var through: String?
    @Flag(help: "Also list the statutory holidays (and observed substitutes) in the range.") var holidays = false

    func run() throws {
        let db = try Opening.session(global, needs: nil).db
        let start = try from.map { try parseDay($0, option: "--from") } ?? LocalDate(year: LocalDate.today(in: FollowUpEngine.agencyTimeZone).year, month: 1, day: 1)!
        let end = try through.map { try parseDay($0, option: "--through") } ?? LocalDate(year: start.year, month: 12, day: 31)!
        guard start <= end else { throw CommandError("--from \(start.iso) is after --through \(end.iso): swap them") }
        let siteID = try siteOption.siteID(in: db)
        let names = Dictionary(uniqueKeysWithValues: try db.sites().compactMap { s in s.id.map { ($0, s.name) } })
        // A site's list includes the closures of every site: both close its office.
        var rows = try db.closureDays(from: start, through: end)
            .filter { siteID == nil || $0.siteID == nil || $0.siteID == siteID }
            .map { [$0.day.iso, $0.day.weekday.short, $0.siteID.flatMap { names[$0] } ?? "all sites", "closure", $0.reason] }
        if holidays {
            let calendar = BusinessCalendar(observesSubstitutes: try db.observedSubstitutes())
            for year in start.year...end.year {
                for h in calendar.holidays(in: year) where h.date >= start && h.date <= end {
                    rows.append([h.date.iso, h.date.weekday.short, "all sites", "holiday", h.name])
                }
            }
            rows.sort { $0[0] < $1[0] }
        }
        if rows.isEmpty {
            print("No closure days from \(start.long) to \(end.long). Add one with `caseload calendar close DATE --reason TEXT`.")
            return
        }
        print(TextTable.render(header: ["day", "", "site", "kind", "reason"], rows: rows))
    }
}

struct CalendarCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close", abstract: "Close the office on a day (administrators): it stops counting as a business day.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var siteOption: SiteOption
    @Argument(help: ArgumentHelp("The day (YYYY-MM-DD).", valueName: "date")) var day: String
    @Option(help: "Why the office is closed (shown beside due dates).") var reason: String

    func run() throws {
        let (db, actor) = try Opening.session(global, needs: .manageCalendar)
        let date = try parseDay(day, option: "date")
        let siteID = try siteOption.siteID(in: db)
        let added = try db.addClosureDay(ClosureDay(siteID: siteID, day: date, reason: reason), by: actor)
        print("Closed \(added.day.long) (\(siteOption.site ?? "all sites")): \(added.reason). Due dates move at once; see `caseload followups`.")
    }
}

struct CalendarReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen", abstract: "Remove a closure day (administrators). Statutory holidays cannot be reopened.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var siteOption: SiteOption
    @Argument(help: ArgumentHelp("The day (YYYY-MM-DD).", valueName: "date")) var day: String

    func run() throws {
        let (db, actor) = try Opening.session(global, needs: .manageCalendar)
        let date = try parseDay(day, option: "date")
        let siteID = try siteOption.siteID(in: db)
        guard let closure = try db.closureDays(from: date, through: date).first(where: { $0.siteID == siteID }), let id = closure.id else {
            if let holiday = BusinessCalendar(observesSubstitutes: true).holidays(in: date.year).first(where: { $0.date == date }) {
                throw CommandError("\(date.long) is \(holiday.name), a statutory holiday, not a closure day: it cannot be reopened")
            }
            throw CommandError("\(date.long) is not a closure day for \(siteOption.site ?? "all sites"): see `caseload calendar closures`")
        }
        try db.removeClosureDay(id: id, by: actor)
        print("Reopened \(date.long) (\(siteOption.site ?? "all sites")); it was closed for: \(closure.reason).")
    }
}

struct CalendarSubstitutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "substitutes",
        abstract: "Show, or switch on or off (administrators), observed substitutes: a weekend holiday closes the next weekday.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("on or off; leave out to show the setting.", valueName: "on|off")) var value: String?

    func run() throws {
        let (db, actor) = try Opening.session(global, needs: nil)
        guard let value else {
            print("Observed substitutes are \(try db.observedSubstitutes() ? "on" : "off").")
            return
        }
        let isOn: Bool
        switch value.lowercased() {
        case "on", "yes", "true", "1": isOn = true
        case "off", "no", "false", "0": isOn = false
        default: throw CommandError("'\(value)' is neither on nor off: use `caseload calendar substitutes on` or `… off`")
        }
        try db.setObservedSubstitutes(isOn, by: actor)
        print("Observed substitutes are now \(isOn ? "on" : "off"). Due dates follow at once; see `caseload followups`.")
    }
}
