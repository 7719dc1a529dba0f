import CaseloadCore
import TerminalKit

/// Tab 2: every field of the client record, read-only; `e` opens the intake form to edit them.
struct InfoTab {
    let data: ProfileData
    let format: ProfileFormat
    let canEdit: Bool
    let width: Int

    /// The longest label ("Under-18 attestation") and two spaces.
    static let labelWidth = 22

    func lines() -> [StyledLine] {
        guard let c = data.client else { return [] }
        var out: [StyledLine] = []
        func field(_ label: String, _ value: String?, _ role: ThemeRole = .normal) {
            out += StyledLine.field(label, ProfileFormat.text(value), labelWidth: Self.labelWidth, width: width, role: role)
        }
        field("First name", c.firstName)
        field("Last name", c.lastName)
        field("Preferred name", c.preferredName)
        field("Date of birth", format.birth(c.dateOfBirth))
        field("Phone", c.phone)
        field("Email", c.email)
        field("Address", c.address)
        field("Preferred language", c.preferredLanguage)
        field("Referral source", c.referralSource.rawValue)
        field("Referral received", c.referralReceivedOn.map(format.long))
        field("SA caseworker", c.saCaseworkerName)
        field("SA contact", c.saCaseworkerContact)
        field("Client stream", c.clientStream)
        field("Caseworker", data.caseworkerName ?? "unassigned")
        field("Site", data.siteName)
        if let pointer = data.mergedInto {
            // A retired file has no status of its own and nothing to link: the kept file carries both.
            field("Status", MergedFileNotice.status(pointer), .warning)
            field("CaMS reference", c.camsReference ?? "none (the kept file carries the client's CaMS reference)", .muted)
        } else {
            field("Status", c.status.rawValue)
            field("CaMS reference", c.camsReference ?? "not linked (press l)", c.camsReference == nil ? .warning : .normal)
        }
        field("Legacy record", c.isLegacy ? "yes (imported from a CaMS extract)" : "no")
        field("Under-18 attestation", attestation(c))
        field("Record", "created \(format.dateTime(c.createdAt)) · updated \(format.dateTime(c.updatedAt))", .muted)
        out.append(.blank)
        out.append(StyledLine(data.mergedInto != nil ? "Read-only: this file was merged; Enter opens the kept file."
                              : canEdit ? "Press e to edit these details." : "Read-only for your role.", .muted))
        return out
    }

    private func attestation(_ c: Client) -> String {
        if c.under18Attestation { return "recorded: excused from school or finished high school" }
        guard let born = c.dateOfBirth, born <= format.today, born.age(on: format.today) < IntakeValidator.adultAge else {
            return "not needed (18 or over)"
        }
        return "MISSING: needed while the client is under 18 (R-16)"
    }
}
