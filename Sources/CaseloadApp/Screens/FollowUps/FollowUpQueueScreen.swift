import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

enum FollowUpQueueAction: Sendable { case open, complete, snooze, note, rule, everyone, team, navigate }

/// F3: the follow-up queue computed from the rules, overdue first; each item explains itself.
@MainActor final class FollowUpQueueScreen: Screen {
    private let env: AppEnvironment
    private(set) var state: FollowUpQueueState

    init(env: AppEnvironment, caseworkerID: Int64?) {
        self.env = env
        state = FollowUpQueueState(actor: env.actor, caseworkerID: caseworkerID)
    }

    var title: String { "Follow-ups" }
    var hasUnsavedInput: Bool { state.prompt != nil }
    var isEditingText: Bool { state.prompt != nil }
    var helpKeymap: Keymap<Int> { keymap.forHelp }

    private var keymap: Keymap<FollowUpQueueAction> {
        let none = state.selected == nil ? "no item selected" : nil
        let act = state.readOnlyReason ?? none
        let supervisor = env.can(.viewTeamFollowUps)
        return Keymap([
            KeyBinding([.enter], .open, help: "Open client", group: "Follow-ups", showInFooter: true, disabledReason: none),
            KeyBinding([.char("c")], .complete, help: "Complete", group: "Follow-ups", showInFooter: true, disabledReason: act),
            KeyBinding([.char("z")], .snooze, help: "Snooze", group: "Follow-ups", showInFooter: true, disabledReason: act),
            KeyBinding([.char("n")], .note, help: "Note / contact attempt", group: "Follow-ups", showInFooter: true,
                       disabledReason: act ?? (env.can(.writeNotes) ? nil : Permission.writeNotes.refusal)),
            KeyBinding([.char("f")], .rule, help: "Rule filter", group: "Filters", showInFooter: true),
            KeyBinding([.char("a")], .everyone, help: state.caseworkerID == nil ? "Mine" : "Everyone", group: "Filters", showInFooter: supervisor,
                       disabledReason: supervisor ? nil : Permission.viewTeamFollowUps.refusal),
            KeyBinding([.char("t")], .team, help: "Team load", group: "Filters", showInFooter: supervisor,
                       disabledReason: supervisor ? nil : Permission.viewTeamFollowUps.refusal),
            KeyBinding([.up, .down, .char("j"), .char("k"), .pageUp, .pageDown, .home, .end], .navigate, help: "Move", group: "Navigation"),
        ])
    }

    func handle(_ event: ScreenEvent) -> [AppCommand] {
        switch event {
        case .reload, .reappeared: return reload()
        case .key(let key): return state.prompt != nil ? handlePrompt(key) : handleKey(key)
        }
    }

    private func handleKey(_ key: Key) -> [AppCommand] {
        if state.list.handle(key, itemCount: state.shown.count, visibleRows: state.visibleRows) == .changed { return [] }
        switch keymap.lookup(key) {
        case .unbound: return []
        case .disabled(let reason): return [.status(reason, isError: true)]
        case .run(let action):
            switch action {
            case .open:
                guard let item = state.selected else { return [] }
                return [.open(.profile(clientID: item.clientID, tab: Self.tab(item.openTab)))]
            case .complete:
                state.prompt = .complete(FormState(fields: [FormField(id: "note", label: "What was done", control: .text(TextFieldState("", maxLength: 200)))]))
            case .snooze:
                state.prompt = .snooze(FormState(fields: [
                    FormField(id: "until", label: "Until", control: .date(DateFieldState("+7", today: CalendarDay(env.today)))),
                    FormField(id: "reason", label: "Reason", control: .text(TextFieldState("", maxLength: 200))),
                ]))
            case .note:
                guard let item = state.selected else { return [] }
                return [.open(.noteEntry(clientID: item.clientID, amends: nil))]
            case .rule: state.cycleRule()
            case .everyone:
                state.caseworkerID = state.caseworkerID == nil ? env.actor.id : nil
                return reload()
            case .team: return [.open(.team)]
            case .navigate: break
            }
            return []
        }
    }

    private func handlePrompt(_ key: Key) -> [AppCommand] {
        guard let prompt = state.prompt, let item = state.selected else { state.prompt = nil; return [] }
        var form: FormState
        switch prompt { case .complete(let f), .snooze(let f): form = f }
        let outcome = form.handle(key, width: 40)
        let isLast = form.focusedID == form.fields.last?.id
        switch prompt { case .complete: state.prompt = .complete(form); case .snooze: state.prompt = .snooze(form) }
        if outcome == .cancelled { state.prompt = nil; return [.status("Nothing changed.", isError: false)] }
        guard key == .ctrl("s") || (key == .enter && isLast) || outcome == .submitted && isLast else { return [] }
        let v = form.values
        do {
            switch prompt {
            case .complete:
                try env.db.completeFollowUp(item, note: v["note"] ?? "", by: env.actor, today: env.today)
                state.prompt = nil
                return reload() + [.status("Completed: \(item.title) — \(item.clientName).", isError: false)]
            case .snooze:
                guard case .date(let d)? = form["until"]?.control, let day = d.value.map({ LocalDate(year: $0.year, month: $0.month, day: $0.day)! }) else {
                    form.setErrors(["until": "Enter a date (YYYY-MM-DD or +7)."]); state.prompt = .snooze(form); return []
                }
                try env.db.snoozeFollowUp(item, until: day, reason: v["reason"] ?? "", by: env.actor, today: env.today)
                state.prompt = nil
                return reload() + [.status("Snoozed to \(day.long): \(item.title).", isError: false)]
            }
        } catch StoreError.invalid(let problems) {
            form.setErrors(Dictionary(problems.map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a }))
            switch prompt { case .complete: state.prompt = .complete(form); case .snooze: state.prompt = .snooze(form) }
            return [.status("Not saved: \(problems.first?.message ?? "check the fields")", isError: true)]
        } catch {
            return [.status("Not saved: \(error)", isError: true)]
        }
    }

    private func reload() -> [AppCommand] {
        let keep = state.selected?.key
        do {
            if state.names.isEmpty {
                state.names = Dictionary(uniqueKeysWithValues: try env.db.listStaff().compactMap { s in s.id.map { ($0, s.fullName) } })
            }
            state.items = try env.db.followUpQueue(asOf: env.today, now: env.now, scope: FollowUpScope(caseworkerID: state.caseworkerID), zone: env.zone)
            let index = keep.flatMap { k in state.shown.firstIndex { $0.key == k } } ?? state.list.selected
            state.list.select(index, itemCount: state.shown.count, visibleRows: state.visibleRows)
            return []
        } catch {
            return [.status("Could not compute the queue: \(error)", isError: true)]
        }
    }

    static func tab(_ t: ClientTab) -> ProfileTab {
        switch t {
        case .info: return .info
        case .notes: return .notes
        case .assessment: return .assessment
        case .eap: return .eap
        case .employment: return .employment
        case .followUps: return .followUps
        }
    }

    // MARK: view

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > 6 else { return }
        buffer.put(" " + state.heading, x: rect.x, y: rect.y, style: theme[.header], maxWidth: rect.width)
        let table = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 4)
        state.visibleRows = Table.bodyRows(forHeight: table.height)
        let showOwner = state.caseworkerID == nil
        var columns = [TableColumn("", sizing: .fixed(1)), TableColumn("Due", sizing: .fixed(10)), TableColumn("Status", sizing: .fixed(14)),
                       TableColumn("Rule", sizing: .fixed(11)), TableColumn("Client", minWidth: 12, maxWidth: 24), TableColumn("What", minWidth: 12)]
        if showOwner { columns.append(TableColumn("Caseworker", minWidth: 8, maxWidth: 18)) }
        let items = state.shown
        let rows = items.map { i -> [String] in
            var row = [i.status.isOverdue ? theme.overdueMarker : "", i.due.iso,
                       FollowUpQueueState.statusText(i.status, due: i.due, today: env.today), i.rule.rawValue, i.clientName, i.title]
            if showOwner { row.append(state.ownerName(i.ownerID)) }
            return row
        }
        Table(columns: columns, rows: rows, emptyMessage: state.emptyMessage,
              rowRole: { items[$0].status.isOverdue ? .overdue : items[$0].status == .dueToday ? .warning : nil })
            .render(state.list, into: &buffer, in: table, theme: theme)
        // The selected item's own explanation: the rule, the facts and the arithmetic.
        let explanation = state.selected?.explanation ?? ""
        let lines = Self.wrap(explanation, width: rect.width - 2)
        for (i, line) in lines.prefix(3).enumerated() {
            buffer.put(" " + line, x: rect.x, y: table.maxY + i, style: theme[.muted], maxWidth: rect.width)
        }
        if let prompt = state.prompt { renderPrompt(prompt, into: &buffer, in: rect, theme: theme) }
    }

    private func renderPrompt(_ prompt: FollowUpQueueState.Prompt, into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        let (title, form): (String, FormState) = {
            switch prompt {
            case .complete(let f): return ("Complete: Enter saves, Esc cancels", f)
            case .snooze(let f): return ("Snooze: Tab to the reason, Enter saves", f)
            }
        }()
        let box = Rect(x: rect.x + 4, y: rect.y + 3, width: min(72, rect.width - 8), height: form.fields.count * 2 + 3)
        let inner = Box(title: title, borderRole: .dialogBorder, fillRole: .dialog, ascii: env.asciiBorders).render(into: &buffer, in: box, theme: theme)
        Form.render(form, into: &buffer, in: inner.inset(left: 1, right: 1), theme: theme)
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty { line = String(word) }
            else if (line + " " + word).terminalWidth <= width { line += " " + word }
            else { lines.append(line); line = String(word) }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    func renderFooter(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        keymap.renderFooter(into: &buffer, in: rect, theme: theme)
    }
}
