/// The Employment Action Plan: opening, closing (R-10 early exit), and its items, whose actual dates
/// never run past the file's window and whose training puts the plan On Hold.
extension DemoStory {
    mutating func openPlan() {
        guard let assessed = assessedOn else { return }
        let opened = DemoClock.addingWeekdays(rng.weighted([(0, 5), (1, 2), (2, 2), (5, 1)]), to: assessed)
        guard opened <= lastPast else { return }
        plan = ActionPlan(clientID: 0, goal: DemoWords.goal(for: jobTitle, &rng), openedOn: opened)
        if rng.chance(0.5) {
            let text = DemoNoteText.planCreated(callName, goal: plan!.goal!, &rng)
            addNote(on: opened, communication: "In Person", type: "EAP Review", subject: text.subject, body: text.body)
        }

        // Early closures are decided first so the job, items and checkpoints fit inside the window.
        var reason: String?
        if scenario.closesEarly, opened.days(until: lastPast) >= 45,
           let day = DemoClock.weekday(between: opened.adding(days: 30), and: lastPast, &rng) {
            closedOn = day
            reason = rng.weighted(DemoWords.earlyClosureReasons)
        }
        startEmployment()
        // the file stays open through the 12-month checkpoint, then most are closed.
        if closedOn == nil, let twelve = employments.first?.checkpoints.last, let recorded = twelve.recordedOn,
           scenario.employment?.checkpoints == .allRecorded || rng.chance(0.9) {
            closedOn = min(DemoClock.addingWeekdays(rng.int(in: 0...5), to: recorded), lastPast)
            reason = "Employed - 12 months complete"
        }
        addItems(opened: opened)

        if let closed = closedOn, let reason {
            plan!.status = .closed
            plan!.closedOn = closed
            plan!.closureReason = reason
            plan!.isEarlyExit = employments.first?.checkpoints.last?.recordedOn == nil
            let text = DemoNoteText.closure(callName, reason: reason, employed: !employments.isEmpty, &rng)
            addNote(on: closed, communication: reason == "Unable to contact" ? "Internal" : "Phone", type: "Closure",
                    subject: text.subject, body: text.body)
            if scenario.source.isSocialAssistance, rng.chance(0.5) {
                let sa = DemoNoteText.saUpdate(callName, sa: client.saCaseworkerName, milestone: .closed, &rng)
                addNote(on: closed, communication: "Email", type: "SA Communication", subject: sa.subject, body: sa.body)
            }
        }
    }

    private static let trainingTypes: Set<String> = ["Training", "Education", "Better Jobs Ontario"]

    private mutating func addItems(opened: LocalDate) {
        let end = windowEnd
        let open = closedOn == nil
        var count = rng.weighted([(1, 25), (2, 35), (3, 25), (4, 15)])
        var forcedTraining = scenario.inTraining && open
        if forcedTraining { count = max(count, 2) }
        for n in 0..<count {
            var type = n == 0 && rng.chance(0.6) ? "Job Search" : rng.weighted(DemoWords.planItemTypes)
            if forcedTraining, n == count - 1 { type = "Training" }
            var (description, length) = DemoWords.planItem(type, &rng)
            // A plan lists each step once.
            let isForced = forcedTraining && n == count - 1
            for _ in 0..<4 where !isForced && items.contains(where: { $0.description == description }) {
                type = rng.weighted(DemoWords.planItemTypes)
                (description, length) = DemoWords.planItem(type, &rng)
            }
            var item = PlanItem(planID: 0, type: type, description: description,
                                isEmploymentOutcomeProgram: type == "Ontario Bridge Training" || type == "Apprenticeship")
            let duration = rng.int(in: length)
            var expected = opened.adding(days: rng.int(in: 0...45))
            if forcedTraining, type == "Training" {
                // Started a few weeks ago and runs past today, so the plan is On Hold now.
                let latest = max(opened, lastPast.adding(days: -rng.int(in: 3...40)))
                expected = latest
                forcedTraining = false
                item.expectedStart = expected
                item.expectedEnd = today.adding(days: rng.int(in: 20...120))
                item.actualStart = expected
                items.append(item)
                referralNote(for: items.count - 1)
                continue
            }
            expected = DemoClock.weekdayOnOrAfter(expected)
            item.expectedStart = expected
            item.expectedEnd = expected.adding(days: duration)
            if expected > end {
                if !open { item.isCancelled = true; item.outcome = .cancelled }
                items.append(item)
                continue
            }
            if rng.chance(0.06) {
                item.isCancelled = true
                item.outcome = .cancelled
                if rng.chance(0.5) { item.actualStart = expected }
                items.append(item)
                continue
            }
            let start = min(max(opened, expected.adding(days: rng.int(in: -2...5))), end)
            item.actualStart = start
            let finish = start.adding(days: max(0, duration + rng.int(in: -5...10)))
            if finish <= end {
                item.actualEnd = finish
                item.outcome = rng.chance(0.82) ? .attained : .notAttained
            } else if !open {
                // Still running when the file closed.
                item.isCancelled = true
                item.outcome = .cancelled
            }
            items.append(item)
            if item.type != "Job Search" { referralNote(for: items.count - 1) }
        }
        if open, let training = items.filter({ Self.trainingTypes.contains($0.type) && $0.status == .inProgress })
            .max(by: { $0.actualStart! < $1.actualStart! }) {
            plan!.status = .onHold
            plan!.onHoldSince = training.actualStart
            plan!.onHoldReason = "Attending training: " + (training.description ?? training.type)
        }
    }

    private mutating func referralNote(for itemIndex: Int) {
        let item = items[itemIndex]
        guard let day = item.actualStart, rng.chance(0.3) else { return }
        let text = DemoNoteText.itemStarted(callName, item: item, &rng)
        let type = item.type == "Life Stabilization" ? "Life Stabilization" : "Referral Made"
        addNote(on: DemoClock.weekdayOnOrBefore(day), communication: rng.weighted([("In Person", 5), ("Phone", 3), ("Email", 2)]),
                type: type, subject: text.subject, body: text.body, planItem: itemIndex)
    }
}
