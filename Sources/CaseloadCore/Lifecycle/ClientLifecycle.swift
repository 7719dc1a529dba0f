/// Client status (domain.md §3a, R-21): `Referred` → `Active` → `Monitoring` → `Closed`, and back to
/// `Active` on reopening. Each function says what a recorded fact does to a status, with the reason
/// the status-change record keeps, or nil when the status stays. The store applies them inside the
/// write that records the fact.
public enum ClientLifecycle {
    /// An OW, ODSP, RASP or TRF referral starts `Referred`; Self and Other intakes start `Active`.
    public static func initialStatus(for source: ReferralSource) -> ClientStatus {
        source.isSocialAssistance ? .referred : .active
    }

    public static func intakeReason(source: ReferralSource, receivedOn: LocalDate?) -> String {
        if source.isSocialAssistance {
            return "\(source.rawValue) referral" + (receivedOn.map { " received \($0.long)" } ?? "") + ": intake"
        }
        return "Intake (\(source.rawValue))"
    }

    /// Starting (or re-administering) the common assessment makes a referred client `Active`.
    public static func afterAssessmentStarted(_ status: ClientStatus) -> (ClientStatus, String)? {
        status == .referred ? (.active, "Common assessment started") : nil
    }

    /// Opening an EAP makes a referred client `Active`.
    public static func afterPlanOpened(_ status: ClientStatus) -> (ClientStatus, String)? {
        status == .referred ? (.active, "Employment Action Plan opened") : nil
    }

    /// Recording a job moves an open file to `Monitoring` while its checkpoints run (R-09: the EAP
    /// stays open).
    public static func afterJobRecorded(_ status: ClientStatus, employer: String, start: LocalDate) -> (ClientStatus, String)? {
        status == .referred || status == .active
            ? (.monitoring, "Job recorded: \(employer), started \(start.long); checkpoints running") : nil
    }

    /// Closing the EAP closes the file; the reason names the closure reason and R-10's verdict.
    public static func afterPlanClosed(reason: String, isEarlyExit: Bool) -> (ClientStatus, String) {
        (.closed, "EAP closed: \(reason)" + (isEarlyExit ? " (early exit, R-10)" : " (12 months complete)"))
    }

    public static let unableToContactReason = "Unable to contact"

    /// R-03's close as unable to contact: only a RASP/TRF referral still `Referred`, and only when
    /// `UnableToContactRule` allows it. Nil when the client may be closed.
    public static func unableToContactRefusal(status: ClientStatus, source: ReferralSource,
                                              received: LocalDate?) -> String? {
        guard source.hasContactDeadlines else {
            return "Refused (R-03): only a RASP or TRF referral is closed as unable to contact; this is a \(source.rawValue) client."
        }
        guard status == .referred else {
            return "Refused (R-03): the client is \(status.rawValue), not a referral waiting for first contact."
        }
        guard received != nil else {
            return "Refused (R-03): the referral's received date is missing: enter it on the client record first."
        }
        return nil
    }

    /// Reopening a returning client: only a closed one.
    public static func reopenRefusal(status: ClientStatus) -> String? {
        status == .closed ? nil : "The client is \(status.rawValue), not Closed: there is nothing to reopen."
    }

    /// Work on a closed file waits for reopening.
    public static func closedRefusal(_ what: String) -> String {
        "The client's file is Closed: reopen it from the profile before \(what)."
    }
}
