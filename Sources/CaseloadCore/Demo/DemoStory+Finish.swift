import Foundation

/// The everyday notes between events, hand-made follow-ups, and the final pass: status, CaMS number,
/// PBF verdicts, notes in time order with their rare amendments, and the bundle.
extension DemoStory {
    mutating func fillerNotes() {
        guard let from = intakeDay else { return }
        let count = rng.weighted([(0, 75), (1, 20), (2, 5)])
        for _ in 0..<count {
            guard let day = DemoClock.weekday(between: from, and: windowEnd, &rng) else { return }
            let text = DemoNoteText.everyday(callName, title: jobTitle, saReferred: scenario.source.isSocialAssistance,
                                             sa: client.saCaseworkerName, &rng)
            addNote(on: day, communication: text.communication, type: text.type, subject: text.subject, body: text.body)
        }
        // A few people later take back consent to share their résumé.
        if let given = consents.last(where: { $0.consent.topic == DemoStory.resumeTopic }), rng.chance(0.12),
           let later = DemoClock.weekday(between: given.consent.recordedOn.adding(days: 7), and: windowEnd, &rng) {
            let text = DemoNoteText.consent(callName, topics: [given.consent.topic], given: false, &rng)
            let note = addNote(on: later, communication: "Phone", type: "Consent", subject: text.subject, body: text.body)
            consents.append(DemoConsent(consent: ConsentRecord(clientID: 0, recordedOn: later, topic: given.consent.topic,
                                                               isGiven: false), noteIndex: note))
        }
    }

    mutating func addManualFollowUp() {
        guard scenario.manualFollowUp, let from = intakeDay,
              let created = DemoClock.weekday(between: max(from, lastPast.adding(days: -40)), and: windowEnd, &rng)
        else { return }
        let due = DemoClock.weekdayOnOrAfter(created.adding(days: rng.int(in: 2...28)))
        var item = ManualFollowUp(clientID: 0, ownerID: 0, title: rng.pick(DemoWords.followUpTitles), dueOn: due, createdBy: 0)
        if due <= windowEnd, closedOn != nil || (due < today && rng.chance(0.5)) {
            item.completedOn = min(DemoClock.addingWeekdays(rng.int(in: 0...2), to: due), windowEnd)
            item.completionNote = rng.pick(DemoWords.followUpCompletions)
        } else if closedOn != nil {
            return
        }
        followUps.append(DemoFollowUp(followUp: item, ownerIndex: caseworker,
                                      createdByIndex: rng.chance(0.8) ? caseworker : supervisor))
    }

    mutating func finish() -> DemoClientBundle {
        client.status = closedOn != nil ? .closed
            : intakeDay == nil ? .referred
            : employments.isEmpty ? .active : .monitoring
        client.camsReference = camsReference()
        applyOutcomeRules()
        orderNotes()
        client.updatedAt = notes.map(\.note.enteredAt).max() ?? client.createdAt
        if client.updatedAt < client.createdAt { client.updatedAt = client.createdAt }
        return DemoClientBundle(index: index, client: client, siteIndex: siteIndex, caseworkerIndex: caseworker,
                                assessment: assessment, plan: plan, planItems: items, appointments: appointments,
                                notes: notes, contactAttempts: attempts, consents: consents, employments: employments,
                                financialSupports: supports, followUps: followUps)
    }

    /// Issued when the assessment is submitted; referrals from social assistance arrive through CaMS
    /// with one already. A few submitted ones wait to be linked.
    private func camsReference() -> String? {
        if assessedOn != nil { return scenario.camsLinked ? DemoGenerator.camsReference(seed: seed, index: index) : nil }
        return scenario.source.isSocialAssistance ? DemoGenerator.camsReference(seed: seed, index: index) : nil
    }

    /// Sorts notes by interaction time, inserts the rare amendment right after its original, and
    /// remaps the indices that attempts and consents hold.
    private mutating func orderNotes() {
        let order = notes.indices.sorted {
            let a = notes[$0].note.interactionAt, b = notes[$1].note.interactionAt
            return a != b ? a < b : $0 < $1
        }
        var newIndex = Array(repeating: 0, count: notes.count)
        var ordered: [DemoNote] = []
        ordered.reserveCapacity(notes.count + 1)
        let amendable = DemoClock.instant(lastPast.adding(days: -3), minute: 0)
        for old in order {
            newIndex[old] = ordered.count
            let original = notes[old]
            ordered.append(original)
            // Consents and contact attempts are corrected by new records, not amendments.
            guard original.note.interactionAt < amendable, original.note.type != "Consent",
                  original.note.type != "Contact Attempt", rng.chance(0.016) else { continue }
            var fix = original
            fix.amendsIndex = ordered.count - 1
            fix.note.enteredAt = original.note.enteredAt.addingTimeInterval(Double(rng.int(in: 20...70) * 3_600))
            fix.note.subject = "Amendment: " + original.note.subject
            fix.note.body = DemoNoteText.amendment(of: original.note, &rng)
            ordered.append(fix)
        }
        notes = ordered
        for i in attempts.indices { attempts[i].noteIndex = attempts[i].noteIndex.map { newIndex[$0] } }
        for i in consents.indices { consents[i].noteIndex = newIndex[consents[i].noteIndex] }
    }
}

extension DemoStory {
    /// The same rules production applies (`OutcomeRules`): a job comes from an outcome program when such a
    /// plan item had begun (or was planned) by its start; then every PBF verdict, checkpoint late
    /// flag and early-exit flag is computed, so `caseload check` finds nothing to disagree with.
    mutating func applyOutcomeRules() {
        for i in employments.indices {
            let start = employments[i].employment.startDate
            employments[i].employment.id = Int64(i + 1)   // provisional: the order the writer inserts them
            employments[i].employment.isFromOutcomeProgram = items.contains {
                $0.isEmploymentOutcomeProgram && !$0.isCancelled && ($0.actualStart ?? $0.expectedStart ?? start) <= start
            }
        }
        let checkpoints = employments.enumerated().flatMap { i, job in
            job.checkpoints.map { c -> Checkpoint in var c = c; c.employmentID = Int64(i + 1); return c }
        }
        let facts = ClientOutcomeFacts(clientID: 0, assessmentDate: assessment?.assessedOn(in: FollowUpEngine.agencyTimeZone),
                                       jobs: employments.map(\.employment), checkpoints: checkpoints,
                                       plans: plan.map { [$0] } ?? [], calendar: .ontario)
        let ruled = OutcomeRules.recomputed(facts)
        var next = 0
        for i in employments.indices {
            employments[i].employment.isPBFEligible = ruled.jobs[i].isPBFEligible
            employments[i].employment.id = nil
            for j in employments[i].checkpoints.indices {
                employments[i].checkpoints[j].isLate = ruled.checkpoints[next].isLate
                employments[i].checkpoints[j].earnsPBF = ruled.checkpoints[next].earnsPBF
                next += 1
            }
        }
        if plan != nil { plan!.isEarlyExit = ruled.plans[0].isEarlyExit }
    }
}
