import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

enum NoteEntryAction: Sendable { case save, cancel, fields }

/// Writes a case note (SOP 2: every interaction, immediately) or an amendment to one.
/// A saved note is never edited: an amendment is a new note linked to the original.
@MainActor final class NoteEntryScreen: Screen {
    private let env: AppEnvironment
    private(set) var state: NoteEntryState

    init(env: AppEnvironment, clientID: Int64, amends: Int64?) {
        self.env = env
        state = NoteEntryState(clientID: clientID, amends: amends)
    }

    var title: String { state.amends == nil ? "New case note" : "Amend a case note" }
    var hasUnsavedInput: Bool { state.isDirty }
    var isEditingText: Bool { true }
    var helpKeymap: Keymap<Int> { keymap.forHelp }

    private var keymap: Keymap<NoteEntryAction> {
        Keymap([
            KeyBinding([.ctrl("s")], .save, help: "Save", group: "Note", showInFooter: true),
            KeyBinding([.tab], .fields, help: "Next field", group: "Note", showInFooter: true),
            KeyBinding([.backTab], .fields, help: "Previous field", group: "Note"),
            KeyBinding([.enter, .char(" ")], .fields, help: "Open a list (type to filter, Enter picks)", group: "Note", showInFooter: true),
            KeyBinding([.escape], .cancel, help: state.isDirty ? "Cancel (asks first)" : "Cancel", group: "Note", showInFooter: true),
        ])
    }

    func handle(_ event: ScreenEvent) -> [AppCommand] {
        switch event {
        case .reload, .reappeared: return state.isReady ? [] : prepare()
        case .key(let key): return handleKey(key)
        }
    }

    private func handleKey(_ key: Key) -> [AppCommand] {
        if let dialog = state.confirmDiscard {
            switch dialog.answer(for: key) {
            case .yes: state.confirmDiscard = nil; return [.back]
            case .no: state.confirmDiscard = nil; return [.status("Kept your note; carry on.", isError: false)]
            case nil: return []
            }
        }
        guard state.isReady else { return key == .escape ? [.back] : [] }
        if key == .ctrl("s"), !state.focusedDropdownIsOpen { return save() }
        let typeBefore = state.type
        switch state.form.handle(key, width: state.formWidth) {
        case .cancelled: return cancel()
        case .submitted: return key == .ctrl("s") ? save() : []
        default: break
        }
        if state.type != typeBefore { state.typeChanged() }
        return []
    }

    private func cancel() -> [AppCommand] {
        guard state.isDirty else { return [.back] }
        state.confirmDiscard = ConfirmDialog(title: "Discard this note?",
                                             message: ["It has not been saved.", "y discards it; n or Esc goes back to it."],
                                             defaultAnswer: .no)
        return []
    }

    // MARK: effects

    private func prepare() -> [AppCommand] {
        guard env.can(.writeNotes) else { return [.back, .status(Permission.writeNotes.refusal, isError: true)] }
        do {
            let client = try env.db.clientSummary(id: state.clientID)
            let original = try state.amends.map { try env.db.note(id: $0, by: env.actor) }
            let types = try env.db.valueList(.noteType).map(\.value)
            var templates: [String: String] = [:]
            for type in types { if let t = try env.db.noteTemplate(forType: type) { templates[type] = t } }
            state.prepare(clientName: client.sortName, original: original,
                          communications: try env.db.valueList(.communication).map(\.value), types: types,
                          methods: try env.db.valueList(.contactMethod).map(\.value), templates: templates,
                          today: env.today, time: NoteEntryForm.clock(env.now, in: env.zone))
            return []
        } catch {
            return [.back, .status("Could not open the note form: \(error)", isError: true)]
        }
    }

    private func save() -> [AppCommand] {
        let problems = state.problems(today: env.today)
        if !problems.isEmpty {
            state.form.setErrors(problems)
            return [.status("Not saved: \(problems.count) field\(problems.count == 1 ? " needs" : "s need") attention.", isError: true)]
        }
        state.form.setErrors([:])
        let note = state.note(authorID: env.actor.id ?? 0, zone: env.zone, now: env.now)
        do {
            if state.isContactAttempt, let method = state.attemptMethod, let result = state.attemptResult {
                _ = try env.db.addContactAttempt(ContactAttempt(clientID: state.clientID, staffID: env.actor.id ?? 0,
                                                                attemptedAt: note.interactionAt, method: method, result: result),
                                                 note: note, by: env.actor)
            } else {
                _ = try env.db.addCaseNote(note, by: env.actor)
            }
            state.markSaved()
            return [.back, .status(state.amends == nil ? "Note saved for \(state.clientName)." : "Amendment saved; the original is kept.", isError: false)]
        } catch StoreError.invalid(let problems) {
            state.form.setErrors(Dictionary(problems.map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a }))
            return [.status("Not saved: \(problems.first?.message ?? "check the fields").", isError: true)]
        } catch {
            // Whatever the store refused, the typed note stays on screen.
            return [.status("Not saved: \(error) Your note is kept.", isError: true)]
        }
    }

    // MARK: view

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard state.isReady, rect.height > 4 else { return }
        var y = rect.y
        buffer.put(" \(state.clientName) · every interaction noted now (SOP 2); Communication and Type are required (SOP 5)",
                   x: rect.x, y: y, style: theme[.muted], maxWidth: rect.width)
        y += 1
        if let original = state.original {
            buffer.put(" Amends \(LocalDate(original.interactionAt, in: env.zone).medium) \(original.type): \(original.subject)",
                       x: rect.x, y: y, style: theme[.header], maxWidth: rect.width)
            y += 1
            let first = original.body.split(separator: "\n").first.map(String.init) ?? ""
            buffer.put("   " + first, x: rect.x, y: y, style: theme[.muted], maxWidth: rect.width)
            y += 1
        }
        let formRect = Rect(x: rect.x + 1, y: y + 1, width: rect.width - 2, height: rect.maxY - y - 1)
        state.formWidth = max(10, formRect.width - state.form.labelWidth)
        Form.render(state.form, into: &buffer, in: formRect, theme: theme)
    }

    func renderFooter(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        keymap.renderFooter(into: &buffer, in: rect, theme: theme)
    }

    func renderOverlay(into buffer: inout ScreenBuffer, theme: Theme) {
        guard let dialog = state.confirmDiscard else { return }
        buffer.cursor = nil
        dialog.render(into: &buffer, in: buffer.area, theme: theme, ascii: env.asciiBorders)
    }
}
