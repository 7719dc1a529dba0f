/// The dates Caseload takes from a person or a file (a form field, a CaMS extract cell, a command's
/// date option). Every such date is checked against these limits before any arithmetic is done
/// with it: a mistyped year (2205, 9999, 0202) then gets a clear message instead of a crash, or a
/// follow-up queue that steps through centuries of business days.
public struct AcceptedDates: Hashable, Sendable {
    public let earliest: LocalDate
    public let latest: LocalDate
    /// What to tell someone whose date is before `earliest` / after `latest`, and what to do.
    public let tooEarly: String
    public let tooLate: String

    public init(earliest: LocalDate, latest: LocalDate, tooEarly: String, tooLate: String) {
        self.earliest = earliest; self.latest = latest; self.tooEarly = tooEarly; self.tooLate = tooLate
    }

    /// The widest range anything may use: no client, job or appointment lies outside it.
    public static let firstDay = LocalDate(year: 1900, month: 1, day: 1)!
    public static let lastDay = LocalDate(year: 2100, month: 12, day: 31)!

    /// Any day a person means: an appointment, a job's start, a plan item's dates, the day a queue is
    /// computed for. Messages are short: a date field shows them beside the date at 80 columns.
    public static let anyDay = AcceptedDates(earliest: firstDay, latest: lastDay,
                                             tooEarly: "is before \(firstDay.iso): check the year",
                                             tooLate: "is after \(lastDay.iso): check the year")

    /// A day that has already happened: a date of birth, an assessment's submission, a referral's
    /// receipt, a checkpoint reached.
    public static func pastDay(today: LocalDate) -> AcceptedDates {
        AcceptedDates(earliest: firstDay, latest: min(today, lastDay),
                      tooEarly: anyDay.tooEarly, tooLate: "is in the future: check the year")
    }

    public func contains(_ day: LocalDate) -> Bool { day >= earliest && day <= latest }

    /// Why `day` is not accepted ("is after 2100-12-31: check the year"), or nil when it is. Callers
    /// put the field's name and the value in front: "ca_submitted_on: '2205-03-01' is in the future …".
    public func problem(_ day: LocalDate) -> String? {
        if day < earliest { return tooEarly }
        if day > latest { return tooLate }
        return nil
    }
}
