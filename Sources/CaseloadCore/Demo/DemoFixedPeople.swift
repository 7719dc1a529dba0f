/// Indices 0–9 are the same people in every demo, whatever the seed, so tests, screenshots and the
/// README can name them. Their contact details still come from the seed.
enum DemoFixedPeople {
    static let count = 10

    static func apply(index: Int, today: LocalDate, to s: inout DemoScenario) {
        // A calm default: nobody fixed changes status by chance.
        s.employment = nil
        s.closesEarly = false
        s.inTraining = false
        s.support = nil
        s.missesFirstAppointment = false
        s.completesAssessment = true
        s.camsLinked = true
        s.appointmentToday = false
        s.manualFollowUp = false
        s.contact = .reachedOnFirst
        s.intakeDelay = 2
        func person(_ first: String, _ last: String, latin: (String, String)? = nil, language: String) {
            s.identity = DemoIdentity(firstName: first, lastName: last, preferredName: nil,
                                      latinFirst: latin?.0 ?? first, latinLast: latin?.1 ?? last, language: language)
        }
        func born(_ years: Int, _ days: Int) { s.dateOfBirth = today.adding(months: -12 * years).adding(days: -days) }
        func received(_ daysAgo: Int, snap: Bool = true) {
            s.receivedDaysAgo = snap ? DemoClock.weekdayOnOrBefore(today.adding(days: -daysAgo)).days(until: today) : daysAgo
        }
        switch index {
        case 0:  // TRF referral three days old, nobody has called yet: R-01 is due or overdue.
            person("Zoë", "Côté", language: "French"); born(27, 140); s.siteIndex = 0
            s.source = .trf; received(3, snap: false); s.contact = .notYet
        case 1:  // Written in Chinese characters; on today's day sheet.
            person("秀英", "王", latin: ("Xiuying", "Wang"), language: "Mandarin"); born(46, 30); s.siteIndex = 0
            s.source = .selfReferred; received(60); s.appointmentToday = true
        case 2:  // Working 20 hours at a new employer; the latest checkpoint is overdue.
            person("Jean-François", "Lévesque", language: "French"); born(52, 200); s.siteIndex = 1
            s.source = .odsp; received(200)
            s.employment = .init(hours: 20, isNewEmployer: true, startsBeforeAssessment: false, ends: false,
                                 startDaysAgo: 100, checkpoints: .latestOpen)
        case 3:  // OW referral who missed the first appointment; the OW caseworker is not told yet.
            person("Amira", "Haddad", language: "Arabic"); born(31, 75); s.siteIndex = 0
            s.source = .ow; received(9); s.intakeDelay = 1
            s.missesFirstAppointment = true; s.informsSAOfNoShow = false
        case 4:  // RASP referral with one unanswered attempt and no second one (R-02 overdue).
            person("Hélène", "Gagné", language: "French"); born(38, 10); s.siteIndex = 2
            s.source = .rasp; received(20); s.contact = .firstOnly
        case 5:  // In training, plan On Hold.
            person("Mohamed", "Abdi", language: "Somali"); born(29, 300); s.siteIndex = 1
            s.source = .ow; received(150); s.inTraining = true; s.manualFollowUp = true
        case 6:  // A financial support waiting for a supervisor.
            person("Priya", "Sharma", language: "English"); born(24, 50); s.siteIndex = 0
            s.source = .selfReferred; received(90); s.support = .submitted
        case 7:  // Twelve months of work recorded; closed without early exit.
            person("Mateo", "Hernández", language: "Spanish"); born(41, 180); s.siteIndex = 2
            s.source = .selfReferred; received(480)
            s.employment = .init(hours: 37.5, isNewEmployer: true, startsBeforeAssessment: false, ends: false,
                                 startDaysAgo: 400, checkpoints: .allRecorded)
        case 8:  // Seventeen: needs the school attestation.
            person("Tesfay", "Gebremedhin", language: "Tigrinya"); born(17, 120); s.siteIndex = 1
            s.source = .other; received(40)
        default:  // 19.5 hours a week: monitored, not PBF-eligible.
            person("Tanya", "Doxtator", language: "English"); born(35, 222); s.siteIndex = 1
            s.source = .selfReferred; received(300)
            s.employment = .init(hours: 19.5, isNewEmployer: true, startsBeforeAssessment: false, ends: false,
                                 startDaysAgo: 200)
        }
    }
}
