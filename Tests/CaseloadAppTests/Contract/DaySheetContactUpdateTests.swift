import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// The day sheet's phone-and-email dialog, with no database.
@MainActor @Suite struct DaySheetContactUpdateTests {
    typealias T = DaySheetUpdateTests

    @Test func pReadsTheContactThenOnlyPhoneAndEmailAreEditedAndRefusalsGoOnTheField() {
        var model = T.loaded()
        #expect(T.menu("p", &model).askedFor == ["read: read Zoë Côté's phone and email"])
        _ = model.update(.loaded(.contact(ClientContact(clientID: 101, phone: "519-555-0142", email: nil, version: 3), T.zoe)))
        guard case .contact(let dialog)? = model.state.modal else { Issue.record("no dialog"); return }
        #expect(dialog.form.fields.map(\.id) == [ContactDialog.ID.phone, ContactDialog.ID.email])
        #expect(!model.hasUnsavedInput)
        _ = model.update(.key(.char("9")))
        #expect(model.hasUnsavedInput)
        #expect(model.update(.key(.ctrl("s"))).askedFor == ["write: save the phone and email"])
        guard case .contact(let sent)? = model.state.modal else { Issue.record("the dialog closed before the save"); return }
        let refused = model.update(.loaded(.contactRefused([FieldError(field: "email", message: "That is not an email address.")], sent)))
        #expect(refused.commands == [.status("That is not an email address.", isError: true)])
        guard case .contact(let marked)? = model.state.modal else { Issue.record("the refusal closed the dialog"); return }
        #expect(marked.form[ContactDialog.ID.email]?.error == "That is not an email address.")
        #expect(marked.form.values[ContactDialog.ID.phone] == "519-555-01429")
    }
}
