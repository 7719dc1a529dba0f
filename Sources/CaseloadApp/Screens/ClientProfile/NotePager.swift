import CaseloadCore
import TerminalKit

/// One case note, read-only, scrolled with the arrows; Esc, q or Enter closes it.
struct NotePager: Hashable {
    var note: CaseNote
    var authorName: String
    var scroll = 0
    /// Lines and rows of the last frame, so paging stops at the end.
    var lastMaxScroll = 0
    var lastRows = 10

    enum Outcome { case none, close }

    mutating func handle(_ key: Key) -> Outcome {
        let page = max(1, lastRows - 1)
        switch key {
        case .escape, .enter, .char("q"): return .close
        case .up, .char("k"): scroll -= 1
        case .down, .char("j"): scroll += 1
        case .pageUp: scroll -= page
        case .pageDown, .char(" "): scroll += page
        case .home, .char("g"): scroll = 0
        case .end, .char("G"): scroll = lastMaxScroll
        default: break
        }
        scroll = min(max(0, scroll), lastMaxScroll)
        return .none
    }

    func lines(width: Int, format: ProfileFormat) -> [StyledLine] {
        var out = [StyledLine([Span(format.longDateTime(note.interactionAt), .label),
                               Span(" · \(note.communication) · \(note.type) · \(authorName)", .normal)])]
        if let amends = note.amends { out.append(StyledLine("Amends note #\(amends)", .muted)) }
        out.append(StyledLine("Entered \(format.longDateTime(note.enteredAt))", .muted))
        out.append(.blank)
        out += TextWrap.wrap(note.body, width: width).map { StyledLine($0) }
        return out
    }

    /// Draws over `area` (the tab body) and remembers how far it can scroll.
    mutating func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, format: ProfileFormat, ascii: Bool) {
        let title = note.subject.isEmpty ? "Note" : note.subject
        let inner = Box(title: title, borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii)
            .render(into: &buffer, in: area, theme: theme).inset(left: 1, right: 1)
        guard inner.height > 1 else { return }
        let body = inner.inset(bottom: 1)
        let all = lines(width: body.width, format: format)
        lastRows = body.height
        lastMaxScroll = LinesView.maxScroll(lineCount: all.count, height: body.height)
        scroll = min(scroll, lastMaxScroll)
        LinesView.render(all, scroll: scroll, into: &buffer, in: body, theme: theme)
        let hint = "↑↓ PgUp PgDn scroll · Esc close"
        buffer.put(hint, x: inner.x, y: inner.maxY - 1, style: theme[.muted], maxWidth: inner.width)
    }
}
