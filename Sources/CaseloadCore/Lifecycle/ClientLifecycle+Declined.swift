/// Who declined a referral (domain.md §3a: "a referral was closed as … declined").
public enum ReferralDecliner: String, CaseIterable, Hashable, Sendable {
    case client = "the client", provider = "the provider"
}

extension ClientLifecycle {
    /// The closure reason the EAP list keeps for it (migration v19), used when a plan was opened anyway.
    public static let declinedClosureReason = "Referral declined"

    /// A referral is closed as declined only while it waits as a referral (`Referred`): once the
    /// assessment has started or an EAP is open, the file is closed by closing the EAP. Nil when allowed.
    public static func declinedRefusal(status: ClientStatus) -> String? {
        status == .referred ? nil
            : "Refused: the client is \(status.rawValue), not a referral waiting for first contact; close the EAP instead (EAP tab, p)."
    }

    /// The status-change reason: who declined and why, in their words.
    public static func declinedReason(by decliner: ReferralDecliner, why: String) -> String {
        "Referral declined by \(decliner.rawValue): \(why)"
    }
}
