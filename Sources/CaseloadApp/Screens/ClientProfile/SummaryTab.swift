import CaseloadCore
import CaseloadStore
import TerminalKit

/// Tab 1: who the client is, who referred them, where the file stands, the last notes and what is due.
struct SummaryTab {
    let data: ProfileData
    let format: ProfileFormat
    let role: StaffRole
    let width: Int

    static let labelWidth = 12

    func lines() -> [StyledLine] {
        if data.mergedInto != nil { return retiredLines() }
        guard let client = data.client else { return frontDeskLines() }
        var out: [StyledLine] = []
        func field(_ label: String, _ value: String, _ role: ThemeRole = .normal) {
            out += StyledLine.field(label, value, labelWidth: Self.labelWidth, width: width, role: role)
        }
        let contact = [client.phone, client.email].compactMap { $0 }.joined(separator: " · ")
        field("Contact", contact.isEmpty ? "no phone or email recorded" : contact, contact.isEmpty ? .warning : .normal)
        let place = [client.address, client.preferredLanguage.map { "speaks \($0)" }].compactMap { $0 }
        if !place.isEmpty { field("", place.joined(separator: " · ")) }
        let received = client.referralReceivedOn.map { ", received \($0.long)" } ?? ""
        field("Referral", "\(client.referralSource.rawValue)\(received)")
        if client.referralSource.isSocialAssistance {
            let name = client.saCaseworkerName ?? "SA caseworker not recorded"
            field("SA worker", [name, client.saCaseworkerContact].compactMap { $0 }.joined(separator: " · "),
                  client.saCaseworkerName == nil ? .warning : .normal)
        }
        if let attempts = data.contactAttempts, client.referralSource.hasContactDeadlines || !attempts.isEmpty {
            field("Contacted", contactText(attempts))
        }
        // R-21: where the file stands, since when and why (an imported or older record may have no
        // change to show for its status).
        if let change = data.statusChanges?.last, change.toStatus == client.status {
            field("Status", "\(client.status.rawValue) since \(change.changedOn.long): \(change.reason)",
                  client.status == .closed ? .muted : .normal)
        }
        field("Caseworker", [data.caseworkerName ?? "unassigned", data.siteName].compactMap { $0 }.joined(separator: " · "))
        out += todayLines()
        if let reference = client.camsReference { field("CaMS ref", reference) }
        else { field("CaMS ref", "not linked — press l to link it (R-05)", .warning) }
        out += consentLines()
        if let flags = flagsText(client) { field("Flags", flags, .warning) }
        out.append(.blank)
        out += dueLines()
        out += notesLines()
        return out
    }

    private func contactText(_ attempts: [ContactAttempt]) -> String {
        guard let last = attempts.last else { return "no contact attempt recorded yet" }
        let count = attempts.count == 1 ? "1 attempt" : "\(attempts.count) attempts"
        return "\(count), last \(last.result.rawValue) by \(last.method) on \(format.dateTime(last.attemptedAt))"
    }

    /// One line per consent record (newest first), so none hides inside a wrapped paragraph.
    private func consentLines() -> [StyledLine] {
        let label = Span("Consent".padded(toWidth: Self.labelWidth), .label)
        guard let consents = data.consents, !consents.isEmpty else {
            return [StyledLine([label, Span("none recorded (consent is recorded with a Consent note)", .warning)])]
        }
        var out = consents.prefix(3).enumerated().map { i, c in
            StyledLine([i == 0 ? label : Span(String(repeating: " ", count: Self.labelWidth)),
                        Span("\(c.recordedOn.iso) \(c.isGiven ? "given" : "WITHDRAWN"): \(c.topic)", c.isGiven ? .normal : .warning)])
        }
        if consents.count > 3 {
            out.append(StyledLine([Span(String(repeating: " ", count: Self.labelWidth)), Span("…and \(consents.count - 3) older", .muted)]))
        }
        return out
    }

    private func flagsText(_ client: Client) -> String? {
        var flags: [String] = []
        if client.isLegacy { flags.append("legacy record (imported)") }
        if let born = client.dateOfBirth, born <= format.today, born.age(on: format.today) < IntakeValidator.adultAge {
            flags.append(client.under18Attestation ? "under 18: school attestation recorded (R-16)"
                                                   : "under 18: school attestation MISSING (R-16)")
        }
        return flags.isEmpty ? nil : flags.joined(separator: " · ")
    }

    private func notesLines() -> [StyledLine] {
        guard let notes = data.notes else { return [] }
        guard !notes.isEmpty else { return [.heading("Latest notes"), StyledLine("  No notes yet; notes written about this client show here.", .muted)] }
        var out: [StyledLine] = [.heading("Latest notes (\(notes.count) in all · tab 5)")]
        let latest = notes.prefix(3)
        let cells = latest.map { n in
            [format.short(LocalDate(n.interactionAt, in: format.zone)), n.communication, n.type, n.subject ?? "", n.authorName]
        }
        let columns = [TableColumn("", sizing: .fixed(10)), TableColumn("", minWidth: 5, maxWidth: 14),
                       TableColumn("", minWidth: 8, maxWidth: 18), TableColumn("", minWidth: 16, maxWidth: 50),
                       TableColumn("", minWidth: 8, maxWidth: 20)]
        let widths = TableLayout.widths(columns: columns, rows: cells, available: width - 2, gap: 2)
        for row in cells {
            let text = zip(row, widths).map { $0.padded(toWidth: $1) }
            out.append(StyledLine([Span("  " + text[0] + "  "), Span(text[1] + "  " + text[2] + "  ", .muted),
                                   Span(text[3] + "  "), Span(text[4], .muted)]))
        }
        return out
    }

    private func dueLines() -> [StyledLine] {
        var out: [StyledLine] = [.heading("Next due (F3 lists the whole queue)")]
        let due = data.dueEntries
        if due.isEmpty { return out + [StyledLine("  Nothing due: no rule or follow-up asks for anything now.", .muted)] }
        for entry in due.prefix(3) {
            let overdue = entry.due < format.today
            let mark = overdue ? "! overdue " : entry.due == format.today ? "  today   " : "          "
            out.append(StyledLine([Span("  " + entry.due.long.padded(toWidth: 16), overdue ? .overdue : .normal),
                                   Span(mark, overdue ? .overdue : .muted),
                                   Span(entry.what + (entry.owner.map { " (\($0))" } ?? ""))]))
        }
        if due.count > 3 { out.append(StyledLine("  …and \(due.count - 3) more (tabs 7 and 8)", .muted)) }
        return out
    }

    /// A retired file (issue #19), under the merge notice: who it was, and no status, due dates,
    /// notes or hints to act, since all of that lives on the kept file now.
    private func retiredLines() -> [StyledLine] {
        var out: [StyledLine] = []
        func field(_ label: String, _ value: String, _ role: ThemeRole = .normal) {
            out += StyledLine.field(label, value, labelWidth: Self.labelWidth, width: width, role: role)
        }
        let s = data.summary
        field("Born", format.birth(s.dateOfBirth))
        if let client = data.client {
            let contact = [client.phone, client.email].compactMap { $0 }.joined(separator: " · ")
            field("Contact", contact.isEmpty ? "no phone or email recorded" : contact)
            field("Referral", client.referralSource.rawValue + (client.referralReceivedOn.map { ", received \($0.long)" } ?? ""))
        } else {
            field("Phone", s.phone ?? "not recorded")
        }
        if let pointer = data.mergedInto {
            field("Records", "Notes, plan, appointments, jobs and follow-ups are on the kept file, #\(pointer.keptClientID).", .muted)
        }
        return out
    }

    /// Front desk: name (in the header), date of birth, phone and appointments, and why the rest is closed.
    private func frontDeskLines() -> [StyledLine] {
        var out: [StyledLine] = []
        let s = data.summary
        out += StyledLine.field("Born", format.birth(s.dateOfBirth), labelWidth: Self.labelWidth, width: width)
        out += StyledLine.field("Phone", s.phone ?? "not recorded", labelWidth: Self.labelWidth, width: width)
        out.append(.blank)
        out.append(.heading("Upcoming appointments"))
        let upcoming = data.upcomingAppointments(from: format.today)
        if upcoming.isEmpty { out.append(StyledLine("  None booked. Past appointments are on tab 6.", .muted)) }
        for a in upcoming.prefix(4) {
            out.append(StyledLine("  \(a.appointment.day.long) \(a.appointment.startText)  \(a.appointment.purpose) · \(a.staffName) · \(a.siteName)"))
        }
        out.append(.blank)
        out.append(.heading("Not available to \(role.title)"))
        var byReason: [(String, [String])] = []
        let offered = ProfileTab.offered(to: role)
        for tab in ProfileTab.allCases {
            guard let reason = tab.disabledReason(for: role) else { continue }
            let label = offered.firstIndex(of: tab).map { "\(ProfileTab.numberKey(at: $0)) \(tab.title)" } ?? tab.title
            if let i = byReason.firstIndex(where: { $0.0 == reason }) { byReason[i].1.append(label) }
            else { byReason.append((reason, [label])) }
        }
        for (reason, tabs) in byReason {
            out += TextWrap.wrap("\(tabs.joined(separator: ", ")): \(reason)", width: width - 2).map { StyledLine("  " + $0, .muted) }
        }
        return out
    }
}
