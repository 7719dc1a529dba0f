import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// The day sheet's `update`, with no database: keys, reads and the clock in, state and effects out.
@MainActor @Suite struct DaySheetUpdateTests {
    typealias F = PureFixture

    static func row(_ id: Int64, _ first: String, _ last: String, at minute: Int, status: AppointmentStatus = .scheduled,
                    day: LocalDate = AppFixture.today) -> DaySheetRow {
        F.daySheetRow(Appointment(id: id, clientID: id + 100, staffID: 2, siteID: 1, day: day, startMinute: minute,
                                  purpose: "Résumé review", status: status), first: first, last: last)
    }
    static let zoe = row(1, "Zoë", "Côté", at: 9 * 60)
    static let wang = row(2, "秀英", "王", at: 15 * 60)

    static func read(_ rows: [DaySheetRow], nowMinute: Int = 14 * 60, setup: Bool = true) -> DaySheetMessage {
        .sheet(DaySheetRead(today: AppFixture.today, nowMinute: nowMinute, sites: setup ? [F.site] : nil,
                            caseworkers: setup ? [F.caseworker] : nil, siteID: F.site.id, rows: rows))
    }

    /// Enter opens the selected row's menu, where the letter acts: the letter's effects.
    static func menu(_ letter: Character, _ model: inout DaySheetModel) -> [Effect<DaySheetMessage>] {
        _ = model.update(.key(.enter))
        return model.update(.key(.char(letter)))
    }

    static func loaded(_ rows: [DaySheetRow] = [zoe, wang], nowMinute: Int = 14 * 60) -> DaySheetModel {
        var model = DaySheetModel(context: F.context(F.desk))
        _ = model.update(.loaded(read(rows, nowMinute: nowMinute)))
        return model
    }

    @Test func aReloadIsOneReadAndKeepsTheSelectedRow() {
        var model = DaySheetModel(context: F.context(F.desk))
        #expect(model.update(.reload).askedFor == ["read: load the day sheet"])
        _ = model.update(.loaded(Self.read([Self.zoe, Self.wang])))
        _ = model.update(.key(.down))
        #expect(model.state.selectedRow?.id == 2)
        _ = model.update(.loaded(Self.read([Self.row(3, "Amira", "Haddad", at: 8 * 60), Self.zoe, Self.wang], setup: false)))
        #expect(model.state.selectedRow?.id == 2)
        #expect(model.state.sites == [F.site], "a later read without the sites keeps them")
        #expect(model.update(.key(.right)).askedFor == ["read: load the day sheet"])
        #expect(model.state.day == AppFixture.today.adding(days: 1))
    }

    @Test func checkInAsksForTheWriteThenTheSheetAndSaysSo() {
        var model = Self.loaded()
        #expect(Self.menu("a", &model).askedFor == ["write: mark the appointment Attended"])
        #expect(model.state.modal == nil, "the menu closed")
        let done = model.update(.loaded(.changed("Checked in Zoë Côté at 14:00 · Enter u undoes it")))
        #expect(done.askedFor == ["read: load the day sheet"])
        #expect(done.commands == [.status("Checked in Zoë Côté at 14:00 · Enter u undoes it", isError: false)])
        let refused = model.update(.loaded(.refused("The appointment changed meanwhile.")))
        #expect(refused.askedFor == ["read: load the day sheet"])
        #expect(refused.commands == [.status("The appointment changed meanwhile.", isError: true)])
    }

    @Test func statusKeysOnARowThatIsNoLongerScheduledAreRefusedWithTheReason() {
        var model = Self.loaded([Self.row(1, "Zoë", "Côté", at: 9 * 60, status: .attended)])
        #expect(Self.menu("a", &model).commands == [.status("Zoë Côté is already Attended: press u to revert it first.", isError: true)])
        #expect(model.update(.key(.char("x"))).askedFor.isEmpty)
        guard case .rowMenu? = model.state.modal else { Issue.record("a refusal keeps the menu open"); return }
        let future = Self.loaded([Self.row(1, "Zoë", "Côté", at: 9 * 60, day: AppFixture.today.adding(days: 4))])
        var m = future
        #expect(Self.menu("a", &m).commands == [.status("Zoë Côté's appointment is on Mon 19 Jan: mark attendance on the day.", isError: true)])
    }

    @Test func aNoShowAsksWhyEscClosesAndAnEmptyReasonIsRefusedInThePrompt() {
        var model = Self.loaded()
        #expect(Self.menu("x", &model).effectsAreOnlyHandled)
        #expect(model.isEditingText && model.footerKeys.bindings.isEmpty)
        #expect(model.update(.key(.escape)).effectsAreOnlyHandled)
        #expect(model.state.modal == nil)

        _ = Self.menu("x", &model)
        #expect(model.update(.key(.enter)).askedFor.isEmpty, "a No Show needs a reason")
        guard case .reason(let prompt, .noShow, _)? = model.state.modal else { Issue.record("the prompt closed"); return }
        #expect(prompt.problem?.hasPrefix("A reason is required") == true)
        _ = model.update(.key(.down))   // the first common reason
        #expect(model.update(.key(.enter)).askedFor == ["write: mark the appointment No Show"])
        #expect(model.state.modal == nil)
    }

    @Test func theClockComesFromIdleReadsAndMarksRowsThatPassTheirTime() {
        var model = Self.loaded(nowMinute: 8 * 60)
        #expect(model.state.overdueRows.isEmpty)
        #expect(model.update(.idle).askedFor == ["read: read the clock"])
        #expect(model.update(.loaded(.clock(today: AppFixture.today, nowMinute: 10 * 60))).isEmpty)
        #expect(model.state.overdueRows.map(\.id) == [1])
        // Past midnight the sheet's "today" moves: read it again.
        #expect(model.update(.loaded(.clock(today: AppFixture.today.adding(days: 1), nowMinute: 1))).askedFor == ["read: load the day sheet"])
    }

    @Test func aFailedLoadSaysHowToTryAgainAndAFailedChangeClosesTheDialogAndReloads() {
        struct Broken: Error, CustomStringConvertible { var description: String { "the database is locked" } }
        var model = Self.loaded()
        let load = model.update(.failed(ScreenFailure(doing: DaySheetModel.loadingTheSheet, error: Broken())))
        #expect(load.commands == [.status("Could not load the day sheet: the database is locked. Press ^T to try again.", isError: true)])
        #expect(load.askedFor.isEmpty, "no retry loop")
        _ = Self.menu("r", &model)
        let write = model.update(.failed(ScreenFailure(doing: "reschedule the appointment", error: Broken())))
        #expect(write.askedFor == ["read: load the day sheet"] && model.state.modal == nil)
    }

    @Test func aClashAsksBeforeDoubleBookingAndOtherRefusalsGoOnTheFields() {
        var model = Self.loaded()
        _ = Self.menu("r", &model)
        guard case .reschedule(let dialog)? = model.state.modal else { Issue.record("no reschedule dialog"); return }
        #expect(model.update(.key(.ctrl("s"))).askedFor == ["write: reschedule the appointment"])
        _ = model.update(.loaded(.rescheduleRefused([FieldError(field: "start", message: "Dana Lee already has Amira at 09:00.")], dialog, allowOverlap: false)))
        guard case .confirmOverlap? = model.state.modal else { Issue.record("no double-book question"); return }
        #expect(model.update(.key(.char("n"))).effectsAreOnlyHandled)
        guard case .reschedule? = model.state.modal else { Issue.record("n should go back to the dialog"); return }
        _ = model.update(.loaded(.rescheduleRefused([FieldError(field: "day", message: "The office is closed that day.")], dialog, allowOverlap: false)))
        guard case .reschedule(let marked)? = model.state.modal else { Issue.record("the dialog closed"); return }
        #expect(marked.form[RescheduleDialog.ID.date]?.error == "The office is closed that day.")
    }

    @Test func theSheetLeavesTheShellsKeysAloneAndLayoutSetsTheRows() {
        var model = Self.loaded()
        #expect(model.update(.key(.char("?"))).isEmpty, "? is the shell's help")
        #expect(model.update(.key(.ctrl("n"))).commands == [.open(.booking(clientID: nil, day: AppFixture.today))])
        _ = model.update(.laidOut(Rect(x: 0, y: 1, width: 80, height: 21)))
        #expect(model.state.visibleRows == Table.bodyRows(forHeight: 17))
    }
}
