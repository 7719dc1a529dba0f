import Foundation
import CaseloadCore

/// Builders for follow-up tests. Public API only, so the suite also runs in a release build.
enum FU {
    static let toronto = FollowUpEngine.agencyTimeZone

    /// "2025-12-24" → the date; a typo in a table fails loudly.
    static func day(_ iso: String) -> LocalDate {
        guard let date = LocalDate(iso: iso) else { fatalError("bad test date \(iso)") }
        return date
    }

    /// An instant given as Toronto wall time, "2026-03-03 14:05".
    static func instant(_ text: String) -> Date {
        let parts = text.split(separator: " ")
        let clock = parts[1].split(separator: ":").map { Int($0)! }
        return day(String(parts[0])).startInstant(in: toronto).addingTimeInterval(TimeInterval(clock[0] * 3600 + clock[1] * 60))
    }

    /// An engine as of a day, with `now` at noon that day unless given.
    static func engine(asOf iso: String, calendar: BusinessCalendar = .ontario, now: Date? = nil,
                       siteCalendars: [Int64: BusinessCalendar] = [:], horizon: LocalDate? = nil) -> FollowUpEngine {
        FollowUpEngine(calendar: calendar, asOf: day(iso), now: now ?? instant("\(iso) 12:00"),
                       siteCalendars: siteCalendars, horizon: horizon)
    }

    static func referral(_ id: Int64, _ source: ReferralSource, received iso: String, status: ClientStatus = .referred,
                         name: String = "Tremblay, Luc", caseworker: Int64? = 7, site: Int64? = nil) -> ClientFact {
        ClientFact(id: id, name: name, caseworkerID: caseworker, siteID: site, referralSource: source,
                   referralReceivedOn: day(iso), status: status, saCaseworkerName: source.isSocialAssistance ? "Dana Roe" : nil)
    }

    static func referral(_ source: ReferralSource, received iso: String, status: ClientStatus = .referred) -> ClientFact {
        referral(1, source, received: iso, status: status)
    }

    static func client(_ id: Int64 = 1, name: String = "Tremblay, Luc", source: ReferralSource = .selfReferred,
                       status: ClientStatus = .active, cams: String? = "000123456", caseworker: Int64? = 7) -> ClientFact {
        ClientFact(id: id, name: name, camsReference: cams, caseworkerID: caseworker, referralSource: source, status: status)
    }

    static func attempt(_ client: Int64, _ iso: String, _ result: ContactResult = .noAnswer) -> ContactAttemptFact {
        ContactAttemptFact(clientID: client, day: day(iso), result: result)
    }

    static func attempt(_ iso: String, _ result: ContactResult = .noAnswer) -> ContactAttemptFact {
        attempt(1, iso, result)
    }

    static func items(_ facts: FollowUpFacts, asOf: String, calendar: BusinessCalendar = .ontario) -> [DueItem] {
        engine(asOf: asOf, calendar: calendar).items(from: facts)
    }

    /// The single item a rule raised, or nil.
    static func item(_ rule: FollowUpRule, _ facts: FollowUpFacts, asOf: String, calendar: BusinessCalendar = .ontario) -> DueItem? {
        let found = items(facts, asOf: asOf, calendar: calendar).filter { $0.rule == rule }
        precondition(found.count <= 1, "expected at most one \(rule.rawValue) item, got \(found.count)")
        return found.first
    }

    /// The status a due date has as of a day: due-1 upcoming, due today, due+1 overdue.
    static func expectedStatus(due: LocalDate, asOf: LocalDate, overdueBy: Int) -> DueStatus {
        asOf < due ? .upcoming : asOf == due ? .dueToday : .overdue(businessDays: overdueBy)
    }
}
