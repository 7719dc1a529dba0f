import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// The follow-up queue's `update`, with no database: keys and read results in, state and effects out.
@MainActor @Suite struct FollowUpQueueUpdateTests {
    typealias F = PureFixture

    static func item(_ rule: FollowUpRule, client: Int64, _ name: String, owner: Int64? = 2) -> DueItem {
        DueItem(itemKey: FollowUpKey(rule: rule, subject: .client, id: client), clientID: client, clientName: name, camsReference: nil,
                ownerID: owner, title: "\(rule.rawValue) for \(name)", due: AppFixture.today.adding(days: -3), dueAt: nil,
                status: .overdue(businessDays: 2), explanation: "Why \(rule.rawValue) is due.")
    }
    static let zoe = item(.r01, client: 10, "Côté, Zoë")
    static let noel = item(.r03, client: 11, "Bélanger, Noël")

    /// A caseworker's own queue with two items loaded and the staff list known.
    static func loaded(_ actor: StaffMember = F.caseworker, caseworkerID: Int64? = nil) -> FollowUpQueueModel {
        var model = FollowUpQueueModel(context: F.context(actor), caseworkerID: caseworkerID)
        _ = model.update(.loaded(.people(staff: [F.caseworker, F.otherCaseworker, F.supervisor], sites: [F.site])))
        _ = model.update(.loaded(.queue([zoe, noel], asOf: AppFixture.today, calendar: nil)))
        return model
    }

    @Test func theFirstLoadReadsTheStaffOnceThenOnlyTheQueue() {
        var model = FollowUpQueueModel(context: F.context(F.caseworker), caseworkerID: nil)
        #expect(model.update(.reload).askedFor == ["read: read the staff list", "read: compute the queue"])
        _ = model.update(.loaded(.people(staff: [F.caseworker], sites: [F.site])))
        #expect(model.update(.reappeared).askedFor == ["read: compute the queue"])
        #expect(model.update(.summoned).askedFor == ["read: compute the queue"])
    }

    @Test func loadedItemsKeepTheSelectedItemAndEnterOpensItsTab() {
        var model = Self.loaded()
        #expect(model.update(.key(.down)).isHandled)
        #expect(model.state.selected == Self.noel)
        _ = model.update(.loaded(.queue([Self.noel, Self.zoe], asOf: AppFixture.today, calendar: nil)))
        #expect(model.state.selected == Self.noel, "a reload that reorders keeps the same item selected")
        #expect(model.update(.key(.enter)).commands == [.open(.profile(clientID: 11, tab: .info))], "R-03 is acted on in the client info tab")
    }

    @Test func completeOpensADialogEscClosesItAndASaveAsksForTheWriteThenTheQueue() {
        var model = Self.loaded()
        #expect(model.update(.key(.char("c"))).effectsAreOnlyHandled)
        guard case .complete? = model.state.dialog else { Issue.record("no complete dialog"); return }
        #expect(model.footerKeys.bindings.isEmpty, "under a dialog the queue's keys are not offered")
        #expect(model.update(.key(.escape)).commands == [.status("Nothing changed.", isError: false)])
        #expect(model.state.dialog == nil)

        _ = model.update(.key(.char("c")))
        for c in "Called her" { _ = model.update(.key(.char(c))) }
        #expect(model.hasUnsavedInput)
        let save = model.update(.key(.enter))
        #expect(save.askedFor == ["write: complete the follow-up"])
        #expect(model.state.dialog != nil, "the dialog stays until the store says it is saved")
        let done = model.update(.loaded(.saved("Completed: R-01.")))
        #expect(model.state.dialog == nil)
        #expect(done.askedFor == ["read: compute the queue"])
        #expect(done.commands == [.status("Completed: R-01.", isError: false)])
    }

    @Test func aRefusalKeepsTheDialogWithTheReasonOnTheField() {
        var model = Self.loaded()
        _ = model.update(.key(.char("z")))
        let refused = model.update(.loaded(.refused([FieldError(field: "until", message: "a snooze ends on a business day")])))
        #expect(refused.commands == [.status("Not saved: a snooze ends on a business day", isError: true)])
        guard case .snooze(let d, _)? = model.state.dialog else { Issue.record("the snooze dialog closed"); return }
        #expect(d.form["until"]?.error == "a snooze ends on a business day")
    }

    @Test func aFailedSaveKeepsTheDialogAndAFailedLoadSaysHowToTryAgain() {
        struct Broken: Error, CustomStringConvertible { var description: String { "the disk is full" } }
        var model = Self.loaded()
        _ = model.update(.key(.char("c")))
        #expect(model.update(.failed(ScreenFailure(doing: "complete the follow-up", error: Broken()))).isEmpty)
        guard case .complete(let d, _)? = model.state.dialog else { Issue.record("the dialog closed"); return }
        #expect(d.error == "Could not complete the follow-up: the disk is full.")

        let load = model.update(.failed(ScreenFailure(doing: FollowUpQueueModel.computingTheQueue, error: Broken())))
        #expect(load.commands == [.status("Could not compute the queue: the disk is full. Press F3 to try again.", isError: true)])
    }

    @Test func recordingAsksForTheChoicesOnlyForRulesItCanSatisfy() {
        var model = Self.loaded()
        #expect(model.update(.key(.char("r"))).askedFor == ["read: read the contact methods"])
        _ = model.update(.loaded(.recordChoices(Self.zoe, .contactAttempt, methods: ["Phone"], communications: ["Phone"])))
        guard case .record(_, let item, .contactAttempt)? = model.state.dialog else { Issue.record("no record dialog"); return }
        #expect(item == Self.zoe)
        _ = model.update(.key(.escape))

        _ = model.update(.key(.down))   // Noël's R-03 is not recorded from here
        let refused = model.update(.key(.char("r"))).commands
        guard case .status(let text, true)? = refused.first else { Issue.record("expected a refusal, got \(refused)"); return }
        #expect(text.contains("r records contacts for R-01, R-02, R-04 and R-11 items"))
        #expect(model.state.dialog == nil)
    }

    @Test func aColleaguesQueueIsReadOnlyAndTheShellKeepsItsOwnKeys() {
        var model = Self.loaded(F.caseworker, caseworkerID: F.otherCaseworker.id)
        let refused = model.update(.key(.char("c"))).commands
        guard case .status(let text, true)? = refused.first else { Issue.record("expected a refusal, got \(refused)"); return }
        #expect(text.hasPrefix("Read only: this is Marie Roy's queue"))
        #expect(model.state.dialog == nil)
        #expect(model.update(.key(.char("q"))).isEmpty, "q is the shell's")
        #expect(model.update(.key(.char("t"))).commands == [.status(Permission.viewTeamFollowUps.refusal, isError: true)])
    }

    @Test func theManualDialogSearchesAsYouTypeAndAnEmptySearchAsksNothing() {
        var model = Self.loaded()
        #expect(model.update(.key(.char("m"))).askedFor == ["read: start a follow-up"])
        _ = model.update(.loaded(.manualStart(nil)))
        #expect(model.update(.key(.char("Z"))).askedFor == ["read: search the clients"])
        _ = model.update(.loaded(.clientMatches([F.client(10, "Zoë", "Côté")])))
        guard case .manual(let d)? = model.state.dialog else { Issue.record("no manual dialog"); return }
        #expect(d.matches.map(\.id) == [10])
        let cleared = model.update(.key(.backspace))
        #expect(cleared.askedFor.isEmpty && cleared.isHandled)
        guard case .manual(let after)? = model.state.dialog else { Issue.record("no manual dialog"); return }
        #expect(after.matches.isEmpty)
    }

    @Test func theCalendarReadsWithTheQueueAndEscClosesIt() {
        var model = Self.loaded(F.admin)
        #expect(model.update(.key(.char("C"))).askedFor == ["read: compute the queue"])
        #expect(model.isCalendarOpen)
        let closure = ClosureDay(id: 1, day: AppFixture.today.adding(days: 1), reason: "Training")
        _ = model.update(.loaded(.queue([], asOf: AppFixture.today,
                                        calendar: .init(closures: [closure], substitutes: false))))
        guard case .calendar(let panel)? = model.state.dialog else { Issue.record("no calendar"); return }
        #expect(panel.closures == [closure] && panel.substitutes == false)
        #expect(model.update(.key(.char("s"))).askedFor == ["write: switch observed substitutes"])
        #expect(model.update(.key(.escape)).isHandled)
        #expect(model.state.dialog == nil)
        var caseworker = Self.loaded()
        #expect(caseworker.update(.key(.char("C"))).commands == [.status(Permission.manageCalendar.refusal, isError: true)])
    }

    @Test func layoutSetsTheRowsTheListPagesBy() {
        var model = Self.loaded()
        _ = model.update(.laidOut(Rect(x: 0, y: 1, width: 80, height: 21)))
        #expect(model.state.visibleRows == Table.bodyRows(forHeight: 21 - 2 - FollowUpQueueView.detailHeight))
    }
}

