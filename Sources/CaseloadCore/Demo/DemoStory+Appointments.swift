/// Appointments after intake: resolved ones in the past, a few past ones still Scheduled so the
/// end-of-day sweep has work, and upcoming ones (some today) for the front-desk day sheet.
extension DemoStory {
    mutating func regularAppointments() {
        guard let intake = intakeDay else { return }
        let end = windowEnd
        let span = intake.days(until: end)
        let count = min(rng.weighted([(0, 14), (1, 26), (2, 28), (3, 20), (4, 12)]), span / 10)
        for _ in 0..<count {
            guard let day = DemoClock.weekday(between: intake.adding(days: 1), and: end, &rng) else { break }
            pastAppointment(on: day)
        }
        guard closedOn == nil else { return }
        if scenario.appointmentToday {
            upcoming(on: today)
        } else if rng.chance(0.45) {
            upcoming(on: DemoClock.addingWeekdays(rng.int(in: 1...10), to: today))
        }
    }

    private mutating func pastAppointment(on day: LocalDate) {
        let purpose = rng.pick(DemoWords.appointmentPurposes)
        // Recent ones nobody has resolved yet: the sweep's work.
        if closedOn == nil, day.days(until: today) <= 5, rng.chance(0.3) {
            addAppointment(on: day, purpose: purpose, status: .scheduled)
            return
        }
        let status = rng.weighted([(AppointmentStatus.attended, 62), (.late, 8), (.noShow, 12), (.cancelled, 12),
                                   (.rescheduled, 6)])
        switch status {
        case .attended, .late:
            let visit = addAppointment(on: day, purpose: purpose, status: status,
                                       reason: status == .late ? rng.pick(DemoWords.lateReasons) : nil)
            if rng.chance(0.25) {
                let text = DemoNoteText.visit(callName, purpose: purpose, title: jobTitle, &rng)
                addNote(on: day, minute: appointments[visit].appointment.startMinute, communication: "In Person",
                        type: text.type, subject: text.subject, body: text.body, appointment: visit)
            }
        case .noShow:
            let missed = addAppointment(on: day, purpose: purpose, status: .noShow,
                                        reason: rng.chance(0.6) ? rng.pick(DemoWords.noShowReasons) : nil)
            guard rng.chance(0.5) else { return }
            let text = DemoNoteText.missedAppointment(callName, &rng)
            addNote(on: day, communication: rng.pick(["Internal", "Voicemail Left", "Phone"]), type: "Missed Appointment",
                    subject: text.subject, body: text.body, appointment: missed)
        case .cancelled:
            let byClient = rng.chance(0.8)
            addAppointment(on: day, purpose: purpose, status: .cancelled,
                           reason: rng.pick(byClient ? DemoWords.clientCancelReasons : DemoWords.staffCancelReasons),
                           cancelledBy: byClient ? .client : .staff)
        default:
            // The replacement goes first so the original can point back at it (one-pass writer).
            let newDay = DemoClock.addingWeekdays(rng.int(in: 2...6), to: day)
            let newStatus: AppointmentStatus = newDay > lastPast ? .scheduled : (rng.chance(0.85) ? .attended : .noShow)
            if closedOn != nil, newDay > windowEnd { return }
            let replacement = addAppointment(on: newDay, purpose: purpose, status: newStatus)
            addAppointment(on: day, purpose: purpose, status: .rescheduled,
                           reason: rng.pick(DemoWords.clientCancelReasons), cancelledBy: .client,
                           rescheduledTo: replacement)
        }
    }

    private mutating func upcoming(on day: LocalDate) {
        let purpose = employments.isEmpty ? rng.pick(DemoWords.appointmentPurposes) : "Employment check-in"
        addAppointment(on: day, purpose: purpose, status: .scheduled)
    }
}
