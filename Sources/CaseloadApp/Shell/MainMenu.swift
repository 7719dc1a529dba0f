import CaseloadCore
import TerminalKit

/// The F10 menu: every main screen under a mnemonic letter, with the ones this role may not use
/// (or that this version lacks) shown disabled with the reason, never hidden.
struct MainMenu {
    struct Entry: Hashable {
        var letter: Character
        var title: String
        var route: Route?
        var disabledReason: String?
    }

    var entries: [Entry]
    var selected = 0

    init(role: StaffRole) {
        entries = [
            Entry(letter: "c", title: "Clients", route: .clientList),
            Entry(letter: "f", title: "Follow-ups", route: .followUps(caseworkerID: nil),
                  disabledReason: role.allows(.viewFollowUps) ? nil : Permission.viewFollowUps.refusal),
            Entry(letter: "d", title: "Front desk", route: .frontDesk),
            Entry(letter: "e", title: "Employers", route: .employers,
                  disabledReason: role.allows(.viewActionPlan) ? nil : "Front desk does not work with employers."),
            Entry(letter: "s", title: "Supports to approve", route: .supportQueue,
                  disabledReason: role.allows(.approveFinancialSupport) ? nil : Permission.approveFinancialSupport.refusal),
            Entry(letter: "r", title: "Reports", route: .reports,
                  disabledReason: role.allows(.viewReports) ? nil : Permission.viewReports.refusal),
            Entry(letter: "a", title: "Admin", route: nil,
                  disabledReason: role.allows(.manageStaff) ? "use `caseload staff …` on the command line for now" : Permission.manageStaff.refusal),
        ]
    }

    enum Outcome { case none, close, open(Route), refused(String) }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape, .function(10): return .close
        case .up, .char("k"): selected = (selected + entries.count - 1) % entries.count
        case .down, .char("j"): selected = (selected + 1) % entries.count
        case .enter: return choose(selected)
        case .char(let c):
            if let i = entries.firstIndex(where: { $0.letter == Character(c.lowercased()) }) { selected = i; return choose(i) }
        default: break
        }
        return .none
    }

    private func choose(_ i: Int) -> Outcome {
        let e = entries[i]
        if let reason = e.disabledReason { return .refused("\(e.title): \(reason)") }
        return e.route.map(Outcome.open) ?? .none
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, ascii: Bool) {
        let width = min(area.width - 2, max(30, (entries.map { $0.title.terminalWidth + ($0.disabledReason?.terminalWidth ?? 0) }.max() ?? 20) + 12))
        let rect = Rect(x: area.x + 1, y: area.y + 1, width: width, height: entries.count + 2)
        let inner = Box(title: "Menu (F10)", borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii).render(into: &buffer, in: rect, theme: theme)
        for (i, e) in entries.enumerated() where i < inner.height {
            let isSelected = i == selected
            let role: ThemeRole = isSelected ? .selected : (e.disabledReason == nil ? .dialog : .muted)
            let marker = isSelected ? theme.selectedMarker : " "
            var text = "\(marker) \(e.letter.uppercased())  \(e.title)"
            if let reason = e.disabledReason { text += "  (\(reason))" }
            let row = Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1)
            buffer.fill(row, style: theme[role])
            buffer.put(text, x: inner.x, y: inner.y + i, style: theme[role], maxWidth: inner.width)
        }
    }
}
