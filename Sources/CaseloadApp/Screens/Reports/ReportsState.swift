import CaseloadCore
import CaseloadStore
import TerminalKit

enum ReportsAction: Sendable { case earlier, later, toggleYear, nextScope, agency, drill, open, navigate }

/// A scope the `s` key steps through: the agency, each site, each active caseworker.
struct ReportScopeChoice: Hashable, Sendable {
    var scope: ReportScope
    var name: String
}

/// One row of the figures table: a group's heading, or a figure.
enum ReportRow: Hashable, Sendable {
    case heading(String)
    case figure(FigureLine)

    var line: FigureLine? { if case .figure(let l) = self { return l } else { return nil } }
}

/// The Reports screen's state: the period and scope chosen, the report, and, after Enter on a
/// figure, the clients behind it.
struct ReportsState {
    var period: ReportPeriod
    var scopes: [ReportScopeChoice] = [ReportScopeChoice(scope: .agency, name: "Whole agency")]
    var scopeIndex = 0
    var report: MonthlyReport?
    var rows: [ReportRow] = []
    var list = ListState()
    var visibleRows = 10
    /// The figure drilled into and its clients (nil: the figures table is shown).
    var drill: Drill?
    var isLoading = true

    struct Drill {
        var line: FigureLine
        var clients: [ReportClientRow]
        var list = ListState()
    }

    let today: LocalDate

    init(today: LocalDate) { self.today = today; period = .month(containing: today) }

    var scope: ReportScopeChoice { scopes.indices.contains(scopeIndex) ? scopes[scopeIndex] : scopes[0] }
    var selectedLine: FigureLine? { rows.indices.contains(list.selected) ? rows[list.selected].line : nil }

    mutating func show(_ report: MonthlyReport, scopes newScopes: [ReportScopeChoice]) {
        let keep = selectedLine?.id
        let keepScope = scope.scope
        scopes = newScopes
        scopeIndex = scopes.firstIndex { $0.scope == keepScope } ?? 0
        self.report = report
        isLoading = false
        var rows: [ReportRow] = [], group = ""
        for line in report.lines {
            if line.group != group { group = line.group; rows.append(.heading(group)) }
            rows.append(.figure(line))
        }
        self.rows = rows
        // The same figure stays selected across periods and scopes; else the first figure.
        let index = keep.flatMap { k in rows.firstIndex { $0.line?.id == k } } ?? (rows.firstIndex { $0.line != nil } ?? 0)
        list.select(index, itemCount: rows.count, visibleRows: visibleRows)
    }

    var keymap: Keymap<ReportsAction> {
        if drill != nil {
            return Keymap([
                KeyBinding([.enter], .open, help: "Open client", group: "Clients", showInFooter: true,
                           disabledReason: drill?.clients.isEmpty == true ? "no clients behind this figure" : nil),
                KeyBinding([.up, .char("k"), .down, .char("j"), .pageUp, .pageDown, .home, .end], .navigate, help: "Move", group: "Navigation"),
                KeyBinding([.escape], .navigate, help: "Back to the figures", group: "Clients", showInFooter: true),
            ])
        }
        return Keymap([
            KeyBinding([.left, .char("[")], .earlier, help: "Previous period", group: "Period", showInFooter: true),
            KeyBinding([.right, .char("]")], .later, help: "Next period", group: "Period", showInFooter: true,
                       disabledReason: period.next.first > today ? "the next period has not started yet" : nil),
            KeyBinding([.char("y")], .toggleYear, help: period.isFiscalYear ? "Months" : "Fiscal year", group: "Period", showInFooter: true),
            KeyBinding([.char("s")], .nextScope, help: "Scope", group: "Scope", showInFooter: true),
            KeyBinding([.char("a")], .agency, help: "Whole agency", group: "Scope"),
            KeyBinding([.enter], .drill, help: "Clients", group: "Figures", showInFooter: true,
                       disabledReason: selectedLine == nil ? "choose a figure (not a heading) to list its clients" : nil),
            KeyBinding([.up, .char("k"), .down, .char("j"), .pageUp, .pageDown, .home, .end], .navigate, help: "Move", group: "Navigation"),
        ])
    }


    /// `█` blocks (eighths at the end) for `value` out of `largest`, then the number: a bar that reads
    /// without colour and in a monochrome terminal.
    static func bar(_ value: Int, largest: Int, width: Int) -> String {
        guard value > 0, largest > 0, width > 0 else { return "" }
        let eighths = max(1, Int((Double(value) / Double(largest) * Double(width * 8)).rounded()))
        let full = min(width, eighths / 8), rest = full == width ? 0 : eighths % 8
        return String(repeating: "█", count: full) + (rest > 0 ? String(["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][rest]) : "")
    }

    /// The figure's bar size: a deadline by its percentage, others by count against the largest in its group.
    func barValue(_ line: FigureLine) -> (value: Int, largest: Int) {
        if line.current.outOf != nil { return (line.current.percent ?? 0, 100) }
        let largest = report?.lines.filter { $0.group == line.group }.map { max($0.current.count, $0.previous.count) }.max() ?? 0
        return (line.current.count, largest)
    }
}
