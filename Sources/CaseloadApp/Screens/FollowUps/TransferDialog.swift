import CaseloadCore
import CaseloadStore
import TerminalKit

/// A caseworker leaves: which colleagues take their open clients, and why. Space ticks a
/// colleague, Tab goes to the reason, Enter asks the store for the plan; the plan is shown (who
/// gets how many clients, appointments and follow-ups) and only `y` on it moves anyone.
struct TransferDialog: Hashable {
    enum Focus: Hashable { case colleagues, reason }

    let fromID: Int64
    let fromName: String
    let colleagues: [StaffMember]
    var ticked: Set<Int64> = []
    var list = ListState()
    var reason = TextFieldState("", placeholder: "e.g. Dana Lee left the agency", maxLength: 200)
    var focus = Focus.colleagues
    /// The plan the store made, with its lines, waiting for `y`.
    var plan: CaseloadTransferPlan?
    /// Why the last Enter or save was refused (nothing moved).
    var problem: String?
    private(set) var discard = DiscardQuestion()

    init(fromID: Int64, fromName: String, colleagues: [StaffMember]) {
        self.fromID = fromID; self.fromName = fromName
        self.colleagues = colleagues.filter { $0.id != fromID }
    }

    var hasTypedText: Bool { !reason.text.isEmpty || !ticked.isEmpty }
    var receivers: [Int64] { colleagues.compactMap(\.id).filter(ticked.contains) }

    enum Outcome: Equatable { case none, cancel, preview(to: [Int64], reason: String), confirm }

    mutating func handle(_ key: Key) -> Outcome {
        switch discard.filter(key, escapeWouldDiscard: hasTypedText && plan == nil) {
        case .discard: return .cancel
        case .stay: return .none
        case .passOn: break
        }
        if plan != nil {
            switch key {
            case .char("y"), .char("Y"): return .confirm
            case .char("n"), .char("N"), .escape: plan = nil; return .none
            default: return .none
            }
        }
        if key == .escape { return .cancel }
        if key == .tab || key == .backTab { focus = focus == .colleagues ? .reason : .colleagues; return .none }
        if key == .enter || key == .ctrl("s") {
            problem = nil
            if receivers.isEmpty { problem = "Tick at least one colleague with Space."; return .none }
            if reason.text.trimmingCharacters(in: .whitespaces).isEmpty { problem = "Say why the caseload moves."; focus = .reason; return .none }
            return .preview(to: receivers, reason: reason.text)
        }
        switch focus {
        case .colleagues:
            if key == .char(" "), colleagues.indices.contains(list.selected), let id = colleagues[list.selected].id {
                if ticked.contains(id) { ticked.remove(id) } else { ticked.insert(id) }
                return .none
            }
            _ = list.handle(key, itemCount: colleagues.count, visibleRows: 8)
        case .reason:
            if reason.handle(key, width: 50) == .changed { problem = nil }
        }
        return .none
    }

    /// A plan line wider than the dialog goes on over more rows, broken after a comma, so the
    /// counts at its end are read at 80 columns too.
    static func fitted(_ line: String, width: Int) -> [String] {
        guard line.terminalWidth > width else { return [line] }
        var rows: [String] = [], current = ""
        for part in line.components(separatedBy: ", ") {
            let longer = current.isEmpty ? part : current + ", " + part
            if current.isEmpty || longer.terminalWidth + 1 <= width { current = longer } else { rows.append(current + ","); current = "  " + part }
        }
        return rows + [current]
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, ascii: Bool) {
        let width = min(72, area.width - 2)
        let listRows = min(8, max(1, colleagues.count))
        let planLines = (plan?.lines ?? []).flatMap { Self.fitted($0, width: width - 4) }
        let height = min(area.height, 9 + listRows + planLines.count + (problem == nil ? 0 : 1))
        let rect = area.centered(Size(width: width, height: height))
        let inner = Box(title: "Transfer \(fromName)'s caseload", borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii)
            .render(into: &buffer, in: rect, theme: theme).inset(left: 1, right: 1)
        guard inner.height >= 4 else { return }
        var y = inner.y
        buffer.put("Open clients go to the ticked colleague with the fewest so far.", x: inner.x, y: y, style: theme[.muted], maxWidth: inner.width)
        y += 1
        let top = list.visibleOffset(itemCount: colleagues.count, visibleRows: listRows)
        for (i, member) in colleagues.enumerated().dropFirst(top).prefix(listRows) {
            let mark = ticked.contains(member.id ?? -1) ? "[x]" : "[ ]"
            let selected = i == list.selected && focus == .colleagues
            buffer.put("\(selected ? ">" : " ") \(mark) \(member.fullName)", x: inner.x, y: y,
                       style: theme[selected ? .selected : .dialog], maxWidth: inner.width)
            y += 1
        }
        if colleagues.isEmpty { buffer.put("No other active caseworker to receive clients.", x: inner.x, y: y, style: theme[.error]); y += 1 }
        y += 1
        buffer.put("Reason:", x: inner.x, y: y, style: theme[.label])
        reason.render(into: &buffer, in: Rect(x: inner.x + 8, y: y, width: inner.width - 8, height: 1), theme: theme, focused: focus == .reason && plan == nil)
        y += 2
        for line in planLines where y < inner.maxY - 1 {
            buffer.put(line, x: inner.x, y: y, style: theme[.dialog], maxWidth: inner.width); y += 1
        }
        if let problem, y < inner.maxY - 1 {
            buffer.put("\(theme.errorMarker) \(problem)", x: inner.x, y: y, style: theme[.error], maxWidth: inner.width)
        }
        let hint = plan == nil ? "Space tick · Tab reason · Enter preview · Esc cancel" : "y transfer now · n change · nothing moves before y"
        buffer.put(hint, x: inner.x, y: inner.maxY - 1, style: theme[.muted], maxWidth: inner.width)
        discard.render(into: &buffer, in: area, theme: theme, ascii: ascii)
    }
}
