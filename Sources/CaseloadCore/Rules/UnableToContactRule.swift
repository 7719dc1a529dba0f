/// The answer to "may I do this?": allowed, or refused with the reason to show.
public enum RuleDecision: Hashable, Sendable {
    case allowed(String)
    case refused(String)

    public var isAllowed: Bool { if case .allowed = self { return true } else { return false } }
    public var message: String {
        switch self { case .allowed(let m), .refused(let m): return m }
    }
}

/// R-03: a RASP/TRF referral may be closed as unable to contact only when at least 10 business days have
/// passed since receipt and at least 2 attempts are recorded, none of which reached the client.
public enum UnableToContactRule {
    public static let requiredBusinessDays = 10
    public static let requiredAttempts = 2

    public static func canClose(received: LocalDate, attempts: [ContactAttempt], asOf: LocalDate,
                                calendar: BusinessCalendar) -> RuleDecision {
        canClose(received: received, results: attempts.map(\.result), asOf: asOf, calendar: calendar)
    }

    public static func canClose(received: LocalDate, results: [ContactResult], asOf: LocalDate,
                                calendar: BusinessCalendar) -> RuleDecision {
        if results.contains(.reached) {
            return .refused("Refused (R-03): a contact attempt reached the client, so the referral cannot be closed as unable to contact; close it with another reason.")
        }
        let elapsed = max(0, calendar.businessDays(from: received, to: asOf))
        let unsuccessful = results.count
        var missing: [String] = []
        if elapsed < requiredBusinessDays {
            let from = calendar.addingBusinessDays(requiredBusinessDays, to: received)
            missing.append("\(elapsed == 0 ? "no business day has" : "only " + days(elapsed) + (elapsed == 1 ? " has" : " have")) passed since the referral was received \(received.long) (\(requiredBusinessDays) needed: possible from \(from.long))")
        }
        if unsuccessful < requiredAttempts {
            missing.append("\(unsuccessful == 0 ? "no contact attempt is" : "only " + attempts(unsuccessful) + (unsuccessful == 1 ? " is" : " are")) recorded (\(requiredAttempts) needed: record the next attempt)")
        }
        if missing.isEmpty {
            return .allowed("R-03: \(days(elapsed)) since the referral was received \(received.long) and \(attempts(unsuccessful)): it may be closed as unable to contact.")
        }
        return .refused("Refused (R-03): " + missing.joined(separator: ", and ") + ".")
    }

    private static func days(_ n: Int) -> String { "\(n) business day" + (n == 1 ? "" : "s") }
    private static func attempts(_ n: Int) -> String { "\(n) unsuccessful contact attempt" + (n == 1 ? "" : "s") }
}
