import Testing
import CaseloadCore

/// The mix a demo should show, averaged over 2,000 clients.
@Suite struct DemoStatisticsTests {
    let clients = demoClients2000
    var n: Double { Double(clients.count) }

    @Test func aboutFiveNotesPerClient() {
        let mean = Double(clients.map(\.notes.count).reduce(0, +)) / n
        #expect(abs(mean - 5) <= 1, "notes per client \(mean)")
    }

    @Test func aboutThreeAppointmentsPerClient() {
        let mean = Double(clients.map(\.appointments.count).reduce(0, +)) / n
        #expect(abs(mean - 3) <= 0.7, "appointments per client \(mean)")
    }

    @Test func aboutAFifthFindWork() {
        let share = Double(clients.filter { !$0.employments.isEmpty }.count) / n
        #expect((0.15...0.25).contains(share), "employment share \(share)")
    }

    @Test func everyStatusAndSourceAppears() {
        let statuses = Set(clients.map(\.client.status))
        #expect(statuses == Set(ClientStatus.allCases))
        let sources = Dictionary(grouping: clients, by: \.client.referralSource).mapValues(\.count)
        #expect(Set(sources.keys) == Set(ReferralSource.allCases))
        #expect(sources[.selfReferred]! > sources[.trf]!)
        #expect(clients.filter { $0.assessment != nil }.count > clients.count / 2)
    }

    @Test func theFrontDeskDaySheetForTodayIsPopulated() {
        let todays = clients.flatMap(\.appointments).filter { $0.appointment.day == DemoSample.today }
        #expect(todays.count >= 20)
        #expect(todays.allSatisfy { $0.appointment.status == .scheduled })
        #expect(Set(todays.map(\.siteIndex)).count == 3)
        let upcoming = clients.flatMap(\.appointments).filter {
            $0.appointment.day > DemoSample.today && $0.appointment.day <= DemoSample.today.adding(days: 7)
        }
        #expect(upcoming.count >= 50)
    }

    @Test func theEndOfDaySweepAndFollowUpQueuesHaveWork() {
        let staleScheduled = clients.flatMap(\.appointments).filter {
            $0.appointment.day < DemoSample.today && $0.appointment.status == .scheduled
        }
        #expect(staleScheduled.count >= 10)
        // RASP/TRF referrals with one unanswered attempt and no second one.
        let missingSecond = clients.filter {
            $0.client.referralSource.hasContactDeadlines && $0.contactAttempts.count == 1
                && $0.contactAttempts[0].attempt.result != .reached
        }
        #expect(missingSecond.count >= 5)
        let reached = clients.filter { $0.contactAttempts.contains { $0.attempt.result == .reached } }
        #expect(reached.count >= 100)
        let overdueCheckpoints = clients.flatMap(\.employments).flatMap(\.checkpoints)
            .filter { $0.dueOn < DemoSample.today && $0.recordedOn == nil }
        #expect(overdueCheckpoints.count >= 10)
        let awaitingApproval = clients.flatMap(\.financialSupports).filter { $0.support.status == .submitted }
        #expect(awaitingApproval.count >= 5)
        #expect(clients.contains { !$0.followUps.isEmpty })
        #expect(clients.contains { $0.plan?.status == .onHold })
        #expect(clients.contains { $0.notes.contains { $0.amendsIndex != nil } })
    }

    @Test func hoursIncludeTheTwentyHourBoundary() {
        let hours = clients.flatMap(\.employments).map(\.employment.hoursPerWeek)
        #expect(hours.allSatisfy { (10...40).contains($0) })
        #expect(hours.contains(19.5) && hours.contains(20))
        #expect(clients.flatMap(\.employments).contains { !$0.employment.isNewEmployer })
        // a few started before the assessment.
        #expect(clients.contains { b in
            guard let day = b.assessment?.module1CompletedOn else { return false }
            return b.employments.contains { $0.employment.startDate < day }
        })
    }

    @Test func camsReferencesAreNineDigitsUniqueAndMostlyLinked() {
        let g = DemoGenerator(seed: 31_337, today: DemoSample.today, clientCount: 10_000)
        let refs = (0..<10_000).map { g.client(at: $0).client.camsReference }
        let linked = refs.compactMap { $0 }
        #expect(Set(linked).count == linked.count)
        #expect(linked.allSatisfy { $0.utf8.count == 9 && $0.utf8.allSatisfy { (48...57).contains($0) } })
        #expect(linked.contains { $0.hasPrefix("0") })
        let unlinked = Double(refs.count - linked.count) / Double(refs.count)
        #expect((0.02...0.10).contains(unlinked), "unlinked share \(unlinked)")
    }
}
