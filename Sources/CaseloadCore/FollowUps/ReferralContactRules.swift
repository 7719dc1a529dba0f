/// R-01 to R-04: chasing a referral until someone reaches the client. They apply while the client is
/// still `Referred` — once intake makes the client Active, the chase is over by a recorded fact.
extension FollowUpRun {
    func addReferralContactItems(client: RankedClient, contacts: ContactSummary, latestSACommunication: LocalDate?) {
        // A referral received after the as-of day had not arrived yet on that day.
        guard client.status == .referred, let received = client.referralReceivedOn, received <= engine.asOf else { return }
        if client.referralSource.hasContactDeadlines {
            addFirstAttempt(client, received: received, contacts: contacts)
            addSecondAttempt(client, received: received, contacts: contacts)
            addUnableToContact(client, received: received, contacts: contacts)
        } else if client.referralSource == .ow {
            addOWCaseworkerContact(client, received: received, contacts: contacts, latestSA: latestSACommunication)
        }
    }

    /// R-01: any recorded attempt satisfies it.
    private func addFirstAttempt(_ client: RankedClient, received: LocalDate, contacts: ContactSummary) {
        guard contacts.count == 0 else { return }
        let source = client.referralSource
        let due = days(for: client).dueDate(1, after: received)
        let text = text(TextKey(rule: .r01, calendar: calendarTag(for: client), a: received.dayNumber, b: source.index)) {
            ("First contact attempt (\(source.rawValue) referral)",
             "R-01 · \(source.rawValue) referral received \(long(received)) · first contact due by end of next business day"
                + Explain.skipped(due) + " · \(long(due.date))")
        }
        emit(FollowUpKey.referral(.r01, clientID: client.id, receivedOn: received), client: client, ownerID: client.caseworkerID,
             title: text.title, due: due.date, explanation: text.explanation)
    }

    /// R-02: a second attempt satisfies it, and so does any attempt that reached the client.
    private func addSecondAttempt(_ client: RankedClient, received: LocalDate, contacts: ContactSummary) {
        guard contacts.count < 2, !contacts.anyReached else { return }
        let source = client.referralSource
        let due = days(for: client).dueDate(10, after: received)
        let key = TextKey(rule: .r02, calendar: calendarTag(for: client), a: received.dayNumber, b: source.index, c: contacts.count)
        let text = text(key) {
            let attempts = contacts.count == 0 ? "no attempt recorded yet" : "1 attempt recorded, client not reached"
            return ("Second contact attempt (\(source.rawValue) referral)",
                    "R-02 · \(source.rawValue) referral received \(long(received)) · \(attempts)"
                        + " · second contact due by received + 10 business days" + Explain.skipped(due) + " · \(long(due.date))")
        }
        emit(FollowUpKey.referral(.r02, clientID: client.id, receivedOn: received), client: client, ownerID: client.caseworkerID,
             title: text.title, due: due.date, explanation: text.explanation)
    }

    /// R-03: informational, and shown only once closing is allowed — never a guess that it will be.
    /// `UnableToContactRule` (the close action's own check) decides; the item adds since when.
    private func addUnableToContact(_ client: RankedClient, received: LocalDate, contacts: ContactSummary) {
        // Most referrals are not there yet; skip the rule's refusal text for them.
        guard contacts.count >= UnableToContactRule.requiredAttempts, !contacts.anyReached,
              let second = contacts.secondDay else { return }
        let memo = days(for: client)
        let tenth = memo.dueDate(UnableToContactRule.requiredBusinessDays, after: received)
        guard tenth.date <= engine.asOf else { return }
        // None reached the client, so each attempt is an unsuccessful one; R-03 needs only their number.
        let unsuccessful = [ContactResult](repeating: .noAnswer, count: contacts.count)
        guard UnableToContactRule.canClose(received: received, results: unsuccessful, asOf: engine.asOf,
                                           calendar: memo.calendar).isAllowed else { return }
        let since = max(tenth.date, second)
        let secondNote = second > tenth.date ? " · second attempt \(long(second))" : ""
        emit(FollowUpKey.referral(.r03, clientID: client.id, receivedOn: received), client: client,
             ownerID: client.caseworkerID, title: "May close as unable to contact", due: since,
             explanation: "R-03 · \(client.referralSource.rawValue) referral received \(long(received))"
                 + " · \(Explain.count(contacts.count, "attempt")) recorded, client never reached"
                 + " · 10 business days passed \(long(tenth.date))" + Explain.skipped(tenth) + secondNote
                 + " · may close as unable to contact since \(long(since))")
    }

    /// R-04: an OW referral nobody reached within 5 business days; an SA communication on or after the
    /// receipt day satisfies it. A client reached only after the deadline still leaves it owed: the
    /// standard was missed and the OW caseworker may know why.
    private func addOWCaseworkerContact(_ client: RankedClient, received: LocalDate, contacts: ContactSummary, latestSA: LocalDate?) {
        let due = days(for: client).dueDate(5, after: received)
        if let reached = contacts.firstReached, reached <= due.date { return }
        if let latestSA, latestSA >= received { return }
        let reach = contacts.firstReached.map { "client first reached \(long($0)), after the deadline" }
            ?? (contacts.count == 0 ? "no contact attempt recorded" : "\(Explain.count(contacts.count, "attempt")), client not reached")
        emit(FollowUpKey.referral(.r04, clientID: client.id, receivedOn: received), client: client,
             ownerID: client.caseworkerID, title: "Contact the OW caseworker" + Explain.named(client.saCaseworkerName),
             due: due.date,
             explanation: "R-04 · OW referral received \(long(received)) · \(reach)"
                 + " · OW caseworker to be contacted by received + 5 business days" + Explain.skipped(due) + " · \(long(due.date))")
    }
}

extension ReferralSource {
    /// A small number for text-memo keys.
    var index: Int { ReferralSource.allCases.firstIndex(of: self)! }
}
