/// Collects facts into report lines as the figure queries read them: one `add` per fact, counted in
/// the stretch its day falls in, with its client and caseworker. Lines keep the order they were
/// first declared or added in.
public struct FigureTally: Sendable {
    private var order: [String] = []
    private var lines: [String: Builder] = [:]

    public init() {}

    /// Makes a line appear even when nothing is counted on it (a zero is a figure too).
    public mutating func declare(_ id: String, group: String, label: String, deadline: Bool = false, money: Bool = false) {
        guard lines[id] == nil else { return }
        order.append(id)
        lines[id] = Builder(group: group, label: label, deadline: deadline, money: money)
    }

    /// One fact: `met` for a deadline (counted when true, and always in `outOf`), `amountCents` for money.
    public mutating func add(_ id: String, group: String, label: String, _ half: ReportWindow.Half, client: Int64,
                             caseworker: Int64?, met: Bool? = nil, amountCents: Int? = nil) {
        declare(id, group: group, label: label, deadline: met != nil, money: amountCents != nil)
        lines[id]!.add(half, client: client, caseworker: caseworker, met: met, amountCents: amountCents)
    }

    public var result: [FigureLine] {
        order.map { id in
            let b = lines[id]!
            return FigureLine(id: id, group: b.group, label: b.label, current: b.halves[0].figure, previous: b.halves[1].figure)
        }
    }

    private struct Builder: Sendable {
        var group: String
        var label: String
        var halves: [Half]

        init(group: String, label: String, deadline: Bool, money: Bool) {
            self.group = group; self.label = label
            halves = Array(repeating: Half(deadline: deadline, money: money), count: 2)
        }

        mutating func add(_ half: ReportWindow.Half, client: Int64, caseworker: Int64?, met: Bool?, amountCents: Int?) {
            halves[half.rawValue].add(client: client, caseworker: caseworker, met: met, amountCents: amountCents)
        }
    }

    private struct Half: Sendable {
        var count = 0
        var outOf: Int?
        var amount: Int?
        var clients = Set<Int64>()
        var byCaseworker: [Int64: Int] = [:]

        init(deadline: Bool, money: Bool) { outOf = deadline ? 0 : nil; amount = money ? 0 : nil }

        mutating func add(client: Int64, caseworker: Int64?, met: Bool?, amountCents: Int?) {
            clients.insert(client)
            if let met { outOf? += 1; if !met { return } }
            if let amountCents { amount? += amountCents }
            count += 1
            byCaseworker[caseworker ?? FigureCount.unassigned, default: 0] += 1
        }

        var figure: FigureCount { FigureCount(count: count, outOf: outOf, amountCents: amount, clientIDs: clients.sorted(), byCaseworker: byCaseworker) }
    }
}
