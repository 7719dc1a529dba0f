import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// The supervisors' per-caseworker counts come from the same items as the queue.
@Suite struct TeamLoadTests {
    @Test func countsAndWorstAgeAgreeWithEachCaseworkersQueue() throws {
        let f = try QueueFixture()
        try f.referral("Zoë", "Côté", .trf, received: "2025-12-24")                        // for Dana
        try f.referral("Noël", "Bélanger", .rasp, received: "2026-01-05")                  // for Dana
        try f.referral("Amira", "Haddad", .ow, received: "2026-01-12", caseworker: f.other) // R-04 for Marie
        let nobody = try f.db.createClient(Client(firstName: "Jun", lastName: "Wu", phone: "519-555-0100", referralSource: .trf,
                                                  referralReceivedOn: LocalDate(iso: "2026-01-14"), saCaseworkerName: "Pat Singh",
                                                  status: .referred), by: f.base.admin, today: LocalDate(iso: "2026-01-15")!)
        let asOf = "2026-01-15"
        let day = LocalDate(iso: asOf)!
        let loads = try f.db.followUpTeamLoad(asOf: day, now: day.startInstant(in: QueueFixture.zone).addingTimeInterval(12 * 3600),
                                              zone: QueueFixture.zone, by: f.base.supervisor)
        for caseworker in [f.base.caseworker, f.other] {
            let queue = try f.queue(asOf, caseworker: caseworker)
            let load = try #require(loads.first { $0.staffID == caseworker.id })
            #expect(load.overdue == queue.filter { $0.status.isOverdue }.count)
            #expect(load.dueToday == queue.filter { $0.status == .dueToday }.count)
            #expect(load.upcoming == queue.filter { $0.status == .upcoming }.count)
            let worst = queue.compactMap { if case .overdue(let n) = $0.status { return n } else { return nil } }.max() ?? 0
            #expect(load.worstOverdueBusinessDays == worst)
        }
        // Zoë's first contact was due Mon 29 Dec: 12 business days late on Thu 15 Jan (New Year's Day skipped).
        let dana = try #require(loads.first { $0.staffID == f.base.caseworker.id })
        #expect(dana.overdue == 3 && dana.worstOverdueBusinessDays == 12)
        #expect(loads.first?.staffID == f.base.caseworker.id)                      // most overdue first
        let unassigned = try #require(loads.first { $0.staffID == nil })
        #expect(unassigned.total == 2 && nobody.caseworkerID == nil)
    }

    /// Issue #22: a supervisor of 15 balances caseloads by open clients, overdue and due-this-week
    /// counts by rule, for one site at a time.
    @Test func openClientsThisWeekAndRulesCountPerSite() throws {
        let f = try QueueFixture()
        try f.db.execute("INSERT INTO site(name) VALUES ('London East')")
        let sites = try f.db.sites()
        let central = sites.first { $0.name != "London East" }!.id!, east = sites.first { $0.name == "London East" }!.id!
        let eastWorker = try f.db.addStaff(username: "pwong", fullName: "Pat Wong", role: .caseworker, site: east, by: f.base.admin)
        try f.db.execute("UPDATE staff SET site_id = ? WHERE id IN (?, ?)", [central, f.base.caseworker.id!, f.other.id!])
        try f.referral("Zoë", "Côté", .trf, received: "2025-12-24", site: central)                 // overdue
        try f.referral("Noël", "Bélanger", .rasp, received: "2026-01-14", site: central)           // R-01 due Thu 15, R-02 later
        try f.referral("Amira", "Haddad", .ow, received: "2026-01-12", caseworker: eastWorker, site: east)
        let closed = try f.referral("Gus", "Park", .trf, received: "2026-01-14", site: central)
        try f.db.execute("UPDATE client SET status = 'Closed' WHERE id = ?", [closed.id!])

        let day = LocalDate(iso: "2026-01-15")!   // a Thursday: the week ends Fri 16 Jan
        let now = day.startInstant(in: QueueFixture.zone).addingTimeInterval(12 * 3600)
        let all = try f.db.followUpTeamLoad(asOf: day, now: now, zone: QueueFixture.zone, by: f.base.supervisor)
        let dana = try #require(all.first { $0.staffID == f.base.caseworker.id })
        #expect(dana.activeClients == 2, "the closed file is not caseload")
        let queue = try f.queue("2026-01-15", caseworker: f.base.caseworker)
        #expect(dana.overdueByRule == Dictionary(grouping: queue.filter { $0.status.isOverdue }, by: \.rule).mapValues(\.count))
        let week = queue.filter { !$0.status.isOverdue && $0.due <= LocalDate(iso: "2026-01-16")! }
        #expect(dana.dueThisWeek == week.count && dana.dueThisWeek > 0)
        #expect(dana.dueThisWeekByRule == Dictionary(grouping: week, by: \.rule).mapValues(\.count))
        #expect(CaseworkerLoad.byRule(["R-02": 1, "R-01": 3].reduce(into: [:]) { $0[FollowUpRule(rawValue: $1.key)!] = $1.value }) == "R-01 3 · R-02 1")

        let eastOnly = try f.db.followUpTeamLoad(asOf: day, now: now, zone: QueueFixture.zone, siteID: east, by: f.base.supervisor)
        #expect(eastOnly.map(\.staffID) == [eastWorker.id], "only that site's caseworkers and clients")
        #expect(eastOnly.first?.activeClients == 1 && eastOnly.first?.overdue == all.first { $0.staffID == eastWorker.id }?.overdue)
        #expect(CaseworkerLoad.endOfWorkingWeek(LocalDate(iso: "2026-01-17")!) == LocalDate(iso: "2026-01-23"), "a Saturday looks at next week")
    }
}
