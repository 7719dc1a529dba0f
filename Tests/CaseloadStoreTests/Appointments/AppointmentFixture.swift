import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// The store fixture plus a site, a second caseworker and two clients: Zoë (self-referred, Dana's)
/// and Amira (OW-referred, Marie's). Days are fixed: Thursday 15 January 2026 unless a test says.
final class AppointmentFixture {
    static let thursday = LocalDate(year: 2026, month: 1, day: 15)!
    /// The clock for bookings and reschedules: Thursday at midnight, before any time a test books.
    static let morning = thursday.startInstant(in: FollowUpEngine.agencyTimeZone)
    let base: Fixture
    let site: Int64
    let otherSite: Int64
    let marie: StaffMember
    let zoe: Client
    let amira: Client

    var db: CaseloadDatabase { base.db }
    var dana: StaffMember { base.caseworker }
    var desk: StaffMember { base.frontDesk }

    init() throws {
        base = try Fixture()
        site = try base.db.sites().first!.id!
        try base.db.execute("INSERT INTO site(name) VALUES ('London East')")
        otherSite = try base.db.sites().first { $0.name == "London East" }!.id!
        marie = try base.db.addStaff(username: "mroy", fullName: "Marie Roy", role: .caseworker, site: site, by: base.admin)
        zoe = try base.db.createClient(Client(firstName: "Zoë", lastName: "Côté", dateOfBirth: LocalDate(year: 1998, month: 7, day: 5),
                                              phone: "519-555-0142", caseworkerID: base.caseworker.id),
                                       by: base.caseworker, today: Self.thursday)
        amira = try base.db.createClient(Client(firstName: "Amira", lastName: "Haddad", phone: "226-555-0175", referralSource: .ow,
                                                referralReceivedOn: LocalDate(year: 2026, month: 1, day: 5), saCaseworkerName: "Lee Wong",
                                                caseworkerID: marie.id),
                                         by: base.caseworker, today: Self.thursday)
    }

    /// Books through the store as the front desk.
    @discardableResult
    func book(_ client: Client, with staff: StaffMember? = nil, on day: LocalDate = thursday, at time: String,
              length: Int = 60, site: Int64? = nil, purpose: String = "Résumé review", allowOverlap: Bool = false) throws -> Appointment {
        let parts = time.split(separator: ":").compactMap { Int($0) }
        return try db.bookAppointment(Appointment(clientID: client.id!, staffID: (staff ?? dana).id!, siteID: site ?? self.site, day: day,
                                                  startMinute: parts[0] * 60 + parts[1], lengthMinutes: length, purpose: purpose),
                                      allowOverlap: allowOverlap, now: min(day, Self.thursday).startInstant(in: FollowUpEngine.agencyTimeZone), by: desk)
    }

    func openFollowUps(for client: Client) throws -> [ManualFollowUp] {
        try base.db.pool.read { db in
            try ManualFollowUp.filter(ManualFollowUp.Columns.clientID == client.id!)
                .filter(ManualFollowUp.Columns.completedOn == nil)
                .order(ManualFollowUp.Columns.id).fetchAll(db)
        }
    }

    func stored(_ appointment: Appointment) throws -> Appointment? {
        try base.db.pool.read { try Appointment.fetchOne($0, key: appointment.id!) }
    }

    func auditActions(_ table: String, _ id: Int64?) throws -> [String] {
        try base.db.audit(recordType: table, recordID: id!).map(\.action)
    }
}
