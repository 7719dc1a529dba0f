import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// What `caseload lists add type … --template-file` promises, seen in the note form: the new Type
/// is offered like the seeded ones and its template pre-fills the body.
@MainActor @Suite struct AdminTypeTemplateTests {
    @Test func aTypeAnAdministratorAddedPreFillsTheBodyWithItsTemplate() throws {
        let f = try AppFixture()
        _ = try f.db.addValueListEntry(kind: .noteType, value: "Job Fair",
                                       template: "Employer met: \nRoles discussed: \n", by: f.admin)
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("n"))
        d.type("in"); d.press(.enter)                       // Communication: In Person; on to Type
        d.type("job f"); d.press(.enter)                    // the administrator's new Type
        #expect(d.screen.contains("Job Fair"), "\(d.screen)")
        #expect(d.screen.contains("Employer met:") && d.screen.contains("Roles discussed:"), "\(d.screen)")
        d.press(.tab)                                       // past the optional subject, into the body
        d.type("Maple Foods")                               // fills the template's first blank
        d.press(.ctrl("s"))
        #expect(d.statusLine == "Note saved for Côté, Zoë.", "\(d.screen)")
        let saved = try #require(try f.db.notes(clientID: f.zoe.id!, by: f.caseworker).first { $0.type == "Job Fair" })
        #expect(saved.body == "Employer met: Maple Foods\nRoles discussed: \n")
    }
}
