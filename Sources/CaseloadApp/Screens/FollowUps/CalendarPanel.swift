import CaseloadCore
import CaseloadStore
import TerminalKit

/// Administrators: agency closure days per site and the observed-substitutes switch, over the queue
/// (`C`). Each change is saved at once and the queue behind is recomputed with the new calendar.
struct CalendarPanel {
    enum Outcome: Equatable { case none, close, add(ClosureDay), remove(ClosureDay), setSubstitutes(Bool) }

    var closures: [ClosureDay]
    var substitutes: Bool
    var sites: [Site]
    var list = ListState()
    var adding: FormDialog?
    var confirmingRemoval = false
    let today: LocalDate

    static let visibleRows = 10

    var selected: ClosureDay? { closures.indices.contains(list.selected) ? closures[list.selected] : nil }
    var isEditingText: Bool { adding != nil }

    func siteName(_ id: Int64?) -> String { id.flatMap { id in sites.first { $0.id == id }?.name } ?? "all sites" }

    mutating func handle(_ key: Key) -> Outcome {
        if var form = adding {
            let outcome = form.handle(key)
            adding = form
            switch outcome {
            case .cancel: adding = nil
            case .submit: return submitAdd()
            case .none: break
            }
            return .none
        }
        if confirmingRemoval {
            confirmingRemoval = false
            if key == .char("y") || key == .char("Y"), let day = selected { return .remove(day) }
            return .none
        }
        if list.handle(key, itemCount: closures.count, visibleRows: Self.visibleRows) != .ignored { return .none }
        switch key {
        case .escape, .char("q"): return .close
        case .char("a"): startAdding()
        case .char("d"): confirmingRemoval = selected != nil
        case .char("s"): return .setSubstitutes(!substitutes)
        default: break
        }
        return .none
    }

    private mutating func startAdding() {
        adding = FormDialog(title: "Close the office on a day", lines: ["The day stops counting as a business day: due dates move at once."], fields: [
            FormField(id: "day", label: "Day", control: .date(DateFieldState("", today: today, allowsEmpty: false, accepting: .anyDay))),
            FormField(id: "site", label: "Site", control: .dropdown(DropdownState(options: ["All sites"] + sites.map(\.name), selectedIndex: 0))),
            FormField(id: "reason", label: "Reason", control: .text(TextFieldState("", placeholder: "e.g. Staff training day", maxLength: 120))),
        ])
    }

    private mutating func submitAdd() -> Outcome {
        guard var form = adding else { return .none }
        if let problem = form.dateProblem("day", required: true) { form.show([problem]); adding = form; return .none }
        let choice = form.choice("site") ?? 0
        let site = choice == 0 ? nil : sites[choice - 1].id
        return .add(ClosureDay(siteID: site, day: form.date("day")!, reason: form.text("reason")))
    }

    // MARK: drawing

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, ascii: Bool) {
        let rect = area.centered(Size(width: min(76, area.width), height: min(area.height, Self.visibleRows + 7)))
        let inner = Box(title: "Business calendar (administrators)", borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii)
            .render(into: &buffer, in: rect, theme: theme).inset(left: 1, right: 1)
        guard inner.height > 4 else { return }
        buffer.put("Observed substitutes: \(substitutes ? "ON" : "OFF") — a weekend holiday \(substitutes ? "closes" : "does not close") the next weekday",
                   x: inner.x, y: inner.y, style: theme[.dialog], maxWidth: inner.width)
        let table = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 3)
        let rows = closures.map { [$0.day.iso, $0.day.weekday.short, siteName($0.siteID), $0.reason] }
        Table(columns: [TableColumn("Closed on", sizing: .fixed(10)), TableColumn("", sizing: .fixed(3)),
                        TableColumn("Site", minWidth: 9, maxWidth: 18), TableColumn("Reason", minWidth: 10)],
              rows: rows, emptyMessage: "No closure days from \(today.adding(days: -31).long) on. Press a to add one.")
            .render(list, into: &buffer, in: table, theme: theme)
        let hint = confirmingRemoval ? "Reopen \(selected.map { $0.day.long } ?? "")? y reopens, any other key keeps it closed"
                                     : "a add · d reopen (remove) · s switch substitutes · Esc close"
        buffer.put(hint, x: inner.x, y: inner.maxY - 1, style: theme[confirmingRemoval ? .warning : .muted], maxWidth: inner.width)
        if let adding { adding.render(into: &buffer, in: area, theme: theme, ascii: ascii) }
    }
}
