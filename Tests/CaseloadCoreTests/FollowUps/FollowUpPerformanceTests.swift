import Foundation
import Testing
import CaseloadCore

/// A smoke test at the agency's scale: 100,000 clients. It prints the time instead of asserting one
/// (CI machines are noisy); run it in release to see the real figure:
/// `swift test -c release --filter FollowUpPerformance`.
@Suite struct FollowUpPerformanceTests {
    /// Deterministic pseudo-random numbers, so every run builds the same caseload.
    struct SplitMix {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let asOf = FU.day("2026-01-14")

    static func syntheticFacts(clients count: Int, caseworkers: Int = 100) -> FollowUpFacts {
        var rng = SplitMix(state: 42)
        var facts = FollowUpFacts()
        let sources = ReferralSource.allCases, last = ["Côté", "Tremblay", "Singh", "Nguyen", "Smith", "Roy", "Li", "Okafor"]
        let sessions = ["Training", "Education"], first = ["Zoë", "Luc", "Amrit", "Mai", "Sam", "Ana", "Wei", "Ada"]
        var checkpointID: Int64 = 0
        for i in 1...count {
            let id = Int64(i)
            let roll = rng.next(100)
            let status: ClientStatus = roll < 10 ? .referred : roll < 80 ? .active : roll < 90 ? .monitoring : .closed
            let source = sources[rng.next(sources.count)]
            let received = asOf.adding(days: -rng.next(200))
            facts.clients.append(ClientFact(
                id: id, name: "\(last[rng.next(last.count)]) \(i % 997), \(first[rng.next(first.count)])",
                camsReference: rng.next(100) < 3 ? nil : String(100_000_000 + i), caseworkerID: Int64(1 + rng.next(caseworkers)),
                siteID: Int64(1 + rng.next(4)), referralSource: source, referralReceivedOn: received, status: status,
                saCaseworkerName: source.isSocialAssistance ? "SA Worker \(rng.next(50))" : nil))
            if i % 250 == 0 {   // imported without the SA caseworker's name or the under-18 attestation
                if source.isSocialAssistance { facts.clients[facts.clients.count - 1].saCaseworkerName = nil }
                facts.intakeGaps.append(IntakeGapFact(clientID: id, recordCreatedOn: received, dateOfBirth: received.adding(days: -16 * 365)))
            }
            if status == .referred {
                for a in 0..<rng.next(4) {
                    facts.contactAttempts.append(ContactAttemptFact(clientID: id, day: received.adding(days: 1 + a * 3),
                                                                    result: rng.next(5) == 0 ? .reached : .noAnswer))
                }
                if rng.next(4) == 0 { facts.saCommunications.append(SACommunicationFact(clientID: id, day: received.adding(days: 6))) }
                continue
            }
            let assessed = received.adding(days: rng.next(20))
            facts.assessments.append(AssessmentFact(assessmentID: id, clientID: id, assessedOn: assessed,
                                                    submittedAt: assessed.startInstant(in: FU.toronto).addingTimeInterval(36_000)))
            if rng.next(100) < 25 {
                let start = assessed.adding(days: 10 + rng.next(60))
                if rng.next(3) > 0 { facts.pbfEmployments.append(PBFEmploymentFact(clientID: id, startDate: start)) }
                for month in CheckpointMonth.allCases {
                    checkpointID += 1
                    let due = start.adding(months: month.rawValue)
                    facts.checkpoints.append(CheckpointFact(checkpointID: checkpointID, employmentID: id, clientID: id, month: month,
                                                            employmentStart: start, dueOn: due, isRecorded: due < asOf && rng.next(2) == 0))
                }
            }
            if rng.next(100) < 5 {
                facts.noShows.append(NoShowFact(appointmentID: id, clientID: id, day: assessed.adding(days: 3), isFirstAppointment: rng.next(2) == 0))
            }
            if rng.next(100) < 5 {
                facts.onHoldPlans.append(OnHoldPlanFact(planID: id, clientID: id, onHoldSince: assessed, planItemID: id,
                                                        itemType: sessions[rng.next(2)], expectedEnd: assessed.adding(days: 30 + rng.next(120))))
            }
            if rng.next(100) < 3 {
                facts.pendingSupports.append(PendingSupportFact(supportID: id, clientID: id, category: "Transportation",
                                                                amountCents: 100 * rng.next(2_000), submittedOn: asOf.adding(days: -rng.next(15))))
            }
            // without drawing from the generator, so the other facts stay as they were.
            if i % 40 == 0, source.isSocialAssistance {
                facts.saMilestones.append(SAMilestoneFact(kind: i % 80 == 0 ? .supportSubmitted : .jobFound, recordID: id, clientID: id,
                                                          day: assessed.adding(days: 15), detail: "Acme"))
            }
            if i % 60 == 0 {
                facts.referralsOut.append(ReferralOutFact(referralID: id, clientID: id, partner: "Safe Homes", serviceType: "Housing",
                                                          madeOn: assessed, followUpOn: asOf.adding(days: i % 30 - 15)))
            }
            if rng.next(100) < 5 {
                facts.manualFollowUps.append(ManualFollowUp(id: id, clientID: id, ownerID: Int64(1 + rng.next(caseworkers)),
                                                            title: "Call back", dueOn: asOf.adding(days: rng.next(30) - 15), createdBy: 1))
            }
            if rng.next(100) < 2 {
                facts.actions.append(FollowUpAction(itemKey: "R-15:assessment:\(id)", kind: rng.next(2) == 0 ? .completed : .snoozed,
                                                    snoozedUntil: asOf.adding(days: 7), reason: "Client travelling", staffID: 1))
            }
        }
        return facts
    }

    /// Only one caseworker's clients, as the store's narrower queries would return them.
    static func oneCaseworker(_ facts: FollowUpFacts, _ caseworker: Int64) -> FollowUpFacts {
        let ids = Set(facts.clients.filter { $0.caseworkerID == caseworker }.map(\.id))
        var mine = FollowUpFacts(
            clients: facts.clients.filter { ids.contains($0.id) }, contactAttempts: facts.contactAttempts.filter { ids.contains($0.clientID) },
            saCommunications: facts.saCommunications.filter { ids.contains($0.clientID) },
            assessments: facts.assessments.filter { ids.contains($0.clientID) }, checkpoints: facts.checkpoints.filter { ids.contains($0.clientID) },
            noShows: facts.noShows.filter { ids.contains($0.clientID) }, onHoldPlans: facts.onHoldPlans.filter { ids.contains($0.clientID) },
            pendingSupports: facts.pendingSupports.filter { ids.contains($0.clientID) },
            pbfEmployments: facts.pbfEmployments.filter { ids.contains($0.clientID) },
            intakeGaps: facts.intakeGaps.filter { ids.contains($0.clientID) },
            manualFollowUps: facts.manualFollowUps.filter { ids.contains($0.clientID) }, actions: facts.actions)
        mine.saMilestones = facts.saMilestones.filter { ids.contains($0.clientID) }
        mine.referralsOut = facts.referralsOut.filter { ids.contains($0.clientID) }
        return mine
    }

    static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    /// CPU time of this thread, in ms: steadier than wall time when other builds share the machine.
    static func threadCPUMilliseconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
    }

    /// Best wall and thread-CPU time of a few runs, in ms, and the last result.
    static func measure(runs: Int = 3, _ body: () -> [DueItem]) -> (wall: Double, cpu: Double, items: [DueItem]) {
        var wall = Double.infinity, cpu = Double.infinity, items: [DueItem] = []
        for _ in 0..<runs {
            let cpuStart = threadCPUMilliseconds()
            let elapsed = ContinuousClock().measure { items = body() }
            cpu = min(cpu, threadCPUMilliseconds() - cpuStart)
            wall = min(wall, milliseconds(elapsed))
        }
        return (wall, cpu, items)
    }

    static func ms(_ value: Double) -> String { String(format: "%.1f ms", value) }

    @Test func hundredThousandClients() {
        let facts = Self.syntheticFacts(clients: 100_000)
        // The store sends clients ORDER BY name; the engine then skips ranking them by name.
        var storeOrdered = facts
        storeOrdered.clients.sort { a, b in a.name.utf8.lexicographicallyPrecedes(b.name.utf8) || (a.name == b.name && a.id < b.id) }
        let engine = FollowUpEngine(asOf: Self.asOf, now: FU.instant("2026-01-14 12:00"))
        _ = engine.items(from: Self.oneCaseworker(facts, 1))   // warm the holiday table

        let shuffled = Self.measure { engine.items(from: facts) }
        let ordered = Self.measure { engine.items(from: storeOrdered) }
        var twoWeeks = engine
        twoWeeks.horizon = Self.asOf.adding(days: 14)
        let nearTerm = Self.measure { twoWeeks.items(from: storeOrdered) }
        let mine = Self.oneCaseworker(storeOrdered, 1)
        let one = Self.measure { engine.items(from: mine, ownerID: 1) }
        print("follow-up queue, \(facts.clients.count) clients → \(ordered.items.count) items (best of 3, wall / thread CPU):"
              + " clients in name order \(Self.ms(ordered.wall)) / \(Self.ms(ordered.cpu));"
              + " in random order \(Self.ms(shuffled.wall)) / \(Self.ms(shuffled.cpu));"
              + " next 14 days only (\(nearTerm.items.count) items) \(Self.ms(nearTerm.wall)) / \(Self.ms(nearTerm.cpu));"
              + " one caseworker (\(mine.clients.count) clients → \(one.items.count) items) \(Self.ms(one.wall)) / \(Self.ms(one.cpu))")

        let items = shuffled.items
        #expect(items.count > 50_000)
        #expect(ordered.items.map(\.itemKey) == items.map(\.itemKey))
        #expect(Set(items.map(\.itemKey)).count == items.count)
        #expect(zip(items, items.dropFirst()).allSatisfy { !FollowUpEngine.queueOrder($1, $0) })
        #expect(Set(items.map(\.rule)) == Set(FollowUpRule.allCases))
        #expect(nearTerm.items.allSatisfy { $0.due <= twoWeeks.horizon! } && nearTerm.items.count < items.count)
        #expect(!one.items.isEmpty && one.items.allSatisfy { $0.ownerID == 1 })
    }
}
