import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Issue #15 item 9: a client with the same name, date of birth and phone as an existing one is
/// refused unless confirmed, and the check runs inside the write transaction, so two terminals
/// registering the same person at once cannot both create them.
@Suite struct ExactDuplicateTests {
    static let born = LocalDate(year: 1990, month: 3, day: 4)!
    static let today = LocalDate(year: 2026, month: 1, day: 15)!

    static func person(_ first: String = "Sam", _ last: String = "Rivers", phone: String? = "519-555-0110") -> Client {
        Client(firstName: first, lastName: last, dateOfBirth: born, phone: phone)
    }

    private func matching(_ db: CaseloadDatabase, _ last: String = "Rivers") throws -> Int {
        try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM client WHERE last_name = ?", arguments: [last]) ?? -1 }
    }

    @Test func anUnconfirmedExactDuplicateIsRefusedWithAClearError() throws {
        let f = try Fixture()
        let first = try f.db.createClient(Self.person(), by: f.caseworker, today: Self.today)
        // Case, surrounding spaces and the phone's punctuation do not make another person.
        let error = storeError { _ = try f.db.createClient(Self.person(" sam ", "RIVERS", phone: "(519) 555 0110"), by: f.caseworker, today: Self.today) }
        #expect(error == .exactDuplicate(clientID: first.id!, clientName: "Rivers, Sam"))
        #expect(error?.message == "Rivers, Sam (#\(first.id!)) looks like the same person (same date of birth and phone, or same name and"
                + " date of birth); nothing was saved: open that client instead, or confirm this is a different person"
                + " (with the reason) to register them anyway")
        #expect(try matching(f.db) == 1)

        // Confirming needs the reason (issue #19), which is kept with the new client.
        #expect(refusal { _ = try f.db.createClient(Self.person(), by: f.caseworker, today: Self.today, allowingDuplicate: true) }
            == "Say why Sam Rivers is a different person from Rivers, Sam (#\(first.id!)): the reason is kept.")
        #expect(try matching(f.db) == 1)
        let second = try f.db.createClient(Self.person(), by: f.caseworker, today: Self.today, allowingDuplicate: true,
                                           duplicateReason: "Father and son, same name; checked their health cards")
        #expect(try matching(f.db) == 2, "confirmed as a different person")
        let kept = try f.db.duplicateConfirmations(clientID: second.id!)
        #expect(kept.map(\.reason) == ["Father and son, same name; checked their health cards"])
        #expect(kept.map(\.matchedClientID) == [first.id] && kept.map(\.match) == ["same date of birth and phone"])
        #expect(try f.db.audit(recordType: "duplicate_confirmation", recordID: kept[0].id!).map(\.action) == ["insert"])
    }

    /// Issue #19's strong match: the same birth date and phone, or the same normalised name and birth date.
    @Test func strongMatchesNeedConfirmation() throws {
        let f = try Fixture()
        let first = try f.db.createClient(Self.person(), by: f.caseworker, today: Self.today)
        // Same name and birth date, another phone or none: the same person until confirmed otherwise.
        for phone in ["519-555-0111", nil] as [String?] {
            #expect(storeError { _ = try f.db.createClient(Self.person(phone: phone), by: f.caseworker, today: Self.today) }
                == .exactDuplicate(clientID: first.id!, clientName: "Rivers, Sam"))
        }
        // Accents, hyphens and spacing do not make another name.
        #expect(storeError { _ = try f.db.createClient(Self.person("Såm", "Ri-vers"), by: f.caseworker, today: Self.today) }
            == .exactDuplicate(clientID: first.id!, clientName: "Rivers, Sam"))
        // Another name with the same birth date and phone: one person (a typo in the name).
        #expect(storeError { _ = try f.db.createClient(Self.person("Samuel", "Rivera"), by: f.caseworker, today: Self.today) }
            == .exactDuplicate(clientID: first.id!, clientName: "Rivers, Sam"))
        #expect(try matching(f.db) == 1)
    }

    @Test func anotherBirthDateOrAnotherNameAndPhoneIsAnotherPerson() throws {
        let f = try Fixture()
        _ = try f.db.createClient(Self.person(), by: f.caseworker, today: Self.today)
        _ = try f.db.createClient(Self.person("Samuel", "Rivers", phone: "519-555-0111"), by: f.caseworker, today: Self.today)
        _ = try f.db.createClient(Self.person("Alex", "Rivers", phone: nil), by: f.caseworker, today: Self.today)
        var older = Self.person()
        older.dateOfBirth = LocalDate(year: 1980, month: 3, day: 4)
        _ = try f.db.createClient(older, by: f.caseworker, today: Self.today)
        #expect(try matching(f.db) == 4)
        // Without a birth date nothing says two records are one person.
        for _ in 0..<2 { _ = try f.db.createClient(Client(firstName: "Sam", lastName: "Rivers"), by: f.caseworker, today: Self.today) }
        #expect(try matching(f.db) == 6)
    }

    @Test func aWalkInOfSomeoneAlreadyRegisteredIsRefusedToo() throws {
        let f = try Fixture()
        let site = try #require(try f.db.sites().first?.id)
        _ = try f.db.createClient(Self.person(), by: f.caseworker, today: Self.today)
        let error = storeError {
            _ = try f.db.checkInWalkIn(newClient: Self.person(), staffID: f.caseworker.id!, siteID: site, day: Self.today,
                                       startMinute: 600, by: f.caseworker)
        }
        guard case .exactDuplicate? = error else { Issue.record("expected exactDuplicate, got \(String(describing: error))"); return }
        #expect(try f.db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM appointment") } == 0, "nothing half-done")
    }

    /// Two terminals (two opens of one file) register the same walk-in at the same moment, round
    /// after round: each round exactly one client is created and the other is told why not.
    @Test func twoTerminalsAtOnceCreateOneClient() async throws {
        let f = try Fixture()
        let site = try #require(try f.db.sites().first?.id)
        let terminals = [try f.openAgain(), try f.openAgain()]
        let staffID = f.caseworker.id!, caseworker = f.caseworker
        for round in 0..<8 {
            let last = "Rivers\(String(repeating: "a", count: round + 1))"
            let phone = "519-555-02\(round)0"   // each round another person (same birth date and phone would match)
            let outcomes = await withTaskGroup(of: String.self) { group in
                for i in 0..<2 {
                    group.addTask {
                        do {
                            if i == 0 {
                                _ = try terminals[i].createClient(Self.person("Sam", last, phone: phone), by: caseworker, today: Self.today)
                            } else {
                                _ = try terminals[i].checkInWalkIn(newClient: Self.person("Sam", last, phone: phone), staffID: staffID, siteID: site,
                                                                   day: Self.today, startMinute: 600, by: caseworker)
                            }
                            return "saved"
                        } catch let error as StoreError {
                            if case .exactDuplicate = error { return "duplicate" }
                            return "other: \(error.message)"
                        } catch {
                            return "other: \(error)"
                        }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.sorted() == ["duplicate", "saved"], "round \(round)")
            #expect(try matching(f.db, last) == 1, "round \(round)")
        }
    }

    /// The import folds every new row's name: ASCII names take a byte loop instead of Foundation's
    /// folding. The two must agree on every ASCII text, punctuation and control characters included.
    @Test func theASCIIShortcutsAgreeWithTheGeneralFolding() {
        var random = SplitMix64(seed: 21)
        let ascii = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        var texts = ["", "O'Neil", "Jean-Luc", "  SAM  rivers ", "(519) 555-0110", "519.555.0110 x12", "+1/519", "A1b2C3", "_~`@"]
        for _ in 0..<2_000 { texts.append((0..<random.int(in: 0...16)).map { _ in ascii[random.below(ascii.count)] }.joined()) }
        for text in texts {
            #expect(ExactDuplicate.isASCII(text))
            #expect(ExactDuplicate.asciiNormalised(text) == ExactDuplicate.unicodeNormalised(text), "\(text.debugDescription)")
            #expect(ExactDuplicate.asciiDigits(text) == ExactDuplicate.unicodeDigits(text), "\(text.debugDescription)")
        }
        #expect(!ExactDuplicate.isASCII("Zoë"))
        #expect(ExactDuplicate.normalisedName(Client(firstName: "Zoë", lastName: "Côté-Smith")) == ExactDuplicate.normalisedName(Client(firstName: "zoe", lastName: "cote smith")))
    }
}
