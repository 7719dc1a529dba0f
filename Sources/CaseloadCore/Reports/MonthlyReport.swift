/// One figure for one stretch of days: how many, of how many (deadlines met), how much (money),
/// and the clients behind it.
public struct FigureCount: Hashable, Sendable {
    public var count = 0
    /// Deadlines: how many fell due (`count` of them were met).
    public var outOf: Int?
    /// Money: the total in cents.
    public var amountCents: Int?
    /// The clients behind the figure, each once, in id order.
    public var clientIDs: [Int64] = []
    /// `count` per caseworker (the client's caseworker; `FigureCount.unassigned` for none).
    public var byCaseworker: [Int64: Int] = [:]

    public static let unassigned: Int64 = 0

    public init(count: Int = 0, outOf: Int? = nil, amountCents: Int? = nil, clientIDs: [Int64] = [], byCaseworker: [Int64: Int] = [:]) {
        self.count = count; self.outOf = outOf; self.amountCents = amountCents; self.clientIDs = clientIDs; self.byCaseworker = byCaseworker
    }

    /// Met as a whole percentage of due (nil when nothing fell due or this is not a deadline figure).
    public var percent: Int? {
        guard let outOf, outOf > 0 else { return nil }
        return Int((Double(count) * 100 / Double(outOf)).rounded())
    }

    /// "12", "3 of 4 (75%)", "5 · $1,234.00".
    public var text: String {
        if let outOf { return "\(count) of \(outOf)" + (percent.map { " (\($0)%)" } ?? "") }
        if let amountCents { return "\(count) · \(Money.dollars(cents: amountCents))" }
        return String(count)
    }
}

/// One line of the report: a figure (group and label) with this period and the previous one.
public struct FigureLine: Hashable, Sendable, Identifiable {
    /// Stable for scripts: "clients_served", "intakes.OW", "checkpoints_due.3m", "followups_overdue.R-01".
    public var id: String
    /// The heading it sits under ("New intakes by referral source").
    public var group: String
    /// Its own words ("OW").
    public var label: String
    public var current: FigureCount
    public var previous: FigureCount

    public init(id: String, group: String, label: String, current: FigureCount = FigureCount(), previous: FigureCount = FigureCount()) {
        self.id = id; self.group = group; self.label = label; self.current = current; self.previous = previous
    }

    public func count(_ half: ReportWindow.Half) -> FigureCount { half == .current ? current : previous }
}

/// The monthly (or fiscal-year) figures of domain.md §7 for one scope: what the Reports screen and
/// `caseload report monthly` both show.
public struct MonthlyReport: Hashable, Sendable {
    public var window: ReportWindow
    public var scope: ReportScope
    public var lines: [FigureLine]
    /// Names for the per-caseworker breakdown (id → full name).
    public var caseworkerNames: [Int64: String]

    public init(window: ReportWindow, scope: ReportScope, lines: [FigureLine], caseworkerNames: [Int64: String]) {
        self.window = window; self.scope = scope; self.lines = lines; self.caseworkerNames = caseworkerNames
    }

    public func line(_ id: String) -> FigureLine? { lines.first { $0.id == id } }

    /// A line's current count per caseworker, largest first, with names ("Unassigned" for none).
    public func breakdown(of line: FigureLine) -> [(name: String, count: Int)] {
        line.current.byCaseworker
            .map { (name: $0.key == FigureCount.unassigned ? "Unassigned" : (caseworkerNames[$0.key] ?? "Staff #\($0.key)"), count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }
}
