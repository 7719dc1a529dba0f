import Testing
@testable import CaseloadCore

@Suite struct PlanRulesTests {
    let plan = ActionPlan(id: 3, clientID: 1, status: .active, openedOn: d("2025-01-06"))
    func item(_ type: String, id: Int64 = 10, start: String? = nil, end: String? = nil, outcome: PlanItemOutcome? = nil, cancelled: Bool = false) -> PlanItem {
        PlanItem(id: id, planID: 3, type: type, description: type == "Training" ? "Forklift certificate" : nil,
                 actualStart: start.map(d), actualEnd: end.map(d), isCancelled: cancelled, outcome: outcome)
    }

    @Test(arguments: [("Training", true), ("Education", true), ("training ", true), ("Better Jobs Ontario", true),
                      ("Job Search", false), ("Workshop", false), ("Life Stabilization", false)])
    func addingTrainingSuggestsOnHold(_ type: String, _ holds: Bool) {
        let s = PlanRules.suggestionAfterAdding(item(type), to: plan, on: d("2025-02-03"))
        #expect((s?.status == .onHold) == holds)
        #expect((s == nil) == !holds)
    }

    @Test func onHoldSuggestionCarriesReasonAndDate() {
        let s = PlanRules.suggestionAfterAdding(item("Training"), to: plan, on: d("2025-02-03"))!
        #expect(s.onHoldReason == "Training: Forklift certificate" && s.since == d("2025-02-03"))
        #expect(s.explanation == "R-13: a Training item was added; put the EAP Active - On Hold while the client attends it.")
        let held = PlanRules.applying(s, to: plan)
        #expect(held.status == .onHold && held.onHoldSince == d("2025-02-03") && held.onHoldReason == "Training: Forklift certificate")
        // Already on hold or closed: nothing to suggest.
        #expect(PlanRules.suggestionAfterAdding(item("Training"), to: held, on: d("2025-02-04")) == nil)
        var closed = plan; closed.status = .closed
        #expect(PlanRules.suggestionAfterAdding(item("Training"), to: closed, on: d("2025-02-04")) == nil)
    }

    @Test func completingTrainingAttainedSuggestsActive() {
        var held = plan; held.status = .onHold; held.onHoldSince = d("2025-02-03"); held.onHoldReason = "Training"
        let done = item("Training", start: "2025-02-03", end: "2025-04-25", outcome: .attained)
        let s = PlanRules.suggestionAfterEnding(done, in: held, items: [done])!
        #expect(s.status == .active)
        #expect(s.explanation == "R-13: the Training item is Completed / Attained and no other training is open; return the EAP to Active.")
        let active = PlanRules.applying(s, to: held)
        #expect(active.status == .active && active.onHoldSince == nil && active.onHoldReason == nil)
        // Another training item still open keeps the hold.
        let other = item("Education", id: 11, start: "2025-03-01")
        #expect(PlanRules.suggestionAfterEnding(done, in: held, items: [done, other]) == nil)
        // A job search item does not hold the plan, so it does not matter.
        #expect(PlanRules.suggestionAfterEnding(done, in: held, items: [done, item("Job Search", id: 12, start: "2025-03-01")]) != nil)
        // Still in progress: no suggestion.
        #expect(PlanRules.suggestionAfterEnding(item("Training", start: "2025-02-03"), in: held, items: []) == nil)
        // Cancelled training also ends the hold.
        #expect(PlanRules.suggestionAfterEnding(item("Training", cancelled: true), in: held, items: [])?.explanation
            == "R-13: the Training item was cancelled and no other training is open; return the EAP to Active.")
    }

    /// (actual start, actual end, outcome, cancelled, fields with problems) with today 2025-06-02.
    @Test(arguments: [
        (nil, nil, nil, false, [String]()), ("2025-05-01", nil, nil, false, []), ("2025-05-01", "2025-05-30", .attained, false, []),
        (nil, "2025-05-30", nil, false, ["actualEnd", "outcome"]), ("2025-05-30", "2025-05-01", .attained, false, ["actualEnd"]),
        ("2025-05-01", "2025-05-30", nil, false, ["outcome"]), ("2025-05-01", "2025-05-30", .cancelled, false, ["outcome"]),
        ("2025-05-01", nil, .attained, false, ["outcome"]), (nil, nil, .notAttained, true, ["outcome"]), (nil, nil, .cancelled, true, []),
        ("2025-06-03", nil, nil, false, ["actualStart"]), ("2025-05-01", "2025-06-09", .attained, false, ["actualEnd"]),
        ("2025-05-01", "2025-05-01", .notAttained, false, []),
    ] as [(String?, String?, PlanItemOutcome?, Bool, [String])])
    func itemConsistency(_ start: String?, _ end: String?, _ outcome: PlanItemOutcome?, _ cancelled: Bool, _ fields: [String]) {
        let i = item("Workshop", start: start, end: end, outcome: outcome, cancelled: cancelled)
        #expect(PlanRules.problems(in: i, today: d("2025-06-02")).map(\.field) == fields)
    }

    @Test func consistencyMessages() {
        var i = item("Workshop", start: "2025-05-30", end: "2025-05-01", outcome: .attained)
        i.expectedStart = d("2025-05-10"); i.expectedEnd = d("2025-05-09")
        #expect(PlanRules.problems(in: i, today: d("2025-06-02")).map(\.message) == [
            "Actual end Thu 1 May 2025 is before the actual start Fri 30 May 2025: check the dates.",
            "Expected end Fri 9 May 2025 is before the expected start Sat 10 May 2025: check the dates.",
        ])
        #expect(PlanRules.problems(in: item("Workshop", end: "2025-05-01"), today: d("2025-06-02")).first?.message
            == "An actual end needs an actual start: enter the day the item started first.")
    }
}
