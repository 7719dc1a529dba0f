import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// The store fixture plus a second caseworker and helpers for referral clients and the queue.
final class QueueFixture {
    static let zone = TimeZone(identifier: "America/Toronto")!
    let base: Fixture
    let other: StaffMember
    var db: CaseloadDatabase { base.db }

    init() throws {
        base = try Fixture()
        other = try base.db.addStaff(username: "mroy", fullName: "Marie Roy", role: .caseworker, by: base.admin)
    }

    /// A client still `Referred` from `source`, received on `received`.
    @discardableResult
    func referral(_ first: String, _ last: String, _ source: ReferralSource, received: String,
                  caseworker: StaffMember? = nil, site: Int64? = nil) throws -> Client {
        try db.createClient(Client(firstName: first, lastName: last, phone: "519-555-01\(Int.random(in: 10...99))",
                                   referralSource: source, referralReceivedOn: LocalDate(iso: received), saCaseworkerName: "Pat Singh",
                                   caseworkerID: (caseworker ?? base.caseworker).id, siteID: site, status: .referred),
                            by: base.admin, today: LocalDate(iso: received)!)
    }

    /// The queue as of a day (noon that day is "now").
    func queue(_ asOf: String, caseworker: StaffMember? = nil) throws -> [DueItem] {
        let day = LocalDate(iso: asOf)!
        return try db.followUpQueue(asOf: day, now: day.startInstant(in: Self.zone).addingTimeInterval(12 * 3600),
                                    scope: FollowUpScope(caseworkerID: caseworker?.id), zone: Self.zone)
    }

    func item(_ rule: FollowUpRule, _ client: Client, asOf: String) throws -> DueItem? {
        try queue(asOf).first { $0.rule == rule && $0.clientID == client.id }
    }
}
