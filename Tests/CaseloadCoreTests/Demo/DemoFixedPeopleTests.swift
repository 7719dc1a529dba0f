import Testing
import CaseloadCore

/// Indices 0–9 are the same people whatever the seed; demos and end-to-end tests name them.
@Suite struct DemoFixedPeopleTests {
    static let seeds: [UInt64] = [1, 42, 20_260_311]

    @Test(arguments: seeds) func zoeCoteIsAnUncalledTRFReferral(seed: UInt64) {
        let b = DemoGenerator(seed: seed, today: DemoSample.today).client(at: 0)
        #expect(b.client.firstName == "Zoë")
        #expect(b.client.lastName == "Côté")
        #expect(b.client.sortName == "Côté, Zoë")
        #expect(b.client.referralSource == .trf)
        #expect(b.client.referralReceivedOn == DemoSample.today.adding(days: -3))
        #expect(b.contactAttempts.isEmpty)
        #expect(b.client.status == .referred)
        #expect(b.assessment == nil && b.plan == nil)
        #expect(b.client.saCaseworkerName != nil)
    }

    @Test(arguments: seeds) func wangXiuyingIsWrittenInChineseAndOnTodaysSheet(seed: UInt64) {
        let b = DemoGenerator(seed: seed, today: DemoSample.today).client(at: 1)
        #expect(b.client.firstName == "秀英")
        #expect(b.client.lastName == "王")
        #expect(b.client.preferredLanguage == "Mandarin")
        #expect(b.appointments.contains { $0.appointment.day == DemoSample.today && $0.appointment.status == .scheduled })
        #expect(b.client.email?.contains("xiuying") ?? true)
    }

    @Test(arguments: seeds) func jeanFrancoisWorksTwentyHoursWithAnOverdueCheckpoint(seed: UInt64) {
        let b = DemoGenerator(seed: seed, today: DemoSample.today).client(at: 2)
        #expect(b.client.firstName == "Jean-François")
        #expect(b.client.lastName == "Lévesque")
        #expect(b.client.status == .monitoring)
        let job = try! #require(b.employments.first)
        #expect(job.employment.hoursPerWeek == 20)
        // an apprenticeship or bridge-training item in the plan would make the job ineligible.
        #expect(job.employment.isPBFEligible == !b.planItems.contains(where: \.isEmploymentOutcomeProgram))
        let overdue = job.checkpoints.filter { $0.dueOn < DemoSample.today && $0.recordedOn == nil }
        #expect(overdue.map(\.month) == [.three])
        #expect(job.checkpoints.first?.recordedOn != nil)
    }

    @Test(arguments: seeds) func amiraHaddadMissedHerFirstAppointment(seed: UInt64) {
        let b = DemoGenerator(seed: seed, today: DemoSample.today).client(at: 3)
        #expect(b.client.firstName == "Amira")
        #expect(b.client.lastName == "Haddad")
        #expect(b.client.referralSource == .ow)
        let first = try! #require(b.appointments.min { $0.appointment.day < $1.appointment.day })
        #expect(first.appointment.status == .noShow)
        #expect(first.appointment.day < DemoSample.today)
        #expect(!b.notes.contains { $0.note.type == "SA Communication" })
    }

    @Test func theOtherFixedPeopleShowOneRuleEach() {
        let g = DemoSample.generator
        let helene = g.client(at: 4)
        #expect(helene.client.displayName == "Hélène Gagné")
        #expect(helene.contactAttempts.count == 1 && helene.contactAttempts[0].attempt.result != .reached)
        let mohamed = g.client(at: 5)
        #expect(mohamed.plan?.status == .onHold)
        #expect(mohamed.planItems.contains { $0.type == "Training" && $0.status == .inProgress })
        let priya = g.client(at: 6)
        #expect(priya.financialSupports.map(\.support.status) == [.submitted])
        let mateo = g.client(at: 7)
        #expect(mateo.client.status == .closed)
        #expect(mateo.plan?.closureReason == "Employed - 12 months complete")
        #expect(mateo.plan?.isEarlyExit == false)
        let tesfay = g.client(at: 8)
        #expect(tesfay.client.under18Attestation)
        #expect(tesfay.client.preferredLanguage == "Tigrinya")
        let tanya = g.client(at: 9)
        #expect(tanya.employments.first?.employment.hoursPerWeek == 19.5)
        #expect(tanya.employments.first?.employment.isPBFEligible == false)
    }
}
