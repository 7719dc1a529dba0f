import CaseloadCore
@testable import CaseloadStore
import Foundation
import GRDB
import TerminalKit
import Testing
@testable import CaseloadApp

/// The profile's `update`, with no database: keys and loaded data in, state and effects out.
@MainActor @Suite struct ClientProfileUpdateTests {
    static let zoeID: Int64 = 42

    static func context(_ role: StaffRole) -> ScreenContext {
        ScreenContext(actor: StaffMember(id: 7, username: "dlee", fullName: "Dana Lee", role: role),
                      today: AppFixture.today, now: AppFixture.now)
    }

    /// The client's summary as the store would hand it over (a row, not a database).
    static func summary() throws -> ClientSummary {
        try ClientSummary(row: Row(["id": zoeID, "cams_reference": nil, "first_name": "Zoë", "last_name": "Côté",
                                    "preferred_name": nil, "date_of_birth": "1998-07-05", "phone": "519-555-0199",
                                    "status": "Active", "caseworker_id": 7, "site_id": nil]))
    }

    static func data(notes: [CaseNoteHeader] = []) throws -> ProfileData {
        var data = ProfileData(summary: try summary(), appointments: [])
        data.client = Client(id: zoeID, firstName: "Zoë", lastName: "Côté", referralSource: .ow, caseworkerID: 7, status: .active)
        data.notes = notes
        return data
    }

    static func header(_ id: Int64) -> CaseNoteHeader {
        CaseNoteHeader(id: id, clientID: zoeID, authorID: 7, authorName: "Dana Lee", interactionAt: AppFixture.now,
                       enteredAt: AppFixture.now, communication: "Phone", type: "General", subject: "Note \(id)",
                       amends: nil, isAmended: false)
    }

    static func doing<M>(_ effects: [Effect<M>]) -> [String] {
        effects.compactMap {
            switch $0 {
            case .read(let doing, _), .write(let doing, _): return doing
            default: return nil
            }
        }
    }

    /// A caseworker's profile of Zoë, loaded.
    static func loaded(_ role: StaffRole = .caseworker, tab: ProfileTab = .summary, notes: [CaseNoteHeader] = []) throws -> ClientProfileModel {
        var model = ClientProfileModel(context: context(role), clientID: zoeID, tab: tab)
        _ = model.update(.reload)
        _ = model.update(.loaded(.profile(try data(notes: notes), noteMatches: nil, knownNotes: nil)))
        return model
    }

    @Test func openingAsksForTheWholeProfileInOneReadAndRecordsTheViewOnce() throws {
        var model = ClientProfileModel(context: Self.context(.caseworker), clientID: Self.zoeID, tab: .summary)
        #expect(Self.doing(model.update(.reload)) == ["load this client"])
        #expect(model.title == "Client")
        #expect(!model.state.viewRecorded)
        _ = model.update(.loaded(.profile(try Self.data(), noteMatches: nil, knownNotes: nil)))
        #expect(model.title == "Client · Côté, Zoë")
        #expect(model.state.viewRecorded, "later loads (another terminal saved) are not views")
    }

    @Test func aFailedLoadIsShownInsteadOfTheTabsInOneSentence() {
        var model = ClientProfileModel(context: Self.context(.caseworker), clientID: Self.zoeID, tab: .summary)
        _ = model.update(.reload)
        _ = model.update(.failed(ScreenFailure(doing: "load this client", error: StoreError.notFound(recordType: "client", id: 42))))
        #expect(model.state.loadError == UserSentence.describe(StoreError.notFound(recordType: "client", id: 42)))
    }

    @Test func keysOpenRoutesOrSayWhyNotAndTheShellsKeysAreLeftAlone() throws {
        var worker = try Self.loaded()
        #expect(worker.update(.key(.char("n"))).commands == [.open(.noteEntry(clientID: Self.zoeID, amends: nil))])
        #expect(worker.update(.key(.char("e"))).commands == [.open(.intake(clientID: Self.zoeID))])
        #expect(worker.update(.key(.char("q"))).isEmpty, "q is the shell's")
        #expect(worker.update(.key(.escape)).isEmpty, "Esc with nothing open goes back: the shell's")
        #expect(worker.update(.key(.char("2"))).isHandled)
        #expect(worker.state.tab == .info)

        var desk = try Self.loaded(.frontDesk)
        #expect(desk.update(.key(.char("e"))).commands == [.status(Permission.editClient.refusal, isError: true)])
        #expect(desk.update(.key(.char("r"))).commands == [.status(Permission.reassignClient.refusal, isError: true)])
    }

    @Test func closingADialogUsesTheKeySoEscDoesNotAlsoLeave() throws {
        var model = try Self.loaded()
        #expect(model.update(.key(.char("l"))).isHandled)
        #expect(model.isEditingText)
        let esc = model.update(.key(.escape))
        #expect(esc.commands == [.status("CaMS reference not changed.", isError: false)])
        #expect(model.state.modal == nil)

        _ = model.update(.loaded(.noteThread([Self.note(5)], focusID: 5)))
        guard case .note? = model.state.modal else { Issue.record("the note pager should be open"); return }
        #expect(model.footerKeys.bindings.count == NotePager.keymap.bindings.count)
        let closed = model.update(.key(.escape))
        #expect(closed.isHandled && closed.commands.isEmpty, "closing is used up: the shell must not go back too")
        #expect(model.state.modal == nil)
    }

    @Test func linkingAsksForAWriteAndARefusalKeepsTheTypingWithTheReason() throws {
        var model = try Self.loaded()
        _ = model.update(.key(.char("l")))
        for c in "12AB" { _ = model.update(.key(.char(c))) }
        #expect(model.hasUnsavedInput)
        #expect(Self.doing(model.update(.key(.enter))) == ["link the CaMS reference"])
        let refusal = StoreError.invalidCamsReference("12AB")
        let after = model.update(.failed(ScreenFailure(doing: "link the CaMS reference", error: refusal)))
        #expect(after.isEmpty)
        guard case .link(let dialog)? = model.state.modal else { Issue.record("the dialog should stay open"); return }
        #expect(dialog.field.text == "12AB")
        #expect(dialog.error == UserSentence.describe(refusal))
        // After a stale version the profile is read again, so the next Enter uses fresh data.
        let stale = model.update(.failed(ScreenFailure(doing: "link the CaMS reference", error: StoreError.staleVersion(recordType: "client", id: 42, expected: 1, found: 2, changedBy: "Marie Roy", changedAt: nil))))
        #expect(Self.doing(stale) == ["load this client"])
        // Linked: the dialog closes, the profile is read again and the status says so.
        let linked = model.update(.loaded(.linked(reference: "001234567")))
        #expect(model.state.modal == nil)
        #expect(Self.doing(linked) == ["load this client"])
        #expect(linked.commands == [.status("CaMS reference 001234567 linked to Côté, Zoë.", isError: false)])
    }

    @Test func theHistoryTabWritesTheQueuedViewsFirstThenReads() throws {
        var model = try Self.loaded(.supervisor)
        let history = ProfileTab.offered(to: .supervisor).firstIndex(of: .history)!
        let chosen = model.update(.key(.char(ProfileTab.numberKey(at: history))))
        #expect(model.state.tab == .history)
        #expect(Self.doing(chosen) == ["write your latest views to the access log"])
        let written = model.update(.loaded(.viewsWritten(problem: "the database is locked")))
        #expect(Self.doing(written) == ["load this client"])
        #expect(written.commands == [.status("The history may miss your latest views: the database is locked", isError: true)])
    }

    @Test func theNotePagerIsLaidOutByUpdateAndPagesToTheEndOnly() throws {
        var model = try Self.loaded(tab: .notes, notes: [Self.header(5)])
        _ = model.update(.laidOut(Rect(x: 0, y: 1, width: 80, height: 21)))
        let long = CaseNote(id: 5, clientID: Self.zoeID, authorID: 7, interactionAt: AppFixture.now, enteredAt: AppFixture.now,
                            communication: "Phone", type: "General", subject: "Long",
                            body: (1...60).map { "Line \($0)." }.joined(separator: "\n"))
        _ = model.update(.loaded(.noteThread([long], focusID: 5)))
        guard case .note(let opened)? = model.state.modal else { Issue.record("the pager should be open"); return }
        #expect(opened.lastMaxScroll > 0, "laid out when it opened, before any drawing")
        for _ in 0..<10 { _ = model.update(.key(.pageDown)) }
        guard case .note(let paged)? = model.state.modal else { Issue.record("the pager should stay open"); return }
        #expect(paged.scroll == paged.lastMaxScroll)
    }

    @Test func typingANoteSearchAsksTheStoreAndClearingItDoesNot() throws {
        var model = try Self.loaded(tab: .notes, notes: [Self.header(5), Self.header(6)])
        #expect(model.update(.key(.char("/"))).isHandled)
        #expect(model.isEditingText)
        #expect(Self.doing(model.update(.key(.char("w")))) == ["search the notes"])
        _ = model.update(.loaded(.noteMatches([6])))
        #expect(model.state.noteRows.map(\.header.id) == [6])
        let cleared = model.update(.key(.escape))
        #expect(cleared.isHandled && Self.doing(cleared).isEmpty)
        #expect(model.state.noteRows.count == 2)
    }

    @Test func backFromTheNoteFormSelectsTheNewNoteAndAReloadKeepsTheSelection() throws {
        var model = try Self.loaded(tab: .notes, notes: [Self.header(5), Self.header(4)])
        _ = model.update(.key(.down))
        #expect(model.state.selectedNote?.id == 4)
        _ = model.update(.loaded(.profile(try Self.data(notes: [Self.header(6), Self.header(5), Self.header(4)]), noteMatches: nil, knownNotes: nil)))
        #expect(model.state.selectedNote?.id == 4, "a reload keeps the selected note")
        #expect(Self.doing(model.update(.reappeared)) == ["load this client"])
        _ = model.update(.loaded(.profile(try Self.data(notes: [Self.header(7), Self.header(6), Self.header(5), Self.header(4)]),
                                          noteMatches: nil, knownNotes: [4, 5, 6])))
        #expect(model.state.selectedNote?.id == 7)
    }

    static func note(_ id: Int64) -> CaseNote {
        CaseNote(id: id, clientID: zoeID, authorID: 7, interactionAt: AppFixture.now, enteredAt: AppFixture.now,
                 communication: "Phone", type: "General", subject: "Call", body: "Called about the workshop.")
    }
}
