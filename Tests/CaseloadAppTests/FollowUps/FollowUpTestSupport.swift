import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
@testable import CaseloadApp

extension AppFixture {
    /// Marie Roy's OW referral of Mon 5 Jan nobody has reached: R-04 was due Mon 12 Jan, so it is
    /// 3 business days overdue on the fixture's Thursday.
    @discardableResult
    func owReferral() throws -> Client {
        try db.createClient(Client(firstName: "Hélène", lastName: "Gagné", phone: "519-555-0123", referralSource: .ow,
                                   referralReceivedOn: LocalDate(year: 2026, month: 1, day: 5), saCaseworkerName: "Lee Wong",
                                   caseworkerID: otherCaseworker.id, status: .referred), by: otherCaseworker, today: Self.today)
    }
}

extension TestDriver where Program == CaseloadApp {
    /// Moves the selection down until the selected row contains `text`; false when no row does.
    @discardableResult
    func select(_ text: String) -> Bool {
        for _ in 0..<60 where !(lines.first { $0.hasPrefix("> ") }?.contains(text) ?? false) { press(.down) }
        return lines.first { $0.hasPrefix("> ") }?.contains(text) ?? false
    }
}
