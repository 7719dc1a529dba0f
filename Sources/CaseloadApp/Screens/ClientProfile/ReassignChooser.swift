import CaseloadCore
import TerminalKit

/// The supervisor's chooser of an active caseworker: the one a client moves to, or (titled
/// "Grant access") the one of another site who may open this client.
struct ReassignChooser: Hashable {
    var caseworkers: [StaffMember]
    var dropdown: DropdownState
    var clientName: String
    var title = "Reassign client"
    var prompt: String

    init(caseworkers: [StaffMember], current: Int64?, clientName: String) {
        self.caseworkers = caseworkers
        self.clientName = clientName
        prompt = "Move \(clientName) to:"
        let selected = caseworkers.firstIndex { $0.id == current }
        dropdown = DropdownState(options: caseworkers.map(\.fullName), selectedIndex: selected, maxVisibleOptions: 10)
        dropdown.open()
    }

    /// "Grant access": the caseworkers of other sites, each with their site, so the supervisor sees
    /// why this person needs the grant.
    static func grant(_ others: [StaffMember], siteNames: [Int64: String], clientName: String) -> ReassignChooser {
        var chooser = ReassignChooser(caseworkers: others, current: nil, clientName: clientName)
        chooser.title = "Grant access"
        chooser.dropdown = DropdownState(options: others.map { w in "\(w.fullName) (\(w.siteID.flatMap { siteNames[$0] } ?? "no site"))" },
                                         selectedIndex: nil, maxVisibleOptions: 10)
        chooser.dropdown.open()
        chooser.prompt = "Let this caseworker open \(clientName):"
        return chooser
    }

    enum Outcome { case none, choose(StaffMember), cancel }

    /// Typing filters, arrows move, Enter chooses, Esc cancels.
    mutating func handle(_ key: Key) -> Outcome {
        if key == .escape { return .cancel }
        _ = dropdown.handle(key)
        guard !dropdown.isOpen else { return .none }
        // Enter on a match closes the popup with the choice (even the current one); Tab just closes it.
        guard key == .enter, let i = dropdown.selectedIndex, caseworkers.indices.contains(i) else {
            dropdown.open(); return .none
        }
        return .choose(caseworkers[i])
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, ascii: Bool) {
        let width = min(60, area.width - 2)
        // Below the tab row, so the user still sees which client this is.
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + 3, width: width, height: 4)
        let inner = Box(title: title, borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii)
            .render(into: &buffer, in: rect, theme: theme).inset(left: 1, right: 1)
        guard inner.height >= 2 else { return }
        buffer.put(prompt, x: inner.x, y: inner.y, style: theme[.dialog], maxWidth: inner.width)
        let anchor = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 1)
        Dropdown.render(dropdown, into: &buffer, in: anchor, theme: theme, focused: true)
        Dropdown.renderPopup(dropdown, anchor: anchor, into: &buffer, theme: theme, ascii: ascii)
    }
}
