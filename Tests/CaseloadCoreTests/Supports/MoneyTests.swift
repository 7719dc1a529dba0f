import CaseloadCore
import Testing

/// Typed amounts become whole cents exactly, and cents read back as people write them.
@Suite struct MoneyTests {
    @Test func typedAmountsParseToExactCents() {
        #expect(Money.cents(parsing: "$1,234.56") == 123_456)
        #expect(Money.cents(parsing: " 250 ") == 25_000)
        #expect(Money.cents(parsing: "$ 12.5") == 1_250)
        #expect(Money.cents(parsing: "0.07") == 7)
        #expect(Money.cents(parsing: "1,000,000.01") == 100_000_001)
        #expect(Money.cents(parsing: "0.1") == 10)
    }

    @Test func nonsenseIsRefusedNotGuessed() {
        for text in ["", "$", "-5", "12.345", "1,23.00", "12,34", "1.2.3", "ten", "$1,2345", "1e3", ".50", "١٢"] {
            #expect(Money.cents(parsing: text) == nil, "\(text)")
        }
    }

    @Test func centsReadBackWithGroupingAndTwoDecimals() {
        #expect(Money.dollars(cents: 123_456) == "$1,234.56")
        #expect(Money.dollars(cents: 7) == "$0.07")
        #expect(Money.dollars(cents: -25_000) == "-$250.00")
        #expect(Money.plain(cents: 123_456) == "1234.56")
        for cents in [0, 1, 99, 100, 123_456_789] { #expect(Money.cents(parsing: Money.dollars(cents: cents)) == cents) }
    }

    @Test func theFiscalYearRunsAprilToMarch() {
        let march = SupportPeriod.fiscalYear(containing: LocalDate(iso: "2027-03-31")!)
        let april = SupportPeriod.fiscalYear(containing: LocalDate(iso: "2027-04-01")!)
        #expect(march.from.iso == "2026-04-01" && march.to.iso == "2027-03-31" && march.title == "Fiscal 2026-27")
        #expect(april.from.iso == "2027-04-01")
        let feb = SupportPeriod.month(containing: LocalDate(iso: "2028-02-10")!)
        #expect(feb.from.iso == "2028-02-01" && feb.to.iso == "2028-02-29")
    }
}
