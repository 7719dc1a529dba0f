import CaseloadCore
import TerminalKit

/// A case note, read-only, with every amendment of it (the original first), scrolled with the
/// arrows; Esc, q or Enter closes it. Opens scrolled to the note chosen in the list.
struct NotePager {
    var thread: [CaseNote]
    var focusID: Int64
    var authorNames: [Int64: String]
    var calendar: BusinessCalendar?
    var scroll = 0
    /// Lines and rows of the last layout, so paging stops at the end.
    var lastMaxScroll = 0
    var lastRows = 10
    private var placed = false

    init(thread: [CaseNote], focusID: Int64, authorNames: [Int64: String], calendar: BusinessCalendar?) {
        self.thread = thread; self.focusID = focusID; self.authorNames = authorNames; self.calendar = calendar
    }

    enum Outcome { case none, close }

    enum Action: Sendable { case close, lineUp, lineDown, pageUp, pageDown, top, bottom }

    /// The viewer's one key table: dispatch and the footer (shown while it is open) both read it.
    static let keymap = Keymap<Action>([
        KeyBinding([.escape, .enter, .char("q")], .close, help: "Close", group: "Note", showInFooter: true),
        KeyBinding([.down, .char("j")], .lineDown, help: "Scroll down", group: "Note", showInFooter: true),
        KeyBinding([.up, .char("k")], .lineUp, help: "Scroll up", group: "Note", showInFooter: true),
        KeyBinding([.pageDown, .char(" ")], .pageDown, help: "Page down", group: "Note", showInFooter: true),
        KeyBinding([.pageUp], .pageUp, help: "Page up", group: "Note", showInFooter: true),
        KeyBinding([.home, .char("g")], .top, help: "Top", group: "Note"),
        KeyBinding([.end, .char("G")], .bottom, help: "End", group: "Note"),
    ])

    mutating func handle(_ key: Key) -> Outcome {
        let page = max(1, lastRows - 1)
        switch Self.keymap.action(for: key) {
        case .close?: return .close
        case .lineUp?: scroll -= 1
        case .lineDown?: scroll += 1
        case .pageUp?: scroll -= page
        case .pageDown?: scroll += page
        case .top?: scroll = 0
        case .bottom?: scroll = lastMaxScroll
        case nil: break
        }
        scroll = min(max(0, scroll), lastMaxScroll)
        return .none
    }

    /// The lines, and the line each note starts on.
    func lines(width: Int, format: ProfileFormat) -> (lines: [StyledLine], starts: [Int64: Int]) {
        var out: [StyledLine] = [], starts: [Int64: Int] = [:]
        for (i, note) in thread.enumerated() {
            if i > 0 { out += [.blank, StyledLine(String(repeating: "─", count: max(1, width)), .muted)] }
            starts[note.id ?? 0] = out.count
            let who = authorNames[note.authorID] ?? "staff #\(note.authorID)"
            let label = note.amends.map { "Amendment #\(note.id ?? 0) of #\($0)" } ?? "Note #\(note.id ?? 0)"
            out.append(StyledLine([Span(label + " · ", .header), Span(format.longDateTime(note.interactionAt), .label),
                                   Span(" · \(note.communication) · \(note.type) · \(who)", .normal)]))
            var entered = "Entered \(format.longDateTime(note.enteredAt))"
            if let calendar, let late = LateEntry.marker(interaction: note.interactionAt, entered: note.enteredAt, calendar: calendar, zone: format.zone) {
                entered += " · " + late
            }
            out.append(StyledLine(entered, .muted))
            if !note.subject.isEmpty, !note.body.hasPrefix(note.subject) { out.append(StyledLine(note.subject, .label)) }
            out.append(.blank)
            out += TextWrap.wrap(note.body, width: width).map { StyledLine($0) }
        }
        return (out, starts)
    }

    /// The pager's text area inside `area` (the tab body): within the box, above the hint line.
    static func textRect(in area: Rect) -> Rect? {
        guard area.width >= 2, area.height >= 2 else { return nil }
        let inner = area.inset(by: 1).inset(left: 1, right: 1)
        return inner.height > 1 ? inner.inset(bottom: 1) : nil
    }

    /// Learns how far it can scroll in `area`; the first time, scrolls to the chosen note.
    mutating func layOut(in area: Rect, format: ProfileFormat) {
        guard let body = Self.textRect(in: area) else { return }
        let (all, starts) = lines(width: body.width, format: format)
        lastRows = body.height
        lastMaxScroll = LinesView.maxScroll(lineCount: all.count, height: body.height)
        if !placed { scroll = starts[focusID] ?? 0; placed = true }
        scroll = min(scroll, lastMaxScroll)
    }

    /// Draws over `area` (the tab body) at the scroll `layOut` settled.
    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, format: ProfileFormat, ascii: Bool) {
        let amendments = thread.count - 1
        let subject = thread.first.map { $0.subject.isEmpty ? "Note #\($0.id ?? 0)" : $0.subject } ?? "Note"
        let title = subject + (amendments > 0 ? " (+\(amendments) amendment\(amendments == 1 ? "" : "s"))" : "")
        let inner = Box(title: title, borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii)
            .render(into: &buffer, in: area, theme: theme).inset(left: 1, right: 1)
        guard inner.height > 1 else { return }
        let body = inner.inset(bottom: 1)
        let (all, _) = lines(width: body.width, format: format)
        LinesView.render(all, scroll: scroll, into: &buffer, in: body, theme: theme)
        let hint = "↑↓ PgUp PgDn scroll · Esc close"
        buffer.put(hint, x: inner.x, y: inner.maxY - 1, style: theme[.muted], maxWidth: inner.width)
    }
}
