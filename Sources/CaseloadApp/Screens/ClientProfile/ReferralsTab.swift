import CaseloadCore
import CaseloadStore
import TerminalKit

/// The Referrals tab: the client's referrals to other services and supports, newest first,
/// read with the profile. Adding and changing them happens on the referrals-out screen (F, Enter).
struct ReferralsTab {
    let data: ProfileData
    let width: Int

    var referrals: [ReferralOut] { data.referralsOut ?? [] }

    /// The count line above the table (one line, so the table's place does not move).
    func headerLines() -> [StyledLine] {
        let counted = referrals.filter(\.isLifeStabilization).count
        return [StyledLine("Life-stabilization referrals (*): \(counted) of \(referrals.count)", .label)]
    }

    func table() -> TableContent {
        let list = referrals
        return TableContent(
            columns: [TableColumn("Made", sizing: .fixed(10)), TableColumn("Partner", minWidth: 10, maxWidth: 32),
                      TableColumn("Service", minWidth: 9, maxWidth: 30), TableColumn("Status", minWidth: 13, maxWidth: 13),
                      TableColumn("Follow up", sizing: .fixed(10))],
            rows: list.map { r in
                [r.madeOn.iso, r.partner, r.serviceType + (r.isLifeStabilization ? " *" : ""), r.status.rawValue,
                 r.followUpOn.map(\.iso) ?? ProfileFormat.none]
            },
            empty: "No referrals to other services yet — F adds one.")
    }

    /// The selected referral's outcome note, which the table has no room for.
    func details(selected: Int) -> [StyledLine] {
        guard referrals.indices.contains(selected) else { return [] }
        let note = referrals[selected].outcomeNote.flatMap { $0.isEmpty ? nil : $0 } ?? "no outcome note yet"
        return StyledLine.field("Outcome", note, labelWidth: 9, width: width)
    }

    /// Count line and a blank above the table; two lines of outcome below it.
    static let rowsAbove = 2, rowsBelow = 2
}
