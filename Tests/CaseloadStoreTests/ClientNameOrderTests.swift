import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// The client list's name order ignores case and accents: Côté sorts with Cote, not after Cruz.
@Suite struct ClientNameOrderTests {
    /// In the order a person expects (last name, then first).
    static let ordered: [(first: String, last: String)] = [
        ("Tom", "Abel"), ("Ægir", "Ærø"), ("Ana", "Cote"), ("Zoë", "Côté"), ("Marc", "Côté-Tremblay"), ("Maria", "Cruz"),
        ("Anh", "Dang"), ("Văn", "Đặng"), ("Émile", "Dubois"), ("élodie", "dupont"), ("Ana", "Lopez"), ("Piotr", "Łoś"),
        ("Kim", "Lyons"), ("Bo", "Oster"), ("Søren", "Østergaard"), ("Ray", "Owen"), ("Anna", "Weiss"), ("Hans", "Weiß"),
        ("Jo", "Wilson"), ("Li", "Zhou"), ("秀英", "王"),
    ]

    @Test func theClientListSortsNamesIgnoringCaseAndAccents() throws {
        let f = try Fixture()
        // Inserted in another order, so neither id nor insertion order can give the answer.
        for person in Self.ordered.reversed() { try f.client(person.first, person.last) }
        for person in Self.ordered.shuffled().prefix(3) { try f.client(person.first, person.last) }
        let directory = try ClientDirectory(db: f.db)
        let rows = try directory.page(ClientListQuery(order: .name)).rows
        var seen: [String] = []
        for row in rows where seen.last != row.sortName { seen.append(row.sortName) }
        #expect(seen == Self.ordered.map { "\($0.last), \($0.first)" })
        // Namesakes keep the order they were added in.
        let namesakes = Dictionary(grouping: rows, by: \.sortName).values
        #expect(namesakes.filter { $0.count == 2 }.count == 3)
        for group in namesakes { #expect(group.map(\.id) == group.map(\.id).sorted()) }
        // Clients tied in another order (no CaMS reference, no note yet) follow in the same name order.
        #expect(try directory.page(ClientListQuery(order: .camsReference)).rows.map(\.id) == rows.map(\.id))
        #expect(try directory.page(ClientListQuery(order: .lastActivity)).rows.map(\.id) == rows.map(\.id))
    }

    @Test func sortKeysFoldLettersWithoutABaseLetter() {
        #expect(ClientNameOrder.key(last: "Østergaard", first: "SØREN") == Array("ostergaard\u{1}soren".utf8))
        #expect(ClientNameOrder.key(last: "Weiß", first: "Æsa") == Array("weiss\u{1}aesa".utf8))
        #expect(ClientNameOrder.key(last: "Đặng", first: "Ŀlum") == Array("dang\u{1}llum".utf8))
        // Accents typed as combining marks sort like the precomposed letter.
        #expect(ClientNameOrder.key(last: "Co\u{302}te\u{301}", first: "") == ClientNameOrder.key(last: "Côté", first: ""))
        // A letter without a plain spelling keeps its own bytes rather than a guess.
        #expect(ClientNameOrder.key(last: "ə", first: "") == Array("ə\u{1}".utf8))
    }
}
