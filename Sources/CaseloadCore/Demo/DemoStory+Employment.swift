/// Jobs, their 1/3/6/12-month checkpoints, and financial supports.
extension DemoStory {
    mutating func startEmployment() {
        guard let intent = scenario.employment, let opened = plan?.openedOn, let intake = intakeDay else { return }
        let start: LocalDate
        if let daysAgo = intent.startDaysAgo {
            start = DemoClock.weekdayOnOrBefore(today.adding(days: -daysAgo))
        } else if intent.startsBeforeAssessment {
            // Already working when they came in (R-07: does not count).
            start = DemoClock.weekdayOnOrBefore(intake.adding(days: -rng.int(in: 7...90)))
        } else if let day = DemoClock.weekday(between: opened.adding(days: 7), and: windowEnd.adding(days: -2), &rng) {
            start = day
        } else {
            return
        }
        // Incentives need an employer registered in CaMS with a signed agreement.
        let wantsIncentive = scenario.support != nil && rng.chance(0.4)
        var key = DemoEmployers.key(kind: rng.pick(jobKinds), seed: seed, &rng)
        if wantsIncentive {
            for _ in 0..<64 {
                let candidate = DemoEmployers.key(kind: rng.pick(jobKinds), seed: seed, &rng)
                if DemoEmployers.isIncentiveReady(DemoEmployers.employer(at: candidate, seed: seed)) { key = candidate; break }
            }
        }
        let employer = DemoEmployers.employer(at: key, seed: seed)
        var job = Employment(clientID: 0, employerID: 0, jobTitle: jobTitle, startDate: start,
                             hoursPerWeek: intent.hours, isNewEmployer: intent.isNewEmployer)
        if intent.ends, let end = DemoClock.weekday(between: start.adding(days: 21), and: min(start.adding(days: 240), windowEnd), &rng) {
            job.endDate = end
            job.endReason = rng.weighted(DemoWords.endReasons)
        }
        let reported = max(start, intake)
        let text = DemoNoteText.jobStarted(callName, title: jobTitle, employer: employer.name, start: start,
                                           hours: intent.hours, &rng)
        addNote(on: reported, communication: rng.weighted([("Phone", 5), ("In Person", 3), ("Email", 2)]),
                type: "Job Search", subject: text.subject, body: text.body)
        if scenario.source.isSocialAssistance, start >= intake, rng.chance(0.7) {
            let sa = DemoNoteText.saUpdate(callName, sa: client.saCaseworkerName, milestone: .employed, &rng)
            addNote(on: min(DemoClock.addingWeekdays(1, to: reported), windowEnd), communication: "Email",
                    type: "SA Communication", subject: sa.subject, body: sa.body)
        }
        let checkpoints = makeCheckpoints(for: job, care: intent.checkpoints, employer: employer.name)
        employments.append(DemoEmployment(employment: job, employerKey: key, checkpoints: checkpoints))
    }

    private mutating func makeCheckpoints(for job: Employment, care: DemoScenario.CheckpointCare,
                                          employer: String) -> [Checkpoint] {
        let end = windowEnd
        let dues = CheckpointMonth.allCases.map { ($0, job.startDate.adding(months: $0.rawValue)) }
        let latestDue = dues.last(where: { $0.1 <= end })?.0
        return dues.map { month, due in
            var cp = Checkpoint(employmentID: 0, month: month, dueOn: due)
            guard due <= end else { return cp }
            let record: Bool
            switch care {
            case .typical: record = rng.chance(0.86)
            case .allRecorded: record = true
            case .latestOpen: record = month != latestDue
            }
            guard record else { return cp }
            let day = min(DemoClock.addingWeekdays(rng.weighted([(0, 3), (2, 3), (5, 2), (9, 1)]), to: due), end)
            let working = job.endDate.map { $0 > due } ?? true
            cp.recordedOn = max(day, due)
            cp.stillEmployed = working
            cp.hoursPerWeek = working ? job.hoursPerWeek : nil
            cp.sameEmployer = working ? true : nil
            cp.contactMethod = rng.weighted([("Phone", 6), ("Email", 2), ("Text/SMS", 2), ("In Person", 1)])
            let text = DemoNoteText.checkpoint(callName, month: month.rawValue, working: working, employer: employer,
                                               hours: job.hoursPerWeek, endReason: job.endReason, &rng)
            cp.note = text.body
            addNote(on: cp.recordedOn!, communication: cp.contactMethod == "In Person" ? "In Person" : cp.contactMethod!,
                    type: "Checkpoint", subject: text.subject, body: text.body)
            return cp
        }
    }

    mutating func requestSupport() {
        guard var status = scenario.support, let opened = plan?.openedOn else { return }
        let job = employments.first
        var category = rng.weighted(DemoWords.jobSeekerSupports)
        var employerKey: Int?
        if let job, DemoEmployers.isIncentiveReady(DemoEmployers.employer(at: job.employerKey, seed: seed)) {
            category = rng.weighted([("Training incentive (placement)", 6), ("Job trial", 1), (category, 3)])
            if category == "Training incentive (placement)" || category == "Job trial" { employerKey = job.employerKey }
        }
        if closedOn != nil, status == .submitted || status == .draft { status = .paid }
        let day: LocalDate?
        switch status {
        case .submitted, .draft:
            day = DemoClock.weekday(between: max(opened, lastPast.adding(days: -9)), and: lastPast, &rng)
        default:
            let from = employerKey != nil ? max(opened, job!.employment.startDate) : opened
            day = DemoClock.weekday(between: from, and: windowEnd, &rng)
        }
        guard let day else { return }
        let amount = DemoWords.supportAmountCents(category, &rng)
        let documented = status != .draft || rng.chance(0.5)
        let rationale = documented ? DemoWords.supportRationale(category, title: jobTitle, &rng) : nil
        let document = documented ? DemoWords.documentReference(on: day, &rng) : nil
        var support = FinancialSupport(clientID: 0, recipient: employerKey == nil ? .jobSeeker : .employer,
                                       category: category, amountCents: amount, rationale: rationale,
                                       documentReferences: document.map { [$0] } ?? [], status: status, createdOn: day,
                                       submittedOn: status == .draft ? nil : day)
        let decided = status == .approved || status == .declined || status == .paid
        if decided { support.decidedOn = day; support.ssmReference = "SSM-\(day.year)-\(DemoText.pad(amount % 9_973, 4))" }
        if status == .declined { support.declineReason = "Not an allowable expense under the plan." }
        if status == .paid { support.paidOn = day; support.paymentReference = "CHQ \(10_000 + amount % 89_989)" }
        supports.append(DemoFinancialSupport(support: support, employerKey: employerKey,
                                             decidedByIndex: decided ? supervisor : nil))
        let text = DemoNoteText.supportRequested(callName, category: category, cents: amount, rationale: rationale,
                                                 status: status, &rng)
        addNote(on: day, communication: rng.weighted([("In Person", 5), ("Phone", 3), ("Internal", 2)]),
                type: "Financial Support", subject: text.subject, body: text.body)
    }
}
