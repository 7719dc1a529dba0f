import CaseloadCore
import CaseloadStore
import TerminalKit

enum ReportsMessage {
    case report(MonthlyReport, scopes: [ReportScopeChoice])
    case clients(FigureLine, [ReportClientRow])
}

/// The monthly figures (domain.md §7) for supervisors and administrators: ←/→ step the period, y
/// switches to the fiscal year, s steps the scope; Enter lists the clients behind a figure and Enter
/// again opens one. The numbers are `monthlyReport`'s, as `caseload report monthly` prints them.
struct ReportsModel: ScreenModel {
    let context: ScreenContext
    private(set) var state: ReportsState

    init(context: ScreenContext) {
        self.context = context
        state = ReportsState(today: context.today)
    }

    var title: String { "Reports" }
    var footerKeys: Keymap<Int> { state.keymap.forHelp }

    mutating func update(_ input: ScreenInput<ReportsMessage>) -> [Effect<ReportsMessage>] {
        switch input {
        case .reload, .reappeared, .summoned:
            guard context.can(.viewReports) else { return [.back, .status(Permission.viewReports.refusal, isError: true)] }
            return [reload()]
        case .loaded(.report(let report, let scopes)):
            state.show(report, scopes: scopes)
            return []
        case .loaded(.clients(let line, let clients)):
            state.drill = ReportsState.Drill(line: line, clients: clients)
            return []
        case .laidOut(let rect):
            state.visibleRows = Table.bodyRows(forHeight: ReportsView.tableRect(in: rect, drilling: state.drill != nil).height)
            return []
        case .key(let key): return state.drill == nil ? handleFigures(key) : handleDrill(key)
        case .idle, .failed: return []
        }
    }

    private func reload() -> Effect<ReportsMessage> { .loadReport(state.period, state.scope.scope) }

    private mutating func handleFigures(_ key: Key) -> [Effect<ReportsMessage>] {
        if state.list.handle(key, itemCount: state.rows.count, visibleRows: state.visibleRows) == .changed { return [.handled] }
        switch state.keymap.lookup(key) {
        case .run(.earlier): state.period = state.period.previous
        case .run(.later): state.period = state.period.next
        case .run(.toggleYear):
            state.period = state.period.isFiscalYear ? .month(containing: min(state.period.last, context.today))
                                                     : .fiscalYear(containing: state.period.first)
        case .run(.nextScope): state.scopeIndex = (state.scopeIndex + 1) % max(1, state.scopes.count)
        case .run(.agency): state.scopeIndex = 0
        case .run(.drill):
            guard let line = state.selectedLine else { return [.handled] }
            return [.loadClients(line)]
        case .run(.open), .run(.navigate): return [.handled]
        case .disabled(let reason): return [.status(reason, isError: true)]
        case .unbound: return []
        }
        state.isLoading = true
        return [reload()]
    }

    private mutating func handleDrill(_ key: Key) -> [Effect<ReportsMessage>] {
        guard var drill = state.drill else { return [] }
        if key == .escape { state.drill = nil; return [.handled] }
        if drill.list.handle(key, itemCount: drill.clients.count, visibleRows: state.visibleRows) == .changed {
            state.drill = drill
            return [.handled]
        }
        switch state.keymap.lookup(key) {
        case .run(.open):
            guard drill.clients.indices.contains(drill.list.selected) else { return [.handled] }
            return [.open(.profile(clientID: drill.clients[drill.list.selected].id, tab: .summary))]
        case .run: return [.handled]
        case .disabled(let reason): return [.status(reason, isError: true)]
        case .unbound: return []
        }
    }

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        ReportsView(state: state).render(into: &buffer, in: rect, theme: theme)
    }
}

extension Effect where Message == ReportsMessage {
    /// The report (the same call as `caseload report monthly`) and the scopes `s` steps through.
    static func loadReport(_ period: ReportPeriod, _ scope: ReportScope) -> Self {
        .read("compute the report") { env in
            let report = try env.db.monthlyReport(period, scope: scope, today: env.today, zone: env.zone, by: env.actor)
            var scopes = [ReportScopeChoice(scope: .agency, name: "Whole agency")]
            scopes += try env.db.sites().compactMap { s in s.id.map { ReportScopeChoice(scope: .site($0), name: "Site: \(s.name)") } }
            scopes += try env.db.listStaff(includeInactive: false).filter { $0.role == .caseworker }
                .compactMap { s in s.id.map { ReportScopeChoice(scope: .caseworker($0), name: "Caseworker: \(s.fullName)") } }
            return .report(report, scopes: scopes)
        }
    }

    /// The clients behind a figure this period, by name.
    static func loadClients(_ line: FigureLine) -> Self {
        .read("list the clients behind \(line.label)") { env in .clients(line, try env.db.reportClients(line.current.clientIDs, by: env.actor)) }
    }
}
