import CaseloadCore
import Foundation
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
}
