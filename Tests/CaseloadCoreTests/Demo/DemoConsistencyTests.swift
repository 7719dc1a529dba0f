import Foundation
import Testing
import CaseloadCore

/// Every story must be one the rules could have produced: dates in order, values from the lists,
/// local references pointing at real, earlier entries.
@Suite struct DemoConsistencyTests {
    let clients = demoClients2000
    let startOfToday = DemoSample.today.startInstant(in: TimeZone(identifier: "America/Toronto")!)

    @Test func notesUseTheSeededValueLists() {
        let communications = Set(ValueListKind.communication.seedValues)
        let types = Set(ValueListKind.noteType.seedValues)
        for note in clients.flatMap(\.notes) {
            #expect(communications.contains(note.note.communication), "\(note.note.communication)")
            #expect(types.contains(note.note.type), "\(note.note.type)")
            #expect(!note.note.subject.isEmpty && !note.note.body.isEmpty)
        }
        #expect(Set(clients.flatMap(\.notes).map(\.note.type)).count >= 15)
    }

    @Test func otherValuesComeFromTheirLists() {
        let methods = Set(ValueListKind.contactMethod.seedValues)
        #expect(clients.flatMap(\.contactAttempts).allSatisfy { methods.contains($0.attempt.method) })
        let checkpoints = clients.flatMap(\.employments).flatMap(\.checkpoints)
        #expect(checkpoints.compactMap(\.contactMethod).allSatisfy { methods.contains($0) })
        let itemTypes = Set(ValueListKind.planItemType.seedValues)
        #expect(clients.flatMap(\.planItems).allSatisfy { itemTypes.contains($0.type) })
        let closures = Set(ValueListKind.closureReason.seedValues)
        #expect(clients.compactMap(\.plan?.closureReason).allSatisfy { closures.contains($0) })
        #expect(clients.flatMap(\.financialSupports).allSatisfy {
            $0.support.recipient.categoryList.seedValues.contains($0.support.category)
        })
        let endReasons = Set(ValueListKind.endReason.seedValues)
        #expect(clients.flatMap(\.employments).compactMap(\.employment.endReason).allSatisfy { endReasons.contains($0) })
    }

    @Test func planItemDatesAreConsistent() {
        for b in clients {
            if b.plan == nil { #expect(b.planItems.isEmpty) }
            for item in b.planItems {
                if let s = item.expectedStart, let e = item.expectedEnd { #expect(s <= e) }
                if let end = item.actualEnd {
                    let start = try! #require(item.actualStart)
                    #expect(start <= end)
                    #expect(end < DemoSample.today)
                    #expect(item.outcome == .attained || item.outcome == .notAttained)
                }
                if let start = item.actualStart, let plan = b.plan {
                    #expect(start >= plan.openedOn && start < DemoSample.today)
                    if let closed = plan.closedOn { #expect(start <= closed) }
                }
                if item.isCancelled { #expect(item.outcome == .cancelled) }
            }
            guard let plan = b.plan else { continue }
            switch plan.status {
            case .onHold:
                #expect(plan.onHoldReason != nil && plan.onHoldSince != nil)
                #expect(b.planItems.contains { ["Training", "Education", "Better Jobs Ontario"].contains($0.type) && $0.status == .inProgress })
            case .closed:
                #expect(plan.closedOn != nil && plan.closureReason != nil)
                #expect(b.client.status == .closed)
                #expect(b.planItems.allSatisfy { $0.status != .inProgress })
            case .active:
                #expect(plan.closedOn == nil)
            }
        }
    }

    @Test func checkpointsFallAtOneThreeSixAndTwelveMonths() {
        let jobs = clients.flatMap(\.employments)
        #expect(!jobs.isEmpty)
        for job in jobs {
            let start = job.employment.startDate
            #expect(job.checkpoints.map(\.month) == [.one, .three, .six, .twelve])
            for cp in job.checkpoints {
                #expect(cp.dueOn == start.adding(months: cp.month.rawValue))
                if let recorded = cp.recordedOn {
                    #expect(recorded >= cp.dueOn && recorded < DemoSample.today)
                    #expect(cp.stillEmployed != nil && cp.contactMethod != nil)
                } else {
                    #expect(cp.stillEmployed == nil)
                }
            }
            if let end = job.employment.endDate { #expect(end > start && job.employment.endReason != nil) }
        }
    }

    @Test func eventsHappenBeforeTodayAndInOrder() {
        for b in clients {
            let times = b.notes.map(\.note.interactionAt)
            #expect(zip(times, times.dropFirst()).allSatisfy { $0 <= $1 })
            #expect(b.notes.allSatisfy { $0.note.interactionAt < startOfToday && $0.note.enteredAt >= $0.note.interactionAt })
            #expect(b.contactAttempts.allSatisfy { $0.attempt.attemptedAt < startOfToday })
            #expect(b.client.createdAt <= b.client.updatedAt)
            if let a = b.assessment, let m1 = a.module1CompletedOn, let m2 = a.module2CompletedOn { #expect(m1 <= m2) }
            for a in b.appointments.map(\.appointment) {
                #expect(a.status == .scheduled || a.day < DemoSample.today)
                #expect((9 * 60...16 * 60).contains(a.startMinute) && a.startMinute % 15 == 0, "\(a.startText)")
                #expect([15, 30, 45, 60].contains(a.lengthMinutes))
                if a.status == .cancelled { #expect(a.statusReason != nil && a.cancelledBy != nil) }
                #expect((a.checkedInAt != nil) == (a.status == .attended || a.status == .late))
            }
        }
    }

    @Test func localReferencesResolve() {
        let staff = DemoSample.staff
        let g = DemoSample.generator
        for b in clients {
            #expect(staff[b.caseworkerIndex].role == .caseworker)
            #expect(g.staffSiteIndex(at: b.caseworkerIndex) == b.siteIndex)
            for (i, n) in b.notes.enumerated() {
                #expect(staff.indices.contains(n.authorIndex))
                if let a = n.amendsIndex { #expect(a < i && b.notes[a].note.type == n.note.type) }
                if let a = n.appointmentIndex { #expect(b.appointments.indices.contains(a)) }
                if let p = n.planItemIndex { #expect(b.planItems.indices.contains(p)) }
            }
            for (i, a) in b.appointments.enumerated() {
                if let r = a.rescheduledToIndex { #expect(r < i && a.appointment.status == .rescheduled) }
                #expect(a.appointment.status != .rescheduled || a.rescheduledToIndex != nil)
            }
            #expect(b.contactAttempts.allSatisfy { b.notes[$0.noteIndex!].note.type == "Contact Attempt" })
            #expect(b.consents.allSatisfy { b.notes[$0.noteIndex].note.type == "Consent" })
            for job in b.employments { #expect((0..<g.employerCount).contains(job.employerKey)) }
            for s in b.financialSupports {
                if let by = s.decidedByIndex { #expect(staff[by].role == .supervisor) }
                #expect((s.employerKey != nil) == (s.support.recipient == .employer))
                if [.approved, .paid].contains(s.support.status) {
                    // approval needs a rationale and a supporting document.
                    #expect(s.support.rationale != nil && s.support.hasDocument && s.decidedByIndex != nil)
                }
                if let key = s.employerKey { #expect(g.employer(at: key).isRegisteredInCaMS) }
            }
            #expect(b.followUps.allSatisfy { staff[$0.ownerIndex].role == .caseworker })
        }
    }

    @Test func contactAttemptsBelongToDeadlineAndOWReferrals() {
        for b in clients where !b.contactAttempts.isEmpty {
            #expect(b.client.referralSource.hasContactDeadlines || b.client.referralSource == .ow)
            let times = b.contactAttempts.map(\.attempt.attemptedAt)
            #expect(zip(times, times.dropFirst()).allSatisfy { $0 < $1 })
            #expect(b.contactAttempts.dropLast().allSatisfy { $0.attempt.result != .reached })
        }
    }
}
