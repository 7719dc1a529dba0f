import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Totals by status and category for a month and the fiscal year, per client, caseworker and site;
/// and amounts that stay exact over ten thousand supports.
@Suite struct SupportTotalsTests {
    typealias F = SupportFixture

    private func line(_ totals: [SupportTotal], _ status: SupportStatus, _ category: String = "Transportation") -> (Int, Int)? {
        totals.first { $0.status == status && $0.category == category }.map { ($0.count, $0.cents) }
    }

    @Test func eachStatusCountsInThePeriodItHappened() throws {
        let f = try F()
        _ = try f.paid()                                   // submitted, approved and paid in November
        let declined = try f.submitted(f.transportation(4_000))
        _ = try f.db.declineSupport(id: declined.id!, version: declined.version, ssmReference: "SSM-3", reason: "Covered by OW.",
                                    decidedOn: F.decided, by: f.supervisor, today: F.decided)
        let november = try f.db.supportTotals(.month(containing: F.decided), by: f.supervisor)
        #expect(line(november, .submitted).map { $0 == (2, 29_000) } == true)
        #expect(line(november, .approved).map { $0 == (1, 25_000) } == true)
        #expect(line(november, .paid).map { $0 == (1, 25_000) } == true)
        #expect(line(november, .declined).map { $0 == (1, 4_000) } == true)
        #expect(line(november, .ineligible) == nil)
        #expect(try f.db.supportTotals(.month(containing: LocalDate(iso: "2026-12-01")!), by: f.supervisor).isEmpty)

        let fiscal = SupportPeriod.fiscalYear(containing: LocalDate(iso: "2027-02-01")!)
        #expect(fiscal.from.iso == "2026-04-01" && fiscal.to.iso == "2027-03-31")
        let paid = try f.db.supports(clientID: f.client.id!, by: f.supervisor).first { $0.status == .paid }!
        _ = try f.db.markSupportIneligible(id: paid.id!, version: paid.version, amountCents: 1_234, reason: "Audit",
                                           on: LocalDate(iso: "2027-02-01")!, by: f.supervisor, today: LocalDate(iso: "2027-02-01")!)
        let year = try f.db.supportTotals(fiscal, by: f.supervisor)
        #expect(line(year, .ineligible).map { $0 == (1, 1_234) } == true)
        #expect(line(year, .paid).map { $0 == (1, 25_000) } == true, "still counted as paid in the year it was paid")
    }

    @Test func totalsBreakDownByClientCaseworkerAndSite() throws {
        let f = try F()
        _ = try f.submitted()
        let other = try f.db.createClient(Client(firstName: "Ben", lastName: "Roy", phone: "519-555-0143", referralSource: .selfReferred,
                                                 caseworkerID: f.queue.other.id, status: .active),
                                          by: f.queue.base.admin, today: LocalDate(iso: "2026-10-01")!)
        var support = f.transportation(7_500)
        support.clientID = other.id!
        let d = try f.db.draftSupport(support, by: f.queue.other, today: F.submitted)
        _ = try f.db.submitSupport(id: d.id!, version: d.version, by: f.queue.other, today: F.submitted)
        let month = SupportPeriod.month(containing: F.submitted)
        let byWorker = try f.db.supportTotals(month, groupedBy: .caseworker, by: f.supervisor)
        #expect(byWorker.map { "\($0.group) \($0.cents)" } == ["Dana Lee 25000", "Marie Roy 7500"])
        #expect(try f.db.supportTotals(month, caseworkerID: f.queue.other.id, by: f.supervisor).map(\.cents) == [7_500])
        #expect(try f.db.supportTotals(month, clientID: f.client.id, by: f.caseworker).map(\.cents) == [25_000])
        #expect(try f.db.supportTotals(month, groupedBy: .site, by: f.supervisor).map(\.group) == ["(no site)"])
    }

    /// Ten thousand amounts typed as "$1,234.56", parsed, stored and summed by SQLite, against a
    /// Decimal sum of the same text: not a cent apart.
    @Test func tenThousandRandomAmountsSumExactly() throws {
        let f = try F()
        var rng = SystemRandomNumberGenerator()
        var typed: [String] = []
        for _ in 0..<10_000 {
            let cents = Int.random(in: 1...250_000_00, using: &rng)
            let dollars = cents / 100
            let grouped = dollars.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_CA")))
            typed.append("$\(grouped).\(String(format: "%02d", cents % 100))")
        }
        let parsed = typed.map { Money.cents(parsing: $0) }
        #expect(parsed.allSatisfy { $0 != nil })
        let expected = typed.reduce(Decimal(0)) { $0 + Decimal(string: String($1.dropFirst()).replacingOccurrences(of: ",", with: ""))! }
        try f.db.pool.write { db in
            for cents in parsed {
                try db.execute(sql: """
                    INSERT INTO financial_support(client_id, recipient, category, amount_cents, status, submitted_on)
                    VALUES (?, 'Job Seeker', 'Transportation', ?, 'Submitted', '2026-11-02')
                    """, arguments: [f.client.id!, cents!])
            }
        }
        let totals = try f.db.supportTotals(.month(containing: F.submitted), by: f.supervisor)
        let submitted = try #require(totals.first { $0.status == .submitted })
        #expect(submitted.count == 10_000)
        #expect(Decimal(submitted.cents) / 100 == expected)
        #expect(submitted.cents == parsed.reduce(0) { $0 + $1! })
    }
}
