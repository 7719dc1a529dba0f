import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// Issue #15 item 21: the store refuses over-long free text however it arrives, and the import
/// reports it as `line N: column: reason` without writing.
@Suite struct FieldLimitStoreTests {
    @Test func aPastedPageIsRefusedAsAnAddressAndAsANote() throws {
        let f = try Fixture()
        let page = String(repeating: "x", count: 100_000)
        let error = storeError { _ = try f.db.createClient(Client(firstName: "Ana", lastName: "Silva", address: page), by: f.caseworker) }
        #expect(error == .invalid([FieldError(field: "address", message: "Address is 100000 characters long: shorten it to 200 or fewer.")]))

        let client = try f.client("Bo", "Okafor")
        let note = CaseNote(clientID: client.id!, authorID: 0, interactionAt: Date(), communication: "Phone", type: "General",
                            subject: "Call", body: String(repeating: "y", count: FieldLimits.noteBody + 1))
        #expect(storeError { _ = try f.db.addCaseNote(note, by: f.caseworker) } == .invalid([
            FieldError(field: "body", message: "The note is 20001 characters long: shorten it to 20000 or fewer."),
        ]))
        var fits = note
        fits.body = String(repeating: "y", count: FieldLimits.noteBody)
        _ = try f.db.addCaseNote(fits, by: f.caseworker)
    }

    @Test func theImportNamesTheLineAndColumn() throws {
        let f = try Fixture()
        let report = try f.importFile(text: "cams_reference,first_name,last_name,address\n123456789,Ana,Silva,\(String(repeating: "z", count: 100_000))\n")
        #expect(!report.wasWritten)
        #expect(report.problems.map(\.description) == ["line 2: address: is 100000 characters long: at most 200 fit (shorten it in the extract)"])
        #expect(try f.count("client") == 0)
    }
}
