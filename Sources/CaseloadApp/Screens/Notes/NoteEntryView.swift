import CaseloadCore
import Foundation
import TerminalKit

/// Draws the note form: who it is for, any warning, the note being amended (read-only), the fields.
struct NoteEntryView {
    let state: NoteEntryState
    let now: Date
    let zone: TimeZone

    /// Lines above the form.
    func headerLines(width: Int, maxOriginalLines: Int) -> [StyledLine] {
        var out = [StyledLine([Span(" \(state.clientName)", .label),
                               Span(" · Communication and Type are required (SOP 5) · Ctrl-S saves", .muted)])]
        if let error = state.saveError {
            out += TextWrap.wrap("✗ " + error, width: max(10, width - 2)).prefix(4).map { StyledLine(" " + $0, .error) }
        } else if let late = state.lateEntryHint(now: now, zone: zone) {
            out.append(StyledLine(" ! " + late, .warning))
        }
        guard let original = state.original else { return out }
        if original.type == CaseNote.consentType || original.type == CaseNote.contactAttemptType {
            out.append(StyledLine(" An amendment corrects text only; a new attempt or consent is a new note (n).", .muted))
        }
        out.append(.blank)
        var panel = [StyledLine]()
        for (i, note) in state.thread.enumerated() {
            let who = state.authorNames[note.authorID] ?? "staff #\(note.authorID)"
            let when = "\(LocalDate(note.interactionAt, in: zone).medium) \(NoteEntryForm.clock(note.interactionAt, in: zone))"
            let what = i == 0 ? "Amending note #\(note.id ?? 0)" : "  ↳ already amended by #\(note.id ?? 0)"
            panel.append(StyledLine([Span(" \(what)", .header), Span(" · \(when) · \(note.communication) · \(note.type) · \(who)", .muted)]))
            if i == 0 {
                if !note.subject.isEmpty, !note.body.hasPrefix(note.subject) { panel.append(StyledLine(" │ " + note.subject, .label)) }
                panel += TextWrap.wrap(note.body, width: max(10, width - 3)).map { StyledLine(" │ " + $0) }
            }
        }
        if panel.count > maxOriginalLines {
            panel = Array(panel.prefix(max(1, maxOriginalLines - 1)))
            panel.append(StyledLine(" │ … (the whole note: Esc, then Enter on it in the Notes tab)", .muted))
        }
        return out + panel
    }

    func formRect(in rect: Rect) -> Rect {
        let top = rect.y + headerLines(width: rect.width, maxOriginalLines: max(3, rect.height / 3)).count + 1
        return Rect(x: rect.x + 1, y: top, width: max(0, rect.width - 2), height: max(1, rect.maxY - top))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard state.isReady, rect.height > 4 else { return }
        let lines = headerLines(width: rect.width, maxOriginalLines: max(3, rect.height / 3))
        LinesView.render(lines, scroll: 0, into: &buffer, in: Rect(x: rect.x, y: rect.y, width: rect.width, height: lines.count), theme: theme)
        Form.render(state.form, into: &buffer, in: formRect(in: rect), theme: theme)
    }
}
