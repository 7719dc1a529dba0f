import Foundation
import Testing
@testable import CaseloadCore

@Suite struct EarlyExitRuleTests {
    func checkpoints(recordedTwelveOn: LocalDate?) -> [Checkpoint] {
        var c = Checkpoints.make(employmentID: 1, startingOn: d("2024-03-04"))
        for i in 0..<3 { c[i].recordedOn = c[i].dueOn }
        c[3].recordedOn = recordedTwelveOn
        return c
    }

    @Test func closingBeforeTheTwelveMonthCheckpointIsAnEarlyExit() {
        let v = EarlyExitRule.evaluate(closingOn: d("2025-01-15"), checkpoints: checkpoints(recordedTwelveOn: nil))
        #expect(v.isEarlyExit)
        #expect(v.explanation == "R-10: early exit: the EAP closes Wed 15 Jan 2025, before the 12-month checkpoint due Tue 4 Mar 2025 is recorded. It still counts toward volume.")
    }

    @Test func closingAfterItIsRecordedIsNot() {
        let v = EarlyExitRule.evaluate(closingOn: d("2025-03-10"), checkpoints: checkpoints(recordedTwelveOn: d("2025-03-05")))
        #expect(!v.isEarlyExit)
        #expect(v.explanation == "R-10: not an early exit: the 12-month checkpoint was recorded Wed 5 Mar 2025.")
        // Same day counts; a recording dated after the closure does not.
        #expect(!EarlyExitRule.evaluate(closingOn: d("2025-03-05"), checkpoints: checkpoints(recordedTwelveOn: d("2025-03-05"))).isEarlyExit)
        #expect(EarlyExitRule.evaluate(closingOn: d("2025-03-04"), checkpoints: checkpoints(recordedTwelveOn: d("2025-03-05"))).isEarlyExit)
    }

    @Test func preEmploymentClosureIsAnEarlyExit() {
        let v = EarlyExitRule.evaluate(closingOn: d("2025-06-02"), checkpoints: [])
        #expect(v.isEarlyExit)
        #expect(v.explanation == "R-10: early exit: the EAP closes Mon 2 Jun 2025 with no employment reaching its 12-month checkpoint. It still counts toward volume.")
    }

    /// Issue #15 item 17: "Employed - 12 months complete" must agree with the checkpoints.
    @Test func twelveMonthsCompleteIsRefusedBeforeTheTwelveMonthCheckpoint() {
        let early = EarlyExitRule.evaluate(closingOn: d("2025-01-15"), checkpoints: checkpoints(recordedTwelveOn: nil))
        let done = EarlyExitRule.evaluate(closingOn: d("2025-03-10"), checkpoints: checkpoints(recordedTwelveOn: d("2025-03-05")))
        #expect(EarlyExitRule.reasonRefusal("Employed - 12 months complete", verdict: early)?.contains("12-month checkpoint recorded first") == true)
        #expect(EarlyExitRule.reasonRefusal("employed - 12 MONTHS complete", verdict: early) != nil)
        #expect(EarlyExitRule.reasonRefusal("Employed - 12 months complete", verdict: done) == nil)
        #expect(EarlyExitRule.reasonRefusal("Client withdrew", verdict: early) == nil, "other reasons close early, with the R-10 flag")
    }

    @Test func closingAPlanSetsTheFlag() {
        let plan = ActionPlan(clientID: 1, status: .onHold, openedOn: d("2024-01-02"), onHoldReason: "Training", onHoldSince: d("2024-05-01"))
        let closed = EarlyExitRule.close(plan, on: d("2025-01-15"), reason: "Client withdrew", checkpoints: checkpoints(recordedTwelveOn: nil))
        #expect(closed.status == .closed && closed.closedOn == d("2025-01-15") && closed.closureReason == "Client withdrew")
        #expect(closed.isEarlyExit && closed.onHoldReason == nil && closed.onHoldSince == nil)
    }
}

@Suite struct UnableToContactRuleTests {
    let ontario = BusinessCalendar.ontario
    let received = d("2025-04-14")   // +10 business days (Good Friday skipped) is Tue 29 Apr

    /// (as of, attempts, allowed): 9 vs 10 business days, 1 vs 2 attempts.
    @Test(arguments: [
        ("2025-04-28", [ContactResult.noAnswer, .voicemail], false), ("2025-04-29", [.noAnswer, .voicemail], true),
        ("2025-04-29", [.noAnswer], false), ("2025-05-20", [.wrongNumber], false), ("2025-05-20", [.messageSent, .noAnswer, .voicemail], true),
        ("2025-04-29", [.noAnswer, .reached], false), ("2025-05-20", [.reached, .noAnswer, .noAnswer], false), ("2025-04-14", [], false),
    ])
    func boundaries(_ asOf: String, _ results: [ContactResult], _ allowed: Bool) {
        #expect(UnableToContactRule.canClose(received: received, results: results, asOf: d(asOf), calendar: ontario).isAllowed == allowed)
    }

    @Test func messages() {
        #expect(UnableToContactRule.canClose(received: received, results: [.noAnswer, .voicemail], asOf: d("2025-04-28"), calendar: ontario)
            == .refused("Refused (R-03): only 9 business days have passed since the referral was received Mon 14 Apr 2025 (10 needed: possible from Tue 29 Apr 2025)."))
        #expect(UnableToContactRule.canClose(received: received, results: [.noAnswer], asOf: d("2025-04-29"), calendar: ontario)
            == .refused("Refused (R-03): only 1 unsuccessful contact attempt is recorded (2 needed: record the next attempt)."))
        #expect(UnableToContactRule.canClose(received: received, results: [], asOf: d("2025-04-14"), calendar: ontario).message
            == "Refused (R-03): no business day has passed since the referral was received Mon 14 Apr 2025 (10 needed: possible from Tue 29 Apr 2025), and no contact attempt is recorded (2 needed: record the next attempt).")
        #expect(UnableToContactRule.canClose(received: received, results: [.noAnswer, .reached], asOf: d("2025-05-01"), calendar: ontario).message
            == "Refused (R-03): a contact attempt reached the client, so the referral cannot be closed as unable to contact; close it with another reason.")
        #expect(UnableToContactRule.canClose(received: received, results: [.noAnswer, .voicemail], asOf: d("2025-04-29"), calendar: ontario)
            == .allowed("R-03: 10 business days since the referral was received Mon 14 Apr 2025 and 2 unsuccessful contact attempts: it may be closed as unable to contact."))
    }

    @Test func agencyClosuresDelayTheTenthDayAndRecordsWork() {
        let calendar = BusinessCalendar(closures: [ClosureDay(day: d("2025-04-22"), reason: "staff training")])
        let attempts = [ContactResult.noAnswer, .voicemail].map {
            ContactAttempt(clientID: 1, staffID: 2, attemptedAt: Date(timeIntervalSince1970: 1_744_700_000), method: "Phone", result: $0)
        }
        #expect(!UnableToContactRule.canClose(received: received, attempts: attempts, asOf: d("2025-04-29"), calendar: calendar).isAllowed)
        #expect(UnableToContactRule.canClose(received: received, attempts: attempts, asOf: d("2025-04-30"), calendar: calendar).isAllowed)
    }
}
