import CaseloadCore
import CaseloadStore
import TerminalKit

enum EmployersMessage {
    case found([Employer], query: String)
    case saved(Employer)
}

enum EmployersAction: Sendable { case new, edit, navigate }

/// The employer list (F10 → Employers): type to search by name, contact or sector (every word
/// typed must match), `n` adds one, Enter or `e` edits one. "Major" marks 30 or more employees.
struct EmployersModel: ScreenModel {
    let context: ScreenContext
    let ascii: Bool
    private(set) var search = TextFieldState("", placeholder: "type part of a name, contact or sector", maxLength: 60)
    private(set) var employers: [Employer] = []
    private(set) var list = ListState()
    private(set) var visibleRows = 10
    private(set) var form: EmployerForm?

    nonisolated static let limit = 500

    init(context: ScreenContext, ascii: Bool = false) { self.context = context; self.ascii = ascii }

    var title: String { "Employers" }
    var selected: Employer? { employers.indices.contains(list.selected) ? employers[list.selected] : nil }
    var isEditingText: Bool { true }   // the search field has the keyboard
    var hasUnsavedInput: Bool { form?.dialog.hasTypedText ?? false }

    var keymap: Keymap<EmployersAction> {
        let edits = context.can(.editActionPlan) ? nil : Permission.editActionPlan.refusal
        return Keymap([
            KeyBinding([.ctrl("n")], .new, help: "New employer", group: "Employer", showInFooter: true, disabledReason: edits),
            KeyBinding([.enter], .edit, help: "Edit", group: "Employer", showInFooter: true,
                       disabledReason: edits ?? (selected == nil ? "no employer selected" : nil)),
            KeyBinding([.up, .down, .pageUp, .pageDown], .navigate, help: "Move", group: "Navigation"),
        ])
    }

    var footerKeys: Keymap<Int> {
        if form != nil { return Keymap([KeyBinding([.tab], 0, help: "Next field", showInFooter: true),
                                        KeyBinding([.ctrl("s")], 1, help: "Save", showInFooter: true),
                                        KeyBinding([.escape], 2, help: "Cancel", showInFooter: true)]) }
        return Keymap(keymap.bindings.enumerated().map { i, b in
            KeyBinding(b.keys, i, help: b.help, group: b.group, showInFooter: b.showInFooter, disabledReason: b.disabledReason)
        })
    }

    mutating func update(_ input: ScreenInput<EmployersMessage>) -> [Effect<EmployersMessage>] {
        switch input {
        case .reload, .reappeared, .summoned:
            guard context.can(.viewActionPlan) else { return [.back, .status(Permission.viewActionPlan.refusal, isError: true)] }
            return [.findEmployers(search.text)]
        case .loaded(.found(let found, let query)):
            guard query == search.text else { return [] }   // an older search's answer
            let keep = selected?.id
            employers = found
            let index = keep.flatMap { k in found.firstIndex { $0.id == k } } ?? 0
            list.select(index, itemCount: found.count, visibleRows: visibleRows)
            return []
        case .loaded(.saved(let e)):
            form = nil
            return [.status("Saved \(e.name)" + (e.isMajor ? " (major employer)." : ".")), .findEmployers(search.text)]
        case .failed(let failure):
            if case StoreError.invalid(let problems) = failure.error, var f = form { f.dialog.show(problems); form = f }
            else if case StoreError.staleVersion = failure.error { form = nil; return [.findEmployers(search.text)] }
            return []
        case .laidOut(let rect):
            visibleRows = Table.bodyRows(forHeight: EmployersView.tableRect(in: rect).height)
            return []
        case .key(let key): return form == nil ? handle(key) : handleForm(key)
        case .idle: return []
        }
    }

    private mutating func handle(_ key: Key) -> [Effect<EmployersMessage>] {
        switch keymap.lookup(key) {
        case .run(.new):
            var f = EmployerForm(editing: nil, today: context.today)
            if !search.text.isEmpty, case .text(var t)? = f.dialog.form["name"]?.control {
                t.text = search.text; f.dialog.form["name"]?.control = .text(t)   // what was searched for is the likely name
            }
            form = f
            return [.handled]
        case .run(.edit): form = selected.map { EmployerForm(editing: $0, today: context.today) }; return [.handled]
        case .run(.navigate):
            _ = list.handle(key, itemCount: employers.count, visibleRows: visibleRows)
            return [.handled]
        case .disabled(let reason): return [.status(reason, isError: true)]
        case .unbound: break
        }
        if key == .escape { return search.text.isEmpty ? [] : { search.text = ""; return [.findEmployers("")] }() }
        if search.handle(key, width: 60) == .changed { return [.findEmployers(search.text)] }
        return []
    }

    private mutating func handleForm(_ key: Key) -> [Effect<EmployersMessage>] {
        guard var f = form else { return [] }
        let outcome = f.dialog.handle(key)
        form = f
        switch outcome {
        case .cancel: form = nil
        case .none: break
        case .submit:
            switch f.employer() {
            case .success(let e): return [.saveEmployer(e)]
            case .failure(let p): f.dialog.show(p.problems); form = f
            }
        }
        return [.handled]
    }

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        EmployersView(model: self).render(into: &buffer, in: rect, theme: theme)
    }

    func overlay(into buffer: inout ScreenBuffer, theme: Theme) {
        form?.dialog.render(into: &buffer, in: buffer.area.inset(top: 1, bottom: 2), theme: theme, ascii: ascii)
    }
}

extension Effect where Message == EmployersMessage {
    static func findEmployers(_ query: String) -> Self {
        .read("search the employers") { env in
            .found(try env.db.employers(matching: query, limit: EmployersModel.limit), query: query)
        }
    }

    static func saveEmployer(_ employer: Employer) -> Self {
        .write("save the employer") { env in
            .saved(employer.id == nil ? try env.db.addEmployer(employer, by: env.actor)
                                      : try env.db.updateEmployer(employer, by: env.actor, today: env.today))
        }
    }
}
