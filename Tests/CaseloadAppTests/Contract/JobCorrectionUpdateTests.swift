import CaseloadCore
@testable import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// Issue #19 item 2, the profile's `update` with no database: `C` corrects the selected job, `E` ends it
/// (or corrects its end), `K` on a recorded checkpoint corrects it; each form is prefilled, needs a
/// reason, checks its fields before any write, keeps the typing on every refusal and asks before Esc
/// throws typing away.
@MainActor @Suite struct JobCorrectionUpdateTests {
    typealias P = ClientProfileUpdateTests
    static let start = LocalDate(year: 2025, month: 10, day: 31)!

    static func job(endedOn end: LocalDate? = nil) -> ProfileEmployment {
        let job = Employment(id: 5, clientID: P.zoeID, employerID: 3, jobTitle: "2026-06-01", startDate: start, hoursPerWeek: 24,
                             isNewEmployer: true, endDate: end, endReason: end == nil ? nil : "Laid off", isPBFEligible: true, version: 2)
        let recorded = Checkpoint(id: 11, employmentID: 5, month: .one, dueOn: LocalDate(year: 2025, month: 11, day: 30)!,
                                  recordedOn: LocalDate(year: 2025, month: 12, day: 2)!, stillEmployed: true, hoursPerWeek: 24,
                                  sameEmployer: true, contactMethod: "Phone", evidence: "Pay stub", evidenceReference: "stub-001.pdf",
                                  earnsPBF: true, version: 1)
        let open = Checkpoint(id: 12, employmentID: 5, month: .three, dueOn: LocalDate(year: 2026, month: 1, day: 31)!)
        return ProfileEmployment(employment: job, employerName: "Maple Foods", checkpoints: [recorded, open])
    }

    /// Zoë's profile on the Employment tab, with one job whose 1-month checkpoint is recorded (selected).
    static func model(job: ProfileEmployment = job(), role: StaffRole = .caseworker) throws -> ClientProfileModel {
        var model = ClientProfileModel(context: P.context(role), clientID: P.zoeID, tab: .employment)
        _ = model.update(.reload)
        var data = try P.data()
        data.employments = [job]
        _ = model.update(.loaded(.profile(data, noteMatches: nil, knownNotes: nil)))
        return model
    }

    static func type(_ text: String, into model: inout ClientProfileModel) {
        for c in text { _ = model.update(.key(.char(c))) }
    }

    static func down(_ n: Int, _ model: inout ClientProfileModel) {
        for _ in 0..<n { _ = model.update(.key(.down)) }
    }

    static func clearField(_ model: inout ClientProfileModel) {
        _ = model.update(.key(.end))
        for _ in 0..<40 { _ = model.update(.key(.backspace)) }
    }

    static func correction(_ model: ClientProfileModel) -> JobCorrectionDialog? {
        if case .correctJob(let d)? = model.state.modal { return d } else { return nil }
    }

    static func end(_ model: ClientProfileModel) -> JobEndDialog? {
        if case .endJob(let d)? = model.state.modal { return d } else { return nil }
    }

    static func checkpoint(_ model: ClientProfileModel) -> CheckpointDialog? {
        if case .checkpoint(let d)? = model.state.modal { return d } else { return nil }
    }

    static let employers = [Employer(id: 3, name: "Maple Foods"), Employer(id: 4, name: "River Bakery")]

    /// `C`, with the employers read.
    static func openCorrection(_ model: inout ClientProfileModel) {
        _ = model.update(.key(.char("C")))
        _ = model.update(.loaded(.jobCorrectionChoices(employers: employers, job())))
    }

    // MARK: correct the job

    @Test func cReadsTheEmployersAndOpensTheFormPrefilledWithTheJob() throws {
        var model = try Self.model()
        #expect(P.doing(model.update(.key(.char("C")))) == ["open the job correction"])
        _ = model.update(.loaded(.jobCorrectionChoices(employers: Self.employers, Self.job())))
        let form = try #require(Self.correction(model)).dialog
        #expect(form.text(JobCorrectionDialog.ID.jobTitle) == "2026-06-01")
        #expect(form.text(JobCorrectionDialog.ID.employer) == "Maple Foods")
        #expect(form.text(JobCorrectionDialog.ID.hours) == "24")
        #expect(form.date(JobCorrectionDialog.ID.startDate) == Self.start)
        #expect(form.text(JobCorrectionDialog.ID.program) == "No")
        #expect(!model.hasUnsavedInput, "nothing typed yet: Esc closes without asking")
        #expect(model.footerKeys.bindings.isEmpty, "the dialog's own hint says Enter and Esc")
    }

    @Test func theReasonIsRequiredAndNothingIsWrittenWithoutIt() throws {
        var model = try Self.model()
        Self.openCorrection(&model)
        Self.clearField(&model)
        Self.type("Line cook", into: &model)
        let refused = model.update(.key(.ctrl("s")))
        #expect(P.doing(refused).isEmpty, "no write while a field is wrong")
        #expect(refused.commands == [.status("Not corrected: Fix the marked field, then Enter or ^S.", isError: true)])
        let form = try #require(Self.correction(model)).dialog
        #expect(form.form[JobCorrectionDialog.ID.reason]?.error == "Say why: it is kept with the earlier values.")
        #expect(form.text(JobCorrectionDialog.ID.jobTitle) == "Line cook", "the typing is kept")

        Self.down(6, &model)
        Self.type("title was typed as a date", into: &model)
        #expect(P.doing(model.update(.key(.ctrl("s")))) == ["correct the job"])
        let (job, reason) = try #require(Self.correction(model)).corrected()
        #expect(job.jobTitle == "Line cook" && job.id == 5 && job.version == 2 && job.employerID == 3 && job.hoursPerWeek == 24)
        #expect(reason == "title was typed as a date")
    }

    @Test func badHoursAndAStartAfterTheEndAreRefusedOnTheirFields() throws {
        var model = try Self.model(job: Self.job(endedOn: LocalDate(year: 2025, month: 12, day: 20)!))
        _ = model.update(.key(.char("C")))
        _ = model.update(.loaded(.jobCorrectionChoices(employers: Self.employers, Self.job(endedOn: LocalDate(year: 2025, month: 12, day: 20)!))))
        Self.down(2, &model); Self.clearField(&model); Self.type("25h", into: &model)
        Self.down(1, &model); Self.clearField(&model); Self.type("2026-01-05", into: &model)
        Self.down(3, &model); Self.type("start was wrong", into: &model)
        #expect(P.doing(model.update(.key(.ctrl("s")))).isEmpty)
        let form = try #require(Self.correction(model)).dialog
        #expect(form.form[JobCorrectionDialog.ID.hours]?.error == "Enter the hours as a number, e.g. 25 or 19.5.")
        #expect(form.form[JobCorrectionDialog.ID.startDate]?.error == "It ended Sat 20 Dec 2025: start on or before.")
        #expect(form.text(JobCorrectionDialog.ID.hours) == "25h" && form.text(JobCorrectionDialog.ID.reason) == "start was wrong")
    }

    @Test func escWithTypingAsksFirstAndKeepsTheTypingOnNo() throws {
        var model = try Self.model()
        Self.openCorrection(&model)
        Self.type("x", into: &model)
        #expect(model.hasUnsavedInput)
        #expect(model.update(.key(.escape)).isHandled)
        #expect(Self.correction(model) != nil, "Esc asks before throwing typing away")
        _ = model.update(.key(.char("n")))
        #expect(Self.correction(model)?.dialog.text(JobCorrectionDialog.ID.jobTitle) == "2026-06-01x")
        _ = model.update(.key(.escape))
        let closed = model.update(.key(.char("y")))
        #expect(model.state.modal == nil)
        #expect(closed.commands == [.status("Job not corrected.", isError: false)])
    }

    @Test func someoneElsesChangeIsRefusedInASentenceAndTheTypingStays() throws {
        var model = try Self.model()
        Self.openCorrection(&model)
        Self.down(6, &model)
        Self.type("hours were wrong", into: &model)
        _ = model.update(.key(.ctrl("s")))
        let stale = StoreError.staleVersion(recordType: "employment", id: 5, expected: 2, found: 3, changedBy: "Marie Roy", changedAt: nil)
        let after = model.update(.failed(ScreenFailure(doing: "correct the job", error: stale)))
        #expect(P.doing(after) == ["load this client"], "the tab is read again, so it shows their change")
        let form = try #require(Self.correction(model)).dialog
        #expect(form.error == "Marie Roy changed this job after you opened the form; nothing was saved. Esc closes the form; the tab now shows their change, so open it again to correct it.")
        #expect(form.text(JobCorrectionDialog.ID.reason) == "hours were wrong")
    }

    @Test func savedCloseTheFormReloadAndSayTheVerdict() throws {
        var model = try Self.model()
        Self.openCorrection(&model)
        var job = Self.job().employment
        job.jobTitle = "Line cook"; job.hoursPerWeek = 16; job.isPBFEligible = false
        let effects = model.update(.loaded(.jobCorrected(job)))
        #expect(model.state.modal == nil)
        #expect(P.doing(effects) == ["load this client"])
        #expect(effects.commands == [.status("Job corrected: Line cook, not PBF-eligible; the earlier values and your reason are kept.", isError: false)])
    }

    // MARK: end the job

    @Test func eEndsTheJobAfterCheckingTheDay() throws {
        var model = try Self.model()
        #expect(P.doing(model.update(.key(.char("E")))) == ["open the job's end"])
        _ = model.update(.loaded(.jobEndChoices(endReasons: ["Laid off", "Quit"], Self.job())))
        var entry = try #require(Self.end(model))
        #expect(entry.dialog.title == "End the job" && entry.dialog.form[JobEndDialog.ID.correction] == nil, "a first end needs no reason")

        // Tomorrow (the fixture's today is 2026-01-15): refused on the field, typing kept.
        Self.type("2026-01-16", into: &model)
        #expect(P.doing(model.update(.key(.ctrl("s")))).isEmpty)
        entry = try #require(Self.end(model))
        #expect(entry.dialog.form[JobEndDialog.ID.endDate]?.error == "2026-01-16 is in the future: check the year")
        #expect(entry.dialog.text(JobEndDialog.ID.endDate) == "2026-01-16")

        for (typed, why) in [("2025-10-30", "It started Fri 31 Oct 2025: end on or after."),
                             ("1899-12-31", "1899-12-31 is before 1900-01-01: check the year")] {
            Self.clearField(&model); Self.type(typed, into: &model)
            _ = model.update(.key(.ctrl("s")))
            #expect(Self.end(model)?.dialog.form[JobEndDialog.ID.endDate]?.error == why)
        }
        Self.clearField(&model); Self.type("2026-01-09", into: &model)
        _ = model.update(.key(.ctrl("s")))
        #expect(Self.end(model)?.dialog.form[JobEndDialog.ID.endReason]?.error == "Choose why the job ended.")
        Self.down(1, &model)
        _ = model.update(.key(.enter))   // open the list
        _ = model.update(.key(.enter))   // choose Laid off
        #expect(P.doing(model.update(.key(.ctrl("s")))) == ["end the job"])
        let answer = try #require(Self.end(model)).answer()
        #expect(answer.end == LocalDate(year: 2026, month: 1, day: 9) && answer.endReason == "Laid off" && answer.correction == nil)
    }

    @Test func eOnAnEndedJobCorrectsTheEndWithAReason() throws {
        let ended = Self.job(endedOn: LocalDate(year: 2025, month: 12, day: 20)!)
        var model = try Self.model(job: ended)
        _ = model.update(.key(.char("E")))
        _ = model.update(.loaded(.jobEndChoices(endReasons: ["Laid off", "Quit"], ended)))
        let entry = try #require(Self.end(model))
        #expect(entry.dialog.title == "Correct the job's end")
        #expect(entry.dialog.text(JobEndDialog.ID.endDate) == "2025-12-20" && entry.dialog.text(JobEndDialog.ID.endReason) == "Laid off")
        Self.clearField(&model); Self.type("2025-12-19", into: &model)
        _ = model.update(.key(.ctrl("s")))
        #expect(Self.end(model)?.dialog.form[JobEndDialog.ID.correction]?.error == "Say why: it is kept with the earlier values.")
        Self.down(2, &model)
        Self.type("the last shift was on Friday", into: &model)
        #expect(P.doing(model.update(.key(.ctrl("s")))) == ["correct the job's end"])
        let answer = try #require(Self.end(model)).answer()
        #expect(answer.end == LocalDate(year: 2025, month: 12, day: 19) && answer.correction == "the last shift was on Friday")
    }

    @Test func aLongStoreRefusalGoesOnTheErrorLineNotCutOffBesideItsField() throws {
        var model = try Self.model()
        _ = model.update(.key(.char("K")))
        let row = try #require(model.state.selectedCheckpoint)
        _ = model.update(.loaded(.checkpointChoices(contactMethods: ["Phone"], evidence: ["Pay stub"], row)))
        let r25 = "R-25: the 1-month checkpoint is due Sun 30 Nov 2025; it cannot be recorded before then."
        _ = model.update(.failed(ScreenFailure(doing: "correct the checkpoint", error: StoreError.invalid([FieldError(field: "recordedOn", message: r25)]))))
        let form = try #require(Self.checkpoint(model)).dialog
        #expect(form.error == r25 && form.form[CheckpointDialog.ID.recordedOn]?.error == nil)
    }

    // MARK: correct a recorded checkpoint

    @Test func kOnARecordedCheckpointCorrectsItPrefilledAndNeedsAReason() throws {
        var model = try Self.model()
        #expect(P.doing(model.update(.key(.char("K")))) == ["open the checkpoint"])
        let row = try #require(model.state.selectedCheckpoint)
        _ = model.update(.loaded(.checkpointChoices(contactMethods: ["Phone", "Email"], evidence: ["Pay stub", "Employer confirmation"], row)))
        let entry = try #require(Self.checkpoint(model))
        #expect(entry.isCorrection && entry.dialog.title == "Correct the 1-month checkpoint")
        #expect(entry.dialog.text(CheckpointDialog.ID.recordedOn) == "2025-12-02")
        #expect(entry.dialog.text(CheckpointDialog.ID.evidence) == "Pay stub" && entry.dialog.text(CheckpointDialog.ID.evidenceReference) == "stub-001.pdf")
        Self.down(2, &model); Self.clearField(&model); Self.type("16", into: &model)
        #expect(P.doing(model.update(.key(.ctrl("s")))).isEmpty, "the reason is missing")
        #expect(Self.checkpoint(model)?.dialog.form[CheckpointDialog.ID.reason]?.error == "Say why: it is kept with the earlier answers.")
        #expect(Self.checkpoint(model)?.dialog.form.focusedID == CheckpointDialog.ID.reason, "the refusal takes the cursor to the reason")
        Self.type("the pay stub shows 16 hours", into: &model)
        #expect(P.doing(model.update(.key(.ctrl("s")))) == ["correct the checkpoint"])
        let (answer, day) = try #require(Self.checkpoint(model)).answer()
        #expect(answer.hoursPerWeek == 16, "\(String(describing: answer.hoursPerWeek))")
        #expect(answer.id == 11 && answer.version == 1 && day == LocalDate(year: 2025, month: 12, day: 2))
    }

    @Test func theKeysSayWhyNotOffTheEmploymentTab() throws {
        var model = try Self.model()
        _ = model.update(.key(.char("1")))
        #expect(model.update(.key(.char("C"))).commands == [.status("open the Employment tab (7) and choose a job's checkpoint first", isError: true)])
        #expect(model.update(.key(.char("E"))).commands == [.status("open the Employment tab (7) and choose a job's checkpoint first", isError: true)])
    }
}
