import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// #20's scenario through the app, headless: a caseworker drafts a $250 transportation support
/// with a document reference and submits it; the supervisor's approval queue shows it; approving
/// it with an SSM reference clears FS-APPROVAL and the totals change. Plus who sees what.
@MainActor @Suite struct SupportScreensTests {
    @Test func aCaseworkerDraftsAndSubmitsAndTheSupervisorApprovesFromTheQueue() throws {
        let f = try AppFixture()
        let wang = f.wang!
        let worker = f.driver(as: f.caseworker, start: .supports(clientID: wang.id!))
        #expect(worker.screen.contains("No financial supports yet: press n to draft one."))
        worker.press(.char("n"))
        #expect(worker.screen.contains("New financial support (draft)"))
        worker.type("Transp"); worker.press(.enter)             // category: chosen, on to the employer
        worker.press(.tab)                                        // employer: none
        worker.type("$250"); worker.press(.tab)                   // amount
        worker.type("Bus pass for the first month of work."); worker.press(.tab)
        worker.type("Receipt 4411"); worker.press(.ctrl("s"))
        #expect(worker.statusLine.contains("Draft saved: Transportation $250.00"), "\(worker.screen)")
        worker.press(.char("s"))
        #expect(worker.statusLine.contains("Submitted Transportation $250.00"), "\(worker.screen)")
        #expect(worker.screen.contains("Submitted"))
        let stored = try #require(try f.db.supports(clientID: wang.id!, by: f.caseworker).first)
        #expect(stored.amountCents == 25_000 && stored.documentReferences == ["Receipt 4411"] && stored.status == .submitted)

        let queueBefore = try f.db.followUpQueue(asOf: AppFixture.today, now: AppFixture.now, scope: .everyone, zone: AppFixture.zone, by: f.supervisor)
        #expect(queueBefore.contains { $0.rule == .financialSupportApproval && $0.clientID == wang.id })

        let boss = f.driver(as: f.supervisor, start: .supportQueue, size: Size(width: 200, height: 60))
        #expect(boss.screen.contains("1 support waiting for the SSM's decision · $250.00"))
        #expect(boss.screen.contains("Bus pass for the first month of work.") && boss.screen.contains("Receipt 4411"))
        #expect(boss.screen.contains("Jan 2026: submitted 1 ($250.00)"))
        boss.press(.char("a"))
        boss.press(.enter)                                        // no reference typed
        #expect(boss.screen.contains("Enter the SSM's reference for the decision."), "\(boss.screen)")
        boss.type("SSM-2026-0042"); boss.press(.enter)
        #expect(boss.statusLine.contains("Approved $250.00 for 王, 秀英 (ref SSM-2026-0042); its follow-up is cleared."), "\(boss.screen)")
        #expect(boss.screen.contains("Nothing waits for a decision"))
        #expect(boss.screen.contains("Jan 2026: submitted 1 ($250.00) · approved 1 ($250.00)"))
        let queueAfter = try f.db.followUpQueue(asOf: AppFixture.today, now: AppFixture.now, scope: .everyone, zone: AppFixture.zone, by: f.supervisor)
        #expect(!queueAfter.contains { $0.rule == .financialSupportApproval })
    }

    @Test func frontDeskNeverReachesMoneyAndACaseworkerCannotDecide() throws {
        let f = try AppFixture()
        _ = try f.db.draftSupport(FinancialSupport(clientID: f.wang.id!, recipient: .jobSeeker, category: "Transportation", amountCents: 25_000),
                                  by: f.caseworker, today: AppFixture.today)
        let desk = f.profile(f.wang, as: f.frontDesk)
        desk.press(.char("$"))
        #expect(desk.statusLine.contains(Permission.viewMoney.refusal))
        #expect(!desk.screen.contains("250"))
        let worker = f.driver(as: f.caseworker)
        worker.press(.function(10)); worker.press(.char("s"))
        #expect(worker.route == .clientList)
        #expect(worker.statusLine.contains("Only a supervisor approves financial supports."), "\(worker.screen)")
        let reached = f.profile(f.wang, as: f.caseworker, tab: .eap)
        reached.press(.char("$"))
        #expect(reached.route == .supports(clientID: f.wang.id!))
        #expect(reached.screen.contains("$250.00"))
    }

    @Test func theEmployerScreenSearchesAddsAndMarksMajorEmployers() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .employers)
        #expect(d.screen.contains("Maple Foods") && d.screen.contains("Major"))
        d.type("zzz")
        #expect(d.screen.contains("No employer matches"))
        d.press(.backspace, .backspace, .backspace)
        d.type("Forest City")
        d.press(.ctrl("n"))
        #expect(d.screen.contains("New employer"))
        d.press(.tab, .tab, .tab, .tab, .tab, .tab)               // to Employees
        d.type("12"); d.press(.ctrl("s"))
        #expect(d.statusLine.contains("Saved Forest City."), "\(d.screen)")
        let saved = try #require(try f.db.employers(matching: "Forest City").first)
        #expect(saved.employeeCount == 12 && !saved.isMajor)
    }
}

/// The approval queue's `update` without SQLite.
@MainActor @Suite struct SupportQueueUpdateTests {
    static func context(_ role: StaffRole) -> ScreenContext {
        ScreenContext(actor: StaffMember(id: 7, username: "sboss", fullName: "Sam Boss", role: role), today: AppFixture.today, now: AppFixture.now)
    }
    static func waiting(_ id: Int64, _ cents: Int) -> AwaitingSupport {
        AwaitingSupport(support: FinancialSupport(id: id, clientID: 40 + id, recipient: .jobSeeker, category: "Transportation", amountCents: cents,
                                                  rationale: "Bus pass", documentReferences: ["R1"], status: .submitted,
                                                  submittedOn: AppFixture.today),
                        clientName: "Client \(id)", caseworkerName: "Dana Lee", employerName: nil)
    }

    @Test func onlyASupervisorLoadsTheQueue() {
        var boss = SupportQueueModel(context: Self.context(.supervisor))
        guard case .read(let doing, _)? = boss.update(.reload).first else { Issue.record("expected a read"); return }
        #expect(doing == "load the supports waiting for a decision")
        var worker = SupportQueueModel(context: Self.context(.caseworker))
        #expect(worker.update(.reload).commands == [.back, .status(Permission.approveFinancialSupport.refusal, isError: true)])
    }

    @Test func aApprovesTheSelectedOneAfterTheReferenceIsTyped() {
        var model = SupportQueueModel(context: Self.context(.supervisor))
        _ = model.update(.loaded(.queue([Self.waiting(1, 100), Self.waiting(2, 25_000)], month: [], year: [])))
        #expect(model.update(.key(.down)).isHandled)
        #expect(model.update(.key(.char("a"))).isHandled)
        #expect(model.decision?.kind == .approve && model.decision?.supportID == 2)
        for c in "SSM-1" { _ = model.update(.key(.char(c))) }
        let effects = model.update(.key(.enter))
        guard case .write(let doing, _)? = effects.first else { Issue.record("expected a write, got \(effects)"); return }
        #expect(doing == "approve the support")
        // The store's refusal lands on the dialog's field.
        _ = model.update(.failed(ScreenFailure(doing: doing, error: StoreError.invalid([FieldError(field: "ssmReference", message: "Enter it.")]))))
        #expect(model.decision?.dialog.form["ssmReference"]?.error == "Enter it.")
        #expect(model.update(.key(.escape)).isHandled)
    }

    @Test func anEmptyQueueRefusesTheDecisionKeysWithTheReason() {
        var model = SupportQueueModel(context: Self.context(.supervisor))
        _ = model.update(.loaded(.queue([], month: [], year: [])))
        #expect(model.update(.key(.char("a"))).commands == [.status("no support is waiting for a decision", isError: true)])
        #expect(model.update(.key(.char("q"))).isEmpty, "q is the shell's")
    }
}

/// The client supports screen's `update` without SQLite.
@MainActor @Suite struct ClientSupportsUpdateTests {
    static let choices = SupportFormChoices(jobSeekerCategories: ["Transportation", "Child care"], employerCategories: ["Job trial"])

    @Test func anAmountThatIsNotMoneyStaysInTheFormWithAMessage() {
        var model = ClientSupportsModel(context: SupportQueueUpdateTests.context(.caseworker), clientID: 5)
        _ = model.update(.loaded(.page(ClientSupportsPage(clientName: "Osei, Amara", supports: [], choices: Self.choices, month: [], year: []))))
        _ = model.update(.key(.char("n")))
        for c in "Child" { _ = model.update(.key(.char(c))) }
        _ = model.update(.key(.enter)); _ = model.update(.key(.tab))
        for c in "12.345" { _ = model.update(.key(.char(c))) }
        let effects = model.update(.key(.ctrl("s")))
        #expect(effects.count == 1 && effects.isHandled, "no write: the amount is refused here")
        guard case .form(let form)? = model.modal else { Issue.record("the form closed"); return }
        #expect(form.dialog.form["amount"]?.error?.contains("dollars and cents") == true)
        #expect(form.dialog.text("amount") == "12.345", "nothing typed is lost")
    }

    @Test func aSubmittedSupportCannotBeEditedOrSubmittedAgain() {
        var model = ClientSupportsModel(context: SupportQueueUpdateTests.context(.caseworker), clientID: 5)
        let s = FinancialSupport(id: 1, clientID: 5, recipient: .jobSeeker, category: "Transportation", amountCents: 100, status: .submitted)
        _ = model.update(.loaded(.page(ClientSupportsPage(clientName: "X", supports: [s], choices: Self.choices, month: [], year: []))))
        #expect(model.update(.key(.char("s"))).commands == [.status("this support is Submitted; only a Draft one", isError: true)])
        #expect(model.update(.key(.char("a"))).commands == [.status(Permission.approveFinancialSupport.refusal, isError: true)])
    }

    @Test func aSupervisorRecordsAnAuditFindingOnAPaidSupport() {
        var model = ClientSupportsModel(context: SupportQueueUpdateTests.context(.supervisor), clientID: 5)
        let paid = FinancialSupport(id: 3, clientID: 5, recipient: .jobSeeker, category: "Transportation", amountCents: 25_000,
                                    status: .paid, version: 4)
        _ = model.update(.loaded(.page(ClientSupportsPage(clientName: "X", supports: [paid], choices: Self.choices, month: [], year: []))))
        #expect(model.update(.key(.char("i"))).isHandled)
        for _ in 0..<12 { _ = model.update(.key(.backspace)) }
        for c in "fifty" { _ = model.update(.key(.char(c))) }
        _ = model.update(.key(.tab))
        for c in "Pass used after the job ended" { _ = model.update(.key(.char(c))) }
        #expect(model.update(.key(.ctrl("s"))).count == 1, "refused here: not an amount")
        guard case .finding(let dialog, _)? = model.modal else { Issue.record("the dialog closed"); return }
        #expect(dialog.form["amount"]?.error?.contains("dollars and cents") == true)
        // The refusal put the focus back on the amount.
        for _ in 0..<5 { _ = model.update(.key(.backspace)) }
        for c in "$50" { _ = model.update(.key(.char(c))) }
        let effects = model.update(.key(.ctrl("s")))
        guard case .write(let doing, _)? = effects.first else { Issue.record("expected a write, got \(effects)"); return }
        #expect(doing == "record the audit finding")
        var worker = ClientSupportsModel(context: SupportQueueUpdateTests.context(.caseworker), clientID: 5)
        _ = worker.update(.loaded(.page(ClientSupportsPage(clientName: "X", supports: [paid], choices: Self.choices, month: [], year: []))))
        #expect(worker.update(.key(.char("i"))).commands == [.status(Permission.approveFinancialSupport.refusal, isError: true)])
    }

    @Test func editingAnEmployerKeepsPapersOnFileFromBeforeDatesWereKept() throws {
        let legacy = Employer(id: 9, name: "Arva Construction", employeeCount: 74, isRegisteredInCaMS: true,
                              hasRegistrationForm: true, hasSignedPlacementAgreement: false)
        let form = EmployerForm(editing: legacy, today: AppFixture.today)
        guard case .success(let saved) = form.employer() else { Issue.record("refused"); return }
        #expect(saved.isRegisteredInCaMS && saved.hasRegistrationForm && !saved.hasSignedPlacementAgreement)
        let dated = Employer(id: 9, name: "Arva", isRegisteredInCaMS: true, camsRegisteredOn: LocalDate(iso: "2025-05-01"))
        var clearing = EmployerForm(editing: dated, today: AppFixture.today)
        if case .date(var d)? = clearing.dialog.form["camsRegisteredOn"]?.control {
            d.field.text = ""; clearing.dialog.form["camsRegisteredOn"]?.control = .date(d)
        }
        guard case .success(let cleared) = clearing.employer() else { Issue.record("refused"); return }
        #expect(!cleared.isRegisteredInCaMS, "clearing the date clears the registration")
    }
}
