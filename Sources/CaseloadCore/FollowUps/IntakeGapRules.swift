/// SA-WORKER and R-16: a record kept without a fact intake requires (`IntakeGap`: a CaMS import
/// of existing clients). The item asks for the fact and leaves by itself once it is recorded; it is
/// due the business day after the record was created, like the SA milestones.
extension FollowUpRun {
    static let intakeGapBusinessDays = 1

    func addIntakeGapItems(_ gap: IntakeGapFact, client: RankedClient) {
        let created = gap.recordCreatedOn
        if IntakeGap.lacksSACaseworker(source: client.referralSource, name: client.saCaseworkerName) {
            let source = client.referralSource
            let due = days(for: client).dueDate(Self.intakeGapBusinessDays, after: created)
            let text = text(TextKey(rule: .saCaseworker, calendar: calendarTag(for: client), a: created.dayNumber, b: source.index)) {
                ("Record the SA caseworker (\(source.rawValue) referral)",
                 "SA-WORKER · \(source.rawValue) referral · record created \(long(created)) without the SA caseworker's name"
                    + " (intake requires it for OW, ODSP, RASP and TRF referrals: the SA caseworker is told at milestones, R-22)"
                    + " · record it from the referral by end of next business day" + Explain.skipped(due) + " · \(long(due.date))")
            }
            emit(FollowUpKey.intakeGap(.saCaseworker, clientID: client.id), client: client, ownerID: client.caseworkerID,
                 title: text.title, due: due.date, explanation: text.explanation)
        }
        if IntakeGap.lacksAttestation(bornOn: gap.dateOfBirth, attested: gap.isAttested, on: created), let born = gap.dateOfBirth {
            let due = days(for: client).dueDate(Self.intakeGapBusinessDays, after: created)
            let age = born.age(on: created)
            emit(FollowUpKey.intakeGap(.r16, clientID: client.id), client: client, ownerID: client.caseworkerID,
                 title: "Record the under-18 attestation", due: due.date,
                 explanation: "R-16 · born \(long(born)), \(age) when the record was created \(long(created))"
                     + " · case-managed service needs an attestation that the client is excused from school or has finished"
                     + " high school · record it by end of next business day" + Explain.skipped(due) + " · \(long(due.date))")
        }
    }
}
