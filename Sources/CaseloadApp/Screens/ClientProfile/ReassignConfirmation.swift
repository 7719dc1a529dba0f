import CaseloadCore
import CaseloadStore
import TerminalKit

/// The last step of the profile's `r`: who the client moves to, why, and the open work that moves
/// with them (appointments still to come, hand-made follow-ups still open), read from the store
/// just before. Only `y` reassigns; `n` or Esc goes back to the reason, typing kept.
struct ReassignConfirmation {
    let clientName: String
    let fromName: String
    let to: StaffMember
    let reason: String
    let work: OpenWork
    /// The reason prompt as it was, to go back to.
    let prompt: ReasonPrompt

    enum Outcome: Equatable { case none, confirm, back }

    func handle(_ key: Key) -> Outcome {
        switch key {
        case .char("y"), .char("Y"): return .confirm
        case .char("n"), .char("N"), .escape: return .back
        default: return .none
        }
    }

    /// Reasons supervisors give most; ↑↓ in the prompt fill the field with one.
    static let commonReasons = ["Caseload balancing", "Caseworker leaving", "Client asked for another caseworker",
                                "Client moved to another site"]

    /// The words of the dialog, one line each (tests read them; `render` draws them).
    var lines: [String] {
        var lines = ["From \(fromName) to \(to.fullName).", "Reason: \(reason)", ""]
        if work.isEmpty {
            lines.append("Nothing else moves: no appointments to come, no open follow-ups.")
        } else {
            lines.append("These move to \(to.fullName) too:")
            lines += work.appointments.map { "  Appointment \($0.day.long) \($0.startText) · \($0.purpose)" }
            lines += work.followUps.map { "  Follow-up due \($0.dueOn.long): \($0.title)" }
        }
        return lines
    }

    static let hint = "y reassign now · n or Esc change the reason · nothing moves before y"

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, ascii: Bool) {
        let width = min(76, area.width - 2)
        let text = lines
        let rect = area.centered(Size(width: width, height: min(area.height, text.count + 4)))
        let inner = Box(title: "Reassign \(clientName)", borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii)
            .render(into: &buffer, in: rect, theme: theme).inset(left: 1, right: 1)
        guard inner.height >= 2 else { return }
        buffer.cursor = nil
        // The hint keeps the last row; a list too long for the screen says how many it left out.
        let room = inner.height - 2
        let shown = text.count <= room ? text : Array(text.prefix(max(0, room - 1))) + ["  … and \(text.count - room + 1) more"]
        for (i, line) in shown.enumerated() {
            buffer.put(line, x: inner.x, y: inner.y + i, style: theme[.dialog], maxWidth: inner.width)
        }
        buffer.put(Self.hint, x: inner.x, y: inner.maxY - 1, style: theme[.muted], maxWidth: inner.width)
    }
}
