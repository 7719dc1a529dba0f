import Foundation

/// What the store knows about one client file, for an audit (Interim SOP: "verify … through random
/// audits of client entries").
public struct AuditFacts: Hashable, Sendable {
    public var client: Client
    /// The latest common assessment, if any.
    public var assessment: Assessment?
    /// The latest Employment Action Plan, if any.
    public var plan: ActionPlan?
    public var noteCount: Int
    /// Checkpoints of all the client's jobs.
    public var checkpoints: [Checkpoint]

    public init(client: Client, assessment: Assessment? = nil, plan: ActionPlan? = nil, noteCount: Int = 0,
                checkpoints: [Checkpoint] = []) {
        self.client = client; self.assessment = assessment; self.plan = plan
        self.noteCount = noteCount; self.checkpoints = checkpoints
    }
}

/// One line of an auditor's checklist: what the file shows, or what needs fixing.
public struct AuditCheck: Hashable, Sendable, CustomStringConvertible {
    public enum Item: String, CaseIterable, Sendable {
        case camsReference = "CaMS reference", identity = "Name, date of birth, contact", referral = "Referral",
             assessment = "Common assessment", actionPlan = "EAP", caseNotes = "Case notes", checkpoints = "Checkpoints"
    }
    public var item: Item
    /// False when `text` is a finding to fix.
    public var isOK: Bool
    public var text: String

    public static func ok(_ item: Item, _ text: String) -> AuditCheck { AuditCheck(item: item, isOK: true, text: text) }
    public static func finding(_ item: Item, _ text: String) -> AuditCheck { AuditCheck(item: item, isOK: false, text: text) }

    public var description: String { "\(isOK ? "ok " : "FIX") \(item.rawValue): \(text)" }
}

/// The checks computed from the data, so the auditor starts from what the file itself shows.
/// Every item yields at least one line, in `Item` order.
public enum AuditChecklist {
    public static func checks(_ facts: AuditFacts, today: LocalDate, zone: TimeZone = FollowUpEngine.agencyTimeZone) -> [AuditCheck] {
        let client = facts.client
        let intake = Dictionary(IntakeValidator.validate(client, today: today).map { ($0.field, $0.message) },
                                uniquingKeysWith: { first, _ in first })
        var checks: [AuditCheck] = []

        let submittedDay = facts.assessment?.submissionDay(in: zone)
        if let reference = client.camsReference {
            if let problem = intake["camsReference"] { checks.append(.finding(.camsReference, problem)) }
            else { checks.append(.ok(.camsReference, "\(reference): check it matches this client in CaMS")) }
        } else if let submittedDay {
            checks.append(.finding(.camsReference, "CaMS reference missing: the assessment was submitted \(submittedDay.long), so it was due within 24 hours (R-05)"))
        } else {
            checks.append(.finding(.camsReference, "CaMS reference missing"))
        }

        let identityFields = ["firstName", "lastName", "preferredName", "dateOfBirth", "phone", "email", "address", "under18Attestation"]
        let identity = identityFields.compactMap { intake[$0] }.map { AuditCheck.finding(.identity, $0) }
        checks += identity
        if client.dateOfBirth == nil { checks.append(.finding(.identity, "date of birth missing")) }
        if client.phone == nil && client.email == nil { checks.append(.finding(.identity, "no phone or email: no way to reach the client")) }
        if !checks.contains(where: { $0.item == .identity }) {
            checks.append(.ok(.identity, client.displayName + (client.dateOfBirth.map { ", born \($0.long)" } ?? "") + ": no placeholders"))
        }

        checks += referralChecks(client, intake: intake)
        checks.append(assessmentCheck(facts, submittedDay: submittedDay))
        checks += planChecks(facts)
        checks.append(facts.noteCount == 0
            ? .finding(.caseNotes, "no case note yet")
            : .ok(.caseNotes, "\(facts.noteCount) case note\(facts.noteCount == 1 ? "" : "s")"))
        checks += checkpointChecks(facts.checkpoints, today: today)
        return checks
    }

    private static func referralChecks(_ client: Client, intake: [String: String]) -> [AuditCheck] {
        let problems = ["referralReceivedOn", "saCaseworkerName", "saCaseworkerContact"].compactMap { intake[$0] }
        if !problems.isEmpty { return problems.map { .finding(.referral, $0) } }
        let source = client.referralSource
        guard let received = client.referralReceivedOn else {
            return source == .selfReferred
                ? [.ok(.referral, "self-referred")]
                : [.finding(.referral, "referral received date missing (\(source.rawValue) referral)")]
        }
        return [.ok(.referral, "\(source == .selfReferred ? "self-referral" : "\(source.rawValue) referral") received \(received.long)")]
    }

    private static func assessmentCheck(_ facts: AuditFacts, submittedDay: LocalDate?) -> AuditCheck {
        guard let assessment = facts.assessment else {
            return facts.client.status == .referred
                ? .ok(.assessment, "not yet (the client is Referred)")
                : .finding(.assessment, "no common assessment recorded")
        }
        if let submittedDay { return .ok(.assessment, "submitted \(submittedDay.long)") }
        let started = assessment.module1CompletedOn.map { ": Module 1 done \($0.long)" } ?? ""
        return .finding(.assessment, "common assessment not submitted\(started)")
    }

    private static func planChecks(_ facts: AuditFacts) -> [AuditCheck] {
        let status = facts.client.status
        guard let plan = facts.plan else {
            return status == .referred
                ? [.ok(.actionPlan, "none yet (the client is Referred)")]
                : [.finding(.actionPlan, "no Employment Action Plan (client status \(status.rawValue))")]
        }
        switch plan.status {
        case .closed:
            let closed = "Closed" + (plan.closedOn.map { " \($0.long)" } ?? "") + (plan.closureReason.map { " (\($0))" } ?? "")
                + (plan.isEarlyExit ? ", early exit" : "")
            return status == .closed
                ? [.ok(.actionPlan, closed)]
                : [.finding(.actionPlan, "\(closed), but the client's status is \(status.rawValue)")]
        case .active, .onHold:
            var text = "\(plan.status.rawValue) since \((plan.onHoldSince ?? plan.openedOn).long)"
            if plan.status == .onHold, let reason = plan.onHoldReason { text += " (\(reason))" }
            return status == .closed
                ? [.finding(.actionPlan, "\(text), but the client's status is Closed")]
                : [.ok(.actionPlan, text)]
        }
    }

    private static func checkpointChecks(_ checkpoints: [Checkpoint], today: LocalDate) -> [AuditCheck] {
        if checkpoints.isEmpty { return [.ok(.checkpoints, "no employment recorded")] }
        let due = checkpoints.filter { $0.dueOn <= today }.sorted { ($0.dueOn, $0.month.rawValue) < ($1.dueOn, $1.month.rawValue) }
        let missing = due.filter { $0.recordedOn == nil }
        if !missing.isEmpty {
            return missing.map { .finding(.checkpoints, "\($0.month.label) checkpoint due \($0.dueOn.long) not recorded") }
        }
        return [.ok(.checkpoints, due.isEmpty ? "none due yet" : "\(due.count) of \(due.count) due recorded")]
    }
}
