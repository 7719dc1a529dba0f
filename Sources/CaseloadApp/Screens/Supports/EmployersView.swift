import CaseloadCore
import CaseloadStore
import TerminalKit

/// The search line, the employers table and the selected employer's details.
@MainActor struct EmployersView {
    let model: EmployersModel

    static let detailRows = 3

    static func tableRect(in rect: Rect) -> Rect { rect.inset(top: 2, bottom: detailRows) }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > Self.detailRows + 4 else { return }
        buffer.put(" Search: ", x: rect.x, y: rect.y, style: theme[.header])
        model.search.render(into: &buffer, in: Rect(x: rect.x + 9, y: rect.y, width: max(1, min(60, rect.width - 10)), height: 1),
                            theme: theme, focused: model.form == nil)
        let shown = model.employers.count
        buffer.put(" \(shown == EmployersModel.limit ? "first \(shown)" : "\(shown)") employer\(shown == 1 ? "" : "s")"
                   + " · ^N adds one · Enter edits · Major: 30 or more employees",
                   x: rect.x, y: rect.y + 1, style: theme[.muted], maxWidth: rect.width)
        let table = Self.tableRect(in: rect)
        func paper(_ has: Bool, _ day: LocalDate?) -> String { has ? (day?.iso ?? "yes") : "no" }
        let rows = model.employers.map { e -> [String] in
            [e.name, e.contact ?? "", e.sector ?? "", e.employeeCount.map(String.init) ?? "", e.isMajor ? "Major" : "",
             paper(e.isRegisteredInCaMS, e.camsRegisteredOn), paper(e.hasRegistrationForm, e.registrationFormOn),
             paper(e.hasSignedPlacementAgreement, e.placementAgreementSignedOn)]
        }
        Table(columns: [TableColumn("Employer", minWidth: 16, maxWidth: 40),
                        TableColumn("Contact", minWidth: 8, maxWidth: 22),
                        TableColumn("Sector", minWidth: 6, maxWidth: 20),
                        TableColumn("Staff", sizing: .fixed(6), alignment: .right),
                        TableColumn("Major", sizing: .fixed(5)),
                        TableColumn("CaMS", sizing: .fixed(10)),
                        TableColumn("Reg form", sizing: .fixed(10)),
                        TableColumn("Agreement", sizing: .fixed(10))],
              rows: rows, emptyMessage: model.search.text.isEmpty ? "No employers yet: press ^N to add one."
                                                                  : "No employer matches: press ^N to add \"\(model.search.text)\".")
            .render(model.list, into: &buffer, in: table, theme: theme)
        guard let e = model.selected else { return }
        var y = table.maxY
        let lines = [[e.phone, e.email, e.address].compactMap { $0 }.joined(separator: " · "), e.notes ?? ""].filter { !$0.isEmpty }
        for line in lines.prefix(Self.detailRows) where y < rect.maxY {
            buffer.put(" " + line, x: rect.x, y: y, style: theme[.normal], maxWidth: rect.width); y += 1
        }
    }
}
