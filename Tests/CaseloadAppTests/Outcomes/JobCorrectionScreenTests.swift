import CaseloadCore
@testable import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// Issue #19 item 2 on a real database file: the Employment tab's `C` (correct the job), `E` (end it,
/// correct its end) and `K` on a recorded checkpoint (correct it), keys in and screen text out, and
/// each of their effects run against the store.
@MainActor @Suite struct JobCorrectionScreenTests {
    static let wide = Size(width: 200, height: 60)

    /// Zoë's Employment tab: Line cook at Maple Foods since Fri 31 Oct 2025, 24 h/week; the 1-month
    /// checkpoint (overdue) is selected.
    func employmentTab(_ f: AppFixture, size: Size = Size(width: 80, height: 24)) -> TestDriver<CaseloadApp> {
        f.profile(f.zoe, as: f.caseworker, tab: .employment, size: size)
    }

    func clearAndType(_ d: TestDriver<CaseloadApp>, _ text: String) {
        d.press(.end)
        d.press(Array(repeating: Key.backspace, count: 30))
        d.type(text)
    }

    func job(_ f: AppFixture) throws -> Employment { try f.db.employments(clientID: f.zoe.id!)[0] }

    @Test func cCorrectsTheJobAndTheTabSaysWhoWhenAndWhy() throws {
        let f = try AppFixture()
        let d = employmentTab(f)
        #expect(d.screen.contains("Line cook at Maple Foods"), "\(d.screen)")
        d.press(.char("C"))
        #expect(d.screen.contains("Correct the job") && d.screen.contains("Why corrected"), "\(d.screen)")
        clearAndType(d, "Prep cook")
        d.press(.down, .down); clearAndType(d, "18")
        d.press(.down, .down, .down, .down)
        d.type("title and hours typed wrong")
        d.press(.ctrl("s"))
        #expect(d.statusLine.contains("Job corrected: Prep cook, not PBF-eligible"), "\(d.screen)")
        #expect(d.screen.contains("Prep cook at Maple Foods"), "\(d.screen)")
        #expect(d.screen.contains("18 h/week") && d.screen.contains("not PBF-eligible"), "R-12 recomputed:\n\(d.screen)")
        #expect(d.screen.contains("job corrected on") && d.screen.contains("by Dana Lee because title and hours typed"), "\(d.screen)")
        let stored = try job(f)
        #expect(stored.jobTitle == "Prep cook" && stored.hoursPerWeek == 18 && !stored.isPBFEligible)
    }

    @Test func aMissingReasonIsRefusedOnTheFormAndKeepsTheTyping() throws {
        let f = try AppFixture()
        let d = employmentTab(f)
        d.press(.char("C"))
        clearAndType(d, "Prep cook")
        d.press(.ctrl("s"))
        #expect(d.screen.contains("Say why: it is kept with the earlier values."), "\(d.screen)")
        #expect(d.screen.contains("Prep cook"), "the typing stays:\n\(d.screen)")
        #expect(try job(f).jobTitle == "Line cook", "nothing written")
    }

    @Test func someoneElsesCorrectionIsRefusedInASentence() throws {
        let f = try AppFixture()
        let d = employmentTab(f, size: Self.wide)
        d.press(.char("C"))
        d.press(Array(repeating: Key.down, count: 6))
        d.type("hours wrong")
        // Meanwhile Marie Roy's terminal corrects the same job.
        var theirs = try job(f)
        theirs.hoursPerWeek = 30
        _ = try f.otherTerminal().correctEmployment(theirs, reason: "30 hours", by: f.otherCaseworker)
        d.press(.ctrl("s"))
        #expect(d.screen.contains("Marie Roy changed this job after you opened the form; nothing was"), "\(d.screen)")
        #expect(d.screen.contains("hours wrong"), "the typing stays:\n\(d.screen)")
        #expect(try job(f).hoursPerWeek == 30, "their change stands")
    }

    @Test func eEndsTheJobThenCorrectsItsEndWithAReason() throws {
        let f = try AppFixture()
        let d = employmentTab(f, size: Self.wide)
        d.press(.char("E"))
        #expect(d.screen.contains("End the job"), "\(d.screen)")
        d.type("2026-01-16")
        d.press(.ctrl("s"))
        #expect(d.screen.contains("2026-01-16 is in the future"), "\(d.screen)")
        clearAndType(d, "2026-01-09")
        d.press(.down, .enter, .enter)   // End reason: open the list, choose the first (Laid off)
        d.press(.ctrl("s"))
        #expect(d.screen.contains("ended Fri 9 Jan 2026: Laid off"), "\(d.screen)")
        #expect(try job(f).endDate == LocalDate(iso: "2026-01-09"))

        d.press(.char("E"))
        #expect(d.screen.contains("Correct the job's end"), "\(d.screen)")
        clearAndType(d, "2026-01-08")
        d.press(.down, .down)
        d.type("the last shift was on Thursday")
        d.press(.ctrl("s"))
        #expect(d.screen.contains("ended Thu 8 Jan 2026: Laid off"), "\(d.screen)")
        #expect(d.screen.contains("job end corrected on") && d.screen.contains("by Dana Lee because the last shift was on Thursday"), "\(d.screen)")
    }

    @Test func kCorrectsARecordedCheckpointAndTheVerdictIsRecomputed() throws {
        let f = try AppFixture()
        // Assessed before the job started, so the 24-hour job is PBF-eligible and the verdict can change.
        _ = try f.db.saveAssessment(Assessment(clientID: f.zoe.id!, module1CompletedOn: LocalDate(iso: "2025-10-01"),
                                               module2CompletedOn: LocalDate(iso: "2025-10-02")), today: AppFixture.today, by: f.caseworker)
        let checkpoint = try f.db.checkpoints(employmentID: try job(f).id!)[0]
        var answer = checkpoint
        answer.stillEmployed = true; answer.hoursPerWeek = 24; answer.sameEmployer = true
        answer.contactMethod = "Phone"; answer.evidence = "Pay stub"; answer.evidenceReference = "stub-2025-12.pdf"
        _ = try f.db.recordCheckpoint(answer, on: LocalDate(iso: "2025-12-01")!, by: f.caseworker, today: AppFixture.today)
        let d = employmentTab(f, size: Self.wide)
        #expect(d.screen.contains("earns PBF"), "\(d.screen)")
        d.press(.char("K"))
        #expect(d.screen.contains("Correct the 1-month checkpoint") && d.screen.contains("stub-2025-12.pdf"), "\(d.screen)")
        d.press(.down, .down); clearAndType(d, "16")
        d.press(Array(repeating: Key.down, count: 6))
        d.type("the pay stub shows 16 hours")
        d.press(.ctrl("s"))
        #expect(d.statusLine.contains("Corrected the 1-month checkpoint: no PBF"), "R-12: under 20 hours\n\(d.screen)")
        #expect(d.screen.contains("16 h)") && d.screen.contains("no PBF"), "\(d.screen)")
        #expect(d.screen.contains("1-month checkpoint corrected on") && d.screen.contains("because the pay stub shows 16 hours"), "\(d.screen)")
    }

    @Test func theFormsFitAt80x24() throws {
        let f = try AppFixture()
        let d = employmentTab(f)
        #expect(d.lines.last?.contains("K Checkpoint  C Correct job  E End job") == true, "the footer offers them at 80 columns:\n\(d.screen)")
        for (key, title, last) in [("C", "Correct the job", "Why corrected"), ("E", "End the job", "End reason")] {
            d.press(.char(Character(key)))
            #expect(d.screen.contains(title) && d.screen.contains(last) && d.screen.contains("Esc cancels"), "\(d.screen)")
            d.press(.escape)
            #expect(!d.screen.contains(title), "nothing typed: Esc closes at once\n\(d.screen)")
        }
    }

    // MARK: each effect against the store

    func run(_ effect: Effect<ClientProfileMessage>, _ f: AppFixture) throws -> ClientProfileMessage {
        switch effect {
        case .read(_, let body), .write(_, let body): return try body(f.env(as: f.caseworker))
        default: throw StoreError.invalid([FieldError(field: "effect", message: "not a read or write: \(effect)")])
        }
    }

    @Test func theEffectsCallTheStoresCorrections() throws {
        let f = try AppFixture()
        let data = try f.db.profileEmployments(clientID: f.zoe.id!, by: f.caseworker)[0]
        guard case .jobCorrectionChoices(let employers, _) = try run(.openJobCorrection(data), f) else { Issue.record("choices"); return }
        #expect(employers.map(\.name).contains("Maple Foods"))
        guard case .jobEndChoices(let reasons, _) = try run(.openJobEnd(data), f) else { Issue.record("reasons"); return }
        #expect(reasons.contains("Laid off"))

        var fix = data.employment
        fix.isFromOutcomeProgram = true
        guard case .jobCorrected(let corrected) = try run(.correctJob(fix, reason: "came from the apprenticeship"), f) else { Issue.record("corrected"); return }
        #expect(corrected.isFromOutcomeProgram && !corrected.isPBFEligible, "R-14 per job, recomputed")

        guard case .jobEnded(let ended, false) = try run(.endJob(corrected, on: LocalDate(iso: "2026-01-09"), endReason: "Quit", correction: nil), f)
        else { Issue.record("ended"); return }
        #expect(ended.endDate == LocalDate(iso: "2026-01-09") && ended.endReason == "Quit")
        guard case .jobEnded(let reopened, true) = try run(.endJob(ended, on: nil, endReason: nil, correction: "she did not quit after all"), f)
        else { Issue.record("end corrected"); return }
        #expect(reopened.endDate == nil)
        #expect(try f.db.outcomeCorrections(clientID: f.zoe.id!, by: f.caseworker).map(\.correction.what) == ["job", "job end"])

        var answer = try f.db.checkpoints(employmentID: data.id)[0]
        answer.stillEmployed = true; answer.hoursPerWeek = 24; answer.contactMethod = "Phone"; answer.evidence = "Pay stub"; answer.evidenceReference = "a"
        let recorded = try f.db.recordCheckpoint(answer, on: AppFixture.today, by: f.caseworker, today: AppFixture.today)
        var fixCheckpoint = recorded
        fixCheckpoint.stillEmployed = false
        guard case .checkpointCorrected(let month, _, let earns) = try run(.correctCheckpoint(fixCheckpoint, on: AppFixture.today, reason: "she had left"), f)
        else { Issue.record("checkpoint corrected"); return }
        #expect(month == "1-month" && earns == false)
    }
}
