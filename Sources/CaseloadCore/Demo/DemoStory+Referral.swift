/// From referral to a finished common assessment: contact details, contact attempts,
/// the intake visit with its consents, and the CAT.
extension DemoStory {
    mutating func fillContactDetails() {
        let id = scenario.identity
        client.phone = DemoPeople.phone(&rng)
        client.email = rng.chance(0.86) ? DemoPeople.email(first: id.latinFirst, last: id.latinLast, &rng) : nil
        client.address = DemoPlaces.address(siteIndex: siteIndex, &rng)
        client.under18Attestation = DemoPeople.age(on: received, born: scenario.dateOfBirth) < 18
        client.isLegacy = scenario.receivedDaysAgo > 420 && rng.chance(0.15)
        client.createdAt = DemoClock.instant(received, minute: DemoClock.officeMinute(&rng))
        if scenario.source.isSocialAssistance {
            let name = DemoPeople.name(&rng)
            client.saCaseworkerName = name.given + " " + name.family
            client.saCaseworkerContact = DemoWords.saContact(given: name.given, family: name.family,
                                                             source: scenario.source, siteIndex: siteIndex, &rng)
        }
    }

    /// Returns the day the client was reached (or walked in), from which intake is booked; nil while
    /// nobody has reached them.
    mutating func referral() -> LocalDate? {
        let source = scenario.source
        if source.hasContactDeadlines {
            let text = DemoNoteText.referralReceived(callName, source: source, sa: client.saCaseworkerName, &rng)
            addNote(on: received, minute: 8 * 60 + 45 + rng.below(60), communication: "Internal", type: "Referral Received",
                    subject: text.subject, body: text.body)
        }
        guard source.hasContactDeadlines || source == .ow else { return received }
        let first = DemoClock.addingWeekdays(rng.weighted([(0, 3), (1, 6), (2, 1)]), to: received)
        if scenario.contact == .notYet || first > lastPast { return nil }
        switch scenario.contact {
        case .notYet:
            return nil
        case .reachedOnFirst:
            addAttempt(1, on: first, reached: true)
            return first
        case .firstOnly:
            addAttempt(1, on: first, reached: false)
            return nil
        case .reachedOnSecond:
            addAttempt(1, on: first, reached: false)
            let second = DemoClock.addingWeekdays(rng.int(in: 2...8), to: first)
            guard second <= lastPast else { return nil }
            addAttempt(2, on: second, reached: true)
            return second
        case .unreachable:
            addAttempt(1, on: first, reached: false)
            var last = first
            for n in 2...rng.int(in: 2...3) {
                let next = DemoClock.addingWeekdays(rng.int(in: 3...5), to: last)
                guard next <= lastPast else { return nil }
                addAttempt(n, on: next, reached: false)
                last = next
            }
            closeUnreached(after: last)
            return nil
        }
    }

    private mutating func addAttempt(_ n: Int, on day: LocalDate, reached: Bool) {
        let method = rng.weighted([("Phone", 8), ("Text/SMS", 2), ("Email", 1)])
        let result: ContactResult
        if reached {
            result = .reached
        } else if method == "Phone" {
            result = rng.weighted([(ContactResult.voicemail, 6), (.noAnswer, 3), (.wrongNumber, 1)])
        } else {
            result = .messageSent
        }
        let communication = method != "Phone" ? method : (result == .voicemail ? "Voicemail Left" : "Phone")
        // Same-day attempts come after the referral was read (first thing in the morning).
        let minute = day == received ? 10 * 60 + rng.below(6 * 60) : DemoClock.officeMinute(&rng)
        let text = DemoNoteText.contactAttempt(n, callName, result: result, method: method, phone: client.phone ?? "", &rng)
        let note = addNote(on: day, minute: minute, communication: communication, type: "Contact Attempt",
                           subject: text.subject, body: text.body)
        let attempt = ContactAttempt(clientID: 0, staffID: 0, attemptedAt: DemoClock.instant(day, minute: minute),
                                     method: method, result: result)
        attempts.append(DemoContactAttempt(attempt: attempt, staffIndex: caseworker, noteIndex: note))
    }

    /// closing as unable to contact needs 10 business days and two unanswered attempts.
    private mutating func closeUnreached(after last: LocalDate) {
        let earliest = max(DemoClock.addingWeekdays(10, to: received), DemoClock.addingWeekdays(1, to: last))
        guard earliest <= lastPast, rng.chance(0.75) else { return }
        let day = min(DemoClock.addingWeekdays(rng.int(in: 0...3), to: earliest), lastPast)
        closedOn = day
        let text = DemoNoteText.closure(callName, reason: "Unable to contact", employed: false, &rng)
        addNote(on: day, communication: "Internal", type: "Closure", subject: text.subject, body: text.body)
        let sa = DemoNoteText.saUpdate(callName, sa: client.saCaseworkerName, milestone: .unreachable, &rng)
        addNote(on: day, communication: "Email", type: "SA Communication", subject: sa.subject, body: sa.body)
    }

    static let resumeTopic = "Share résumé with prospective employers"

    mutating func intake(after reached: LocalDate) {
        var day = DemoClock.addingWeekdays(scenario.intakeDelay, to: reached)
        if scenario.missesFirstAppointment, day <= lastPast {
            let missed = addAppointment(on: day, length: 60, purpose: "Intake and CAT Module 1", status: .noShow,
                                        reason: rng.pick(DemoWords.noShowReasons))
            let text = DemoNoteText.missedAppointment(callName, &rng)
            addNote(on: day, communication: rng.pick(["Internal", "Voicemail Left", "Phone"]), type: "Missed Appointment",
                    subject: text.subject, body: text.body, appointment: missed)
            // the SA caseworker hears about a missed first appointment; some are told already.
            if scenario.source.isSocialAssistance, scenario.informsSAOfNoShow {
                let sa = DemoNoteText.saUpdate(callName, sa: client.saCaseworkerName, milestone: .noShow, &rng)
                addNote(on: min(day.adding(days: 1), lastPast), communication: "Email", type: "SA Communication",
                        subject: sa.subject, body: sa.body)
            }
            day = DemoClock.addingWeekdays(rng.int(in: 2...6), to: day)
        }
        guard day <= lastPast else {
            // Intake still to come: booked, today when the scenario wants the day sheet to show it.
            let booked = scenario.appointmentToday ? today : day
            if today.days(until: booked) <= 21 {
                addAppointment(on: booked, length: 60, purpose: "Intake and CAT Module 1", status: .scheduled)
            }
            return
        }
        intakeDay = day
        intakeMinute = DemoClock.appointmentMinute(&rng)
        let late = rng.chance(0.12)
        let visit = addAppointment(on: day, minute: intakeMinute, length: 60, purpose: "Intake and CAT Module 1",
                                   status: late ? .late : .attended, reason: late ? rng.pick(DemoWords.lateReasons) : nil)
        let text = DemoNoteText.intake(callName, site: siteName, goal: jobTitle, &rng)
        addNote(on: day, minute: intakeMinute, communication: "In Person", type: "Intake", subject: text.subject,
                body: text.body, appointment: visit)
        recordConsents(on: day)
    }

    private mutating func recordConsents(on day: LocalDate) {
        var topics = ["Share information with Employment Ontario (EOIS-CaMS)"]
        switch scenario.source {
        case .ow, .rasp, .trf: topics.append("Share information with OW caseworker")
        case .odsp: topics.append("Share information with ODSP caseworker")
        default: break
        }
        if rng.chance(0.35) { topics.append(DemoStory.resumeTopic) }
        let text = DemoNoteText.consent(callName, topics: topics, given: true, &rng)
        let note = addNote(on: day, minute: intakeMinute + 5, communication: "In Person", type: "Consent",
                           subject: text.subject, body: text.body)
        for topic in topics {
            consents.append(DemoConsent(consent: ConsentRecord(clientID: 0, recordedOn: day, topic: topic, isGiven: true),
                                        noteIndex: note))
        }
    }

    mutating func assess() {
        guard let start = intakeDay else { return }
        guard scenario.completesAssessment else {
            if rng.chance(0.5) { assessment = Assessment(clientID: 0, module1CompletedOn: start) }
            // People who never finish the CAT drift away; after a few weeks the file is closed.
            if let day = DemoClock.weekday(between: start.adding(days: 21), and: min(start.adding(days: 60), lastPast), &rng) {
                closedOn = day
                let reason = rng.pick(["Client withdrew", "Unable to contact", "Moved out of area"])
                let text = DemoNoteText.closure(callName, reason: reason, employed: false, &rng)
                addNote(on: day, communication: "Internal", type: "Closure", subject: text.subject, body: text.body)
            }
            return
        }
        let module2 = DemoClock.addingWeekdays(rng.weighted([(0, 4), (1, 2), (3, 2), (5, 1), (8, 1)]), to: start)
        guard module2 <= lastPast else {
            assessment = Assessment(clientID: 0, module1CompletedOn: start)
            return
        }
        var minute = DemoClock.officeMinute(&rng)
        if module2 == start { minute = max(minute, intakeMinute + 60) }
        let stream = rng.weighted([("A", 3), ("B", 5), ("C", 3)])
        let comment = scenario.source.isSocialAssistance && rng.chance(0.6) ? rng.pick(DemoWords.saComments) : nil
        assessment = Assessment(clientID: 0, module1CompletedOn: start, module2CompletedOn: module2,
                                submittedAt: DemoClock.instant(module2, minute: minute), commentForSA: comment)
        client.clientStream = "Stream " + stream
        assessedOn = module2
        // Most CATs are mentioned in the intake or EAP note; some get their own.
        guard rng.chance(0.3) else { return }
        let text = DemoNoteText.assessment(callName, stream: stream, &rng)
        addNote(on: module2, minute: minute, communication: rng.weighted([("In Person", 7), ("Video", 2), ("Phone", 1)]),
                type: "Common Assessment", subject: text.subject, body: text.body)
    }
}
