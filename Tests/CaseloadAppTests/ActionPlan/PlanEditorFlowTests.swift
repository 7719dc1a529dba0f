import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// The done-when, headless at 80x24 on a real file: a plan with three items, on hold for
/// training, the training Attained and the plan Active again, a 25-hour job with a new employer and
/// its four checkpoints, the 1-month checkpoint recorded, and the plan closed early.
@MainActor @Suite struct PlanEditorFlowTests {
    /// Chooses `text` in the focused dropdown: open, filter, pick (focus then moves to the next field).
    func choose(_ d: TestDriver<CaseloadApp>, _ text: String) { d.press(.enter); d.type(text); d.press(.enter) }

    func addItem(_ d: TestDriver<CaseloadApp>, _ type: String, description: String = "") {
        d.press(.char("a"))
        choose(d, type)
        d.type(description)
        d.press(.ctrl("s"))
    }

    @Test func theWholePlanFlow() throws {
        let f = try AppFixture()
        let d = f.profile(f.wang, as: f.caseworker, tab: .eap)
        #expect(d.screen.contains("p opens the plan editor"))
        d.press(.char("p"))
        #expect(d.route == .planEditor(clientID: f.wang.id!))
        #expect(d.screen.contains("No Employment Action Plan for this client yet."))

        // Open the plan, then three items; the Training one offers the hold.
        d.press(.char("o")); d.type("Warehouse work"); d.press(.enter, .enter)
        #expect(d.screen.contains("Status  Active"), "\(d.screen)")
        addItem(d, "Job Search")
        addItem(d, "Training", description: "Forklift certificate")
        #expect(d.screen.contains("Put the EAP on hold?"))
        #expect(d.screen.contains("R-13: a Training item was added"))
        d.press(.char("y"))
        #expect(d.screen.contains("Status  Active - On Hold since Thu 15 Jan 2026: Training: Forklift certificate"))
        addItem(d, "Workshop", description: "Interview skills")
        #expect(!d.screen.contains("Put the EAP on hold?"), "only training holds the plan")
        #expect(d.screen.contains("Job Search") && d.screen.contains("Workshop"))

        // Complete before starting: refused with the reason, nothing changes.
        d.press(.up)
        #expect(d.lines.contains { $0.hasPrefix(" > Training") })
        d.press(.char("c"))
        #expect(d.statusLine == "! The Training item has not started: s records its start, then c completes it.", "\(d.statusLine)")
        // Start, then complete as Attained: the plan is offered back to Active.
        d.press(.char("s")); d.press(.enter)
        #expect(d.lines.contains { $0.hasPrefix(" > Training") && $0.contains("2026-01-15") && $0.contains("In Progress") })
        d.press(.char("c")); d.press(.tab); choose(d, "Attained"); d.press(.enter)
        #expect(d.screen.contains("Return the EAP to Active?"), "\(d.screen)")
        d.press(.char("y"))
        #expect(d.lines.contains { $0.hasPrefix(" > Training") && $0.contains("Completed") && $0.contains("Attained") })
        #expect(d.screen.contains("Status  Active\n") || d.lines.contains { $0.trimmingCharacters(in: .whitespaces) == "Status  Active" })

        // A 25-hour job with a new employer, from the Employment tab.
        d.press(.escape)
        d.press(.char("7")); d.press(.char("J"))
        #expect(d.route == .employmentEntry(clientID: f.wang.id!))
        d.press(.enter, .enter)   // "New employer…" is the first choice; focus moves on
        d.type("Northside Logistics")
        d.press(.tab); d.type("Warehouse associate")
        d.press(.tab); d.type("2025-10-31")
        d.press(.tab); d.type("25")
        for line in ["1-month  Sun 30 Nov 2025 +1 calendar month, clamped to the end of Nov 2025",
                     "3-month  Sat 31 Jan 2026 +3 calendar months",
                     "6-month  Thu 30 Apr 2026 +6 calendar months, clamped to the end of Apr 2026",
                     "12-month Sat 31 Oct 2026 +12 calendar months"] {
            #expect(d.screen.contains(line), "\(line)\n\(d.screen)")
        }
        #expect(d.screen.contains("✗ Not PBF-eligible (R-07)"), "no common assessment yet")
        #expect(d.screen.contains("• R-07: no common assessment is recorded"))
        d.press(.ctrl("s"))
        #expect(d.route == .profile(clientID: f.wang.id!, tab: .eap))
        #expect(d.statusLine.contains("Job saved (not PBF-eligible); its 4 checkpoints are listed."), "\(d.statusLine)")
        #expect(d.screen.contains("Warehouse associate at Northside Logistics"))
        #expect(d.screen.contains("▸ 1 month   Sun 30 Nov 2025  ! overdue"), "\(d.screen)")

        // the job left the plan open.
        #expect(try f.db.profilePlan(clientID: f.wang.id!, by: f.caseworker)?.plan.status == .active)

        // Record the 1-month checkpoint: its follow-up leaves the queue.
        let job = try #require(try f.db.employments(clientID: f.wang.id!).first)
        let oneMonth = try #require(try f.db.checkpoints(employmentID: job.id!).first)
        func queued() throws -> Bool {
            try f.db.followUpQueue(asOf: AppFixture.today, now: AppFixture.now, scope: FollowUpScope(clientID: f.wang.id!), by: f.caseworker)
                .contains { $0.itemKey == .checkpoint(oneMonth.id!) }
        }
        #expect(try queued())
        d.press(.char("K"))
        #expect(d.screen.contains("Record the 1-month checkpoint"))
        d.press(.tab, .tab, .tab, .tab); choose(d, "Phone")
        choose(d, "Pay stub"); d.type("stub-2026-01.pdf"); d.press(.tab)
        d.type("Likes the night shift"); d.press(.enter)
        #expect(d.screen.contains("▸ 1 month   Sun 30 Nov 2025  ✓ recorded 2026-01-15 (still employed, 25 h)"), "\(d.screen)")
        #expect(try !queued())

        // Close early: the R-10 warning, then the flag.
        d.press(.char("4")); d.press(.char("p")); d.press(.char("C"))
        #expect(d.screen.contains("R-10: early exit"))
        d.press(.tab); choose(d, "Client withdrew"); d.press(.enter)
        #expect(d.screen.contains("Early exit: close the plan anyway?"), "\(d.screen)")
        d.press(.char("y"))
        #expect(d.screen.contains("Closed Thu 15 Jan 2026: Client withdrew · EARLY EXIT (R-10)"))
        let closed = try #require(try f.db.profilePlan(clientID: f.wang.id!, by: f.caseworker)?.plan)
        #expect(closed.isEarlyExit && closed.status == .closed)
        d.press(.escape)
        #expect(d.screen.contains("early exit (R-10)"), "the profile reports the flag")
    }

    @Test func declinedOffersLeaveThePlanAsItWas() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .planEditor(clientID: f.wang.id!))
        d.press(.char("o")); d.press(.ctrl("s"))
        addItem(d, "Education", description: "GED")
        d.press(.char("n"))
        #expect(d.statusLine.contains("The plan stays Active."))
        #expect(try f.db.profilePlan(clientID: f.wang.id!, by: f.caseworker)?.plan.status == .active)
        // Closing and answering no to the warning keeps it open.
        d.press(.char("C")); d.press(.tab); choose(d, "Other"); d.press(.enter); d.press(.char("n"))
        #expect(try f.db.profilePlan(clientID: f.wang.id!, by: f.caseworker)?.plan.status == .active)
    }

    /// an outcome-program item is marked in the table and its details.
    @Test func outcomeProgramIsMarked() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .planEditor(clientID: f.wang.id!))
        d.press(.char("o")); d.press(.ctrl("s"))
        addItem(d, "Apprenticeship", description: "Electrician")
        #expect(d.lines.contains { $0.hasPrefix(" > Apprenticeship") && $0.trimmingCharacters(in: .whitespaces).hasSuffix("yes") }, "\(d.screen)")
        #expect(d.screen.contains("R-14 yes: outcome program, its jobs are not PBF-eligible"))
        #expect(d.screen.contains("Apprenticeship: Electrician · not started · employment-outcome program: its\n jobs are not PBF-eligible (R-14)"))
        let item = try #require(try f.db.profilePlan(clientID: f.wang.id!, by: f.caseworker)?.items.first)
        #expect(item.isEmploymentOutcomeProgram)
    }

    @Test func wideEditorShowsExpectedAndActualColumns() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .planEditor(clientID: f.wang.id!), size: Size(width: 200, height: 60))
        d.press(.char("o")); d.press(.ctrl("s"))
        d.press(.char("a")); choose(d, "Workshop"); d.press(.tab); d.type("2026-01-20"); d.press(.ctrl("s"))
        #expect(d.lines.contains { $0.contains("Exp. start Exp. end   Started    Ended") })
        #expect(d.lines.contains { $0.hasPrefix(" > Workshop") && $0.contains("2026-01-20 —          —") }, "\(d.screen)")
    }
}
