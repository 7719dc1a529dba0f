import CaseloadCore
@testable import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// The client list's `update`, with no database: keys and loaded pages in, state and effects out.
@MainActor @Suite struct ClientListUpdateTests {
    static func context(_ role: StaffRole) -> ScreenContext {
        ScreenContext(actor: StaffMember(id: 7, username: "dlee", fullName: "Dana Lee", role: role),
                      today: AppFixture.today, now: AppFixture.now)
    }

    static func row(_ id: Int64, _ last: String) -> ClientListRow {
        ClientListRow(id: id, camsReference: nil, firstName: "Ann", lastName: last, preferredName: nil, dateOfBirth: nil,
                      phone: nil, status: .active, referralSource: .ow, clientStream: nil, caseworkerID: 7,
                      caseworkerName: "Dana Lee", lastActivity: nil, nextDue: nil)
    }

    /// The request of the one "load clients" read among `effects`, if there is one.
    static func pageRequest(_ effects: [Effect<ClientListMessage>]) -> [String] {
        effects.compactMap { if case .read(let doing, _) = $0 { return doing } else { return nil } }
    }

    /// A model as it stands after its first page arrived.
    static func loadedModel(_ role: StaffRole = .caseworker, rows: [ClientListRow]) -> ClientListModel {
        var model = ClientListModel(context: context(role))
        _ = model.update(.reload)
        let request = ClientListReload(query: model.state.freshQuery, onlyMine: false, needsFilterChoices: true, freshDirectory: true,
                                       keepSelection: true, keepID: nil, deferNextDue: false)
        _ = model.update(.loaded(.page(ClientListPage(request: request, rows: rows, total: rows.count, othersMatching: 0,
                                                      filterChoices: ([], [])))))
        return model
    }

    @Test func openingAsksForOnePageInOneReadAndThenTheDueItemsOfTheRowsShown() {
        var model = ClientListModel(context: Self.context(.caseworker))
        let effects = model.update(.reload)
        #expect(Self.pageRequest(effects) == ["load clients"])
        let request = ClientListReload(query: model.state.freshQuery, onlyMine: true, needsFilterChoices: true, freshDirectory: true,
                                       keepSelection: true, keepID: nil, deferNextDue: false)
        let after = model.update(.loaded(.page(ClientListPage(request: request, rows: [Self.row(1, "Abel"), Self.row(2, "Baker")],
                                                              total: 2, othersMatching: 0, filterChoices: nil))))
        #expect(Self.pageRequest(after) == ["look up due items"])
        #expect(model.state.total == 2)
        _ = model.update(.loaded(.nextDue([1: nil, 2: nil])))
        #expect(model.update(.idle).allSatisfy { if case .read("look up due items", _) = $0 { false } else { true } },
                "clients already asked about are not asked again")
    }

    @Test func typingASearchAsksForAReadAndLeavesDueItemsForThePause() {
        var model = Self.loadedModel(rows: [Self.row(1, "Abel"), Self.row(2, "Côté")])
        #expect(model.update(.key(.char("/"))).isHandled)
        #expect(model.isEditingText)
        let typed = model.update(.key(.char("c")))
        #expect(typed.isHandled)
        #expect(model.state.search.text == "c")
        #expect(Self.pageRequest(typed) == ["load clients"])
        guard case .read(_, _)? = typed.last else { Issue.record("expected a read, got \(typed)"); return }
        // The page for "c" arrives: no due look-up while typing.
        var request = ClientListReload(query: model.state.freshQuery, onlyMine: true, needsFilterChoices: false, freshDirectory: false,
                                       keepSelection: false, keepID: nil, deferNextDue: true)
        request.query.text = "c"
        let arrived = model.update(.loaded(.page(ClientListPage(request: request, rows: [Self.row(2, "Côté")], total: 1,
                                                                othersMatching: 0, filterChoices: nil))))
        #expect(arrived.isEmpty)
        #expect(Self.pageRequest(model.update(.idle)).contains("look up due items"), "the pause looks them up")
        // Enter opens the best match.
        #expect(model.update(.key(.enter)).commands == [.open(.profile(clientID: 2, tab: .summary))])
    }

    @Test func aReloadKeepsTheSelectedClientWhenRowsMove() {
        var model = Self.loadedModel(rows: [Self.row(1, "Abel"), Self.row(2, "Baker"), Self.row(3, "Côté")])
        #expect(model.update(.key(.down)).isHandled)
        #expect(model.state.selectedRow?.id == 2)
        let reload = model.update(.reload)
        #expect(Self.pageRequest(reload) == ["load clients"])
        // Another terminal added a client before Baker.
        let request = ClientListReload(query: model.state.freshQuery, onlyMine: true, needsFilterChoices: false, freshDirectory: true,
                                       keepSelection: true, keepID: 2, deferNextDue: false)
        _ = model.update(.loaded(.page(ClientListPage(request: request, rows: [Self.row(1, "Abel"), Self.row(4, "Aziz"), Self.row(2, "Baker")],
                                                      total: 3, othersMatching: 0, filterChoices: nil))))
        #expect(model.state.selectedRow?.id == 2)
        #expect(model.state.list.selected == 2)
    }

    @Test func refusalsOpenRoutesAndKeysLeftToTheShell() {
        var desk = Self.loadedModel(.frontDesk, rows: [Self.row(1, "Abel")])
        let refused = desk.update(.key(.char("a"))).commands
        #expect(refused == [.status("front desk registers walk-ins from the Front desk screen", isError: true)])
        #expect(desk.update(.key(.char("n"))).commands == [.status(Permission.writeNotes.refusal, isError: true)])

        var worker = Self.loadedModel(rows: [Self.row(1, "Abel")])
        #expect(worker.update(.key(.char("a"))).commands == [.open(.intake(clientID: nil))])
        #expect(worker.update(.key(.char("n"))).commands == [.open(.noteEntry(clientID: 1, amends: nil))])
        #expect(worker.update(.key(.enter)).commands == [.open(.profile(clientID: 1, tab: .summary))])
        #expect(worker.update(.key(.char("q"))).isEmpty, "q is the shell's")
        #expect(worker.update(.key(.escape)).isEmpty, "Esc with no search in force goes back: the shell's")
    }

    @Test func escClearsASearchInForceAndF2ClearsItToo() {
        var model = Self.loadedModel(rows: [Self.row(1, "Abel")])
        _ = model.update(.key(.char("/")))
        _ = model.update(.key(.char("a")))
        _ = model.update(.key(.tab))
        #expect(model.state.focus == .list && model.state.search.text == "a")
        let esc = model.update(.key(.escape))
        #expect(esc.isHandled && Self.pageRequest(esc) == ["load clients"])
        #expect(model.state.search.text.isEmpty)

        _ = model.update(.key(.char("/")))
        _ = model.update(.key(.char("b")))
        let summoned = model.update(.summoned)
        #expect(model.state.search.text.isEmpty && model.state.focus == .list)
        #expect(Self.pageRequest(summoned) == ["load clients"])
    }

    @Test func filtersReloadAndTheFirstPauseReadsTheSearchNumbersOnce() {
        var model = Self.loadedModel(.supervisor, rows: [Self.row(1, "Abel")])
        let status = model.update(.key(.char("s")))
        #expect(status.isHandled && Self.pageRequest(status) == ["load clients"])
        #expect(model.state.query.status == ClientStatus.allCases.first)
        #expect(Self.pageRequest(model.update(.idle)).contains("read the numbers searches use"))
        _ = model.update(.loaded(.numberSearchReady))
        #expect(!Self.pageRequest(model.update(.idle)).contains("read the numbers searches use"))
        _ = model.update(.reload)   // a new directory needs them again
        #expect(Self.pageRequest(model.update(.idle)).contains("read the numbers searches use"))
    }

    @Test func layoutSetsTheRowsThatPageAndScrollingNearTheEndAsksForMore() {
        var model = ClientListModel(context: Self.context(.supervisor))
        _ = model.update(.laidOut(Rect(x: 0, y: 1, width: 80, height: 21)))
        #expect(model.state.visibleRows == Table.bodyRows(forHeight: 19))
        let rows = (1...5).map { Self.row(Int64($0), "Name\($0)") }
        let request = ClientListReload(query: model.state.freshQuery, onlyMine: false, needsFilterChoices: false, freshDirectory: true,
                                       keepSelection: false, keepID: nil, deferNextDue: false)
        _ = model.update(.loaded(.page(ClientListPage(request: request, rows: rows, total: 500, othersMatching: 0, filterChoices: nil))))
        let moved = model.update(.key(.down))
        #expect(Self.pageRequest(moved).contains("load more clients"))
        _ = model.update(.loaded(.more(offset: 5, rows: [Self.row(6, "Zed")])))
        #expect(model.state.rows.count == 6)
        _ = model.update(.loaded(.more(offset: 5, rows: [Self.row(6, "Zed")])))
        #expect(model.state.rows.count == 6, "a page that no longer fits the rows is dropped")
    }

    @Test func theCaseworkerChooserKeepsItsKeysAndChoosingReloads() {
        var model = Self.loadedModel(.supervisor, rows: [Self.row(1, "Abel")])
        #expect(model.update(.key(.char("w"))).isHandled)
        #expect(model.isEditingText)
        #expect(model.update(.key(.char("q"))).isHandled, "q types into the chooser, it does not quit")
        #expect(model.update(.key(.backspace)).isHandled)
        let chosen = model.update(.key(.enter))
        #expect(model.state.caseworkerChooser == nil)
        #expect(chosen.isHandled)
    }

    /// The page effect against a real file: the first page and the filter choices in one read.
    @Test func thePageEffectReadsThePageAndTheFilterChoices() throws {
        let f = try AppFixture()
        var model = ClientListModel(context: f.env(as: f.supervisor).context)
        guard case .read(_, let body)? = model.update(.reload).first else { Issue.record("expected a read"); return }
        let env = f.env(as: f.supervisor)
        guard case .page(let page) = try env.db.snapshot({ try body(env) }) else { Issue.record("expected a page"); return }
        #expect(page.total == 3)
        #expect(page.filterChoices?.caseworkers.map(\.fullName).sorted() == ["Dana Lee", "Marie Roy"])
        _ = model.update(.loaded(.page(page)))
        #expect(model.state.rows.map(\.sortName).contains("Côté, Zoë"))
    }
}
