import Foundation
import Testing

/// The EAP done-when in the real binary on a demo database, as caseworker Aisha Rahman (arahman):
/// Amira Haddad (a fixed demo person: OW referral, no plan yet) gets a plan with three items, goes
/// on hold for training, completes it as Attained, returns to Active, records a 25-hour job with a
/// new employer and sees its four checkpoints, records the 1-month checkpoint, and closes the plan
/// early past the R-10 warning. The job starts on a fixed past day so the dates are known.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct PlanScenarioTests {
    @Test(.needsTmux) func builds_a_plan_holds_it_for_training_records_a_job_and_closes_early() async throws {
        let s = try Caseload.demoTUI(user: "arahman")
        defer { s.kill() }

        try await s.waitFor("Aisha Rahman (Caseworker)")
        try s.sendKeys("/")
        try s.type("Amira Haddad")
        try await s.waitFor("Haddad, Amira")
        try s.sendKeys("Enter")
        try await s.waitFor("Client · Haddad, Amira")
        try s.sendKeys("4")
        try await s.waitFor("p Plan editor")
        try s.sendKeys("p")
        try await s.waitFor("Employment Action Plan")
        // The plan is read after the screen opens: wait for either answer, not just the heading.
        if try await s.waitForAny(["Press o to open one", "Status  Active"]) == "Press o to open one" {
            try s.sendKeys("o")
            try await s.waitFor("Open an Employment Action Plan")
            try s.type("Warehouse work")
            try s.sendKeys("C-s")
        }
        try await s.waitFor("Status  Active")

        // Three items; the Training one offers the hold.
        try addItem(s, type: "Job Search", description: "Warehouse postings")
        try await s.waitFor("Added the Job Search item.")
        try addItem(s, type: "Training", description: "Forklift certificate")
        try await s.waitFor("Put the EAP on hold?")
        try await s.waitFor("R-13: a Training item was added")
        try s.sendKeys("y")
        try await s.waitFor("Status  Active - On Hold since")
        try await s.waitFor("Training: Forklift certificate")
        try addItem(s, type: "Workshop", description: "Interview skills")
        try await s.waitFor("Added the Workshop item.")

        // Start the training, complete it as Attained, accept the return to Active.
        try s.sendKeys("Up")
        try await s.waitFor("> Training")
        try s.sendKeys("s")
        try await s.waitFor("Start the Training item")
        try s.sendKeys("Enter")
        try await s.waitFor("In Progress since")
        try s.sendKeys("c")
        try await s.waitFor("Complete the Training item")
        try s.sendKeys("Tab", "Enter")
        try s.type("Attained")
        try s.sendKeys("Enter")
        try await s.waitFor("Outcome:    Attained")
        try s.sendKeys("Enter")
        try await s.waitFor("Return the EAP to Active?")
        try s.sendKeys("y")
        try await s.waitFor("The plan is Active again.")
        try await s.waitForAbsence("On Hold")

        // A 25-hour job with a new employer: the panel shows the four checkpoint dates before saving.
        try s.sendKeys("Escape")
        try await s.waitFor("Client · Haddad, Amira")
        try s.sendKeys("7")
        try await s.waitFor("J New job")
        try s.sendKeys("J")
        try await s.waitFor("Record a job")
        try s.sendKeys("Enter", "Enter")   // "New employer…" heads the list; focus moves to its name
        try await s.waitFor("New employer:")
        try s.type("Northside Logistics")
        try s.sendKeys("Tab")
        try s.type("Warehouse associate")
        try s.sendKeys("Tab")
        try s.type("2025-01-31")
        try s.sendKeys("Tab")
        try s.type("25")
        try await s.waitFor("1-month  Fri 28 Feb 2025 +1 calendar month, clamped to the end of Feb 2025")
        try await s.waitFor("3-month  Wed 30 Apr 2025 +3 calendar months, clamped to the end of Apr 2025")
        try await s.waitFor("6-month  Thu 31 Jul 2025 +6 calendar months")
        try await s.waitFor("12-month Sat 31 Jan 2026 +12 calendar months")
        try await s.waitFor("PBF")
        try s.sendKeys("C-s")
        try await s.waitFor("Job saved")
        try await s.waitFor("Warehouse associate at Northside Logistics")
        try await s.waitFor("▸ 1 month   Fri 28 Feb 2025")

        // Record the 1-month checkpoint.
        try s.sendKeys("K")
        try await s.waitFor("Record the 1-month checkpoint")
        try s.sendKeys("Tab", "Tab", "Tab", "Tab", "Enter")
        try s.type("Phone")
        try s.sendKeys("Enter")           // the choice moves on to the evidence (issue #19)
        try s.sendKeys("Enter")
        try s.type("Pay stub")
        try s.sendKeys("Enter")
        try s.type("stub-2025-03.pdf")
        try s.sendKeys("Tab")
        try s.type("Likes the team")
        try s.sendKeys("Enter")
        try await s.waitFor("Recorded the 1-month checkpoint")
        try await s.waitFor("✓ recorded")
        try await s.waitFor("evidence: Pay stub · stub-2025-03.pdf")

        // Close the plan: before the 12-month checkpoint, so the early-exit warning.
        try s.sendKeys("4")
        try await s.waitFor("p Plan editor")
        try s.sendKeys("p")
        try await s.waitFor("Status  Active")
        try s.sendKeys("C")
        try await s.waitFor("Close the plan")
        try s.sendKeys("Tab", "Enter")
        try s.type("Client withdrew")
        try s.sendKeys("Enter")
        try await s.waitFor("Closure reason: Client withdrew")
        try s.sendKeys("Enter")
        try await s.waitFor("Early exit: close the plan anyway?")
        try await s.waitFor("R-10: early exit")
        try s.sendKeys("y")
        try await s.waitFor("EARLY EXIT (R-10)")
        try await s.waitFor("early exit (R-10) recorded")
    }

    /// `a`, choose the type in the dropdown (the choice moves on to Description), a description, ^S.
    private func addItem(_ s: TmuxSession, type: String, description: String) throws {
        try s.sendKeys("a")
        try s.sendKeys("Enter")
        try s.type(type)
        try s.sendKeys("Enter")
        try s.type(description)
        try s.sendKeys("C-s")
    }
}
