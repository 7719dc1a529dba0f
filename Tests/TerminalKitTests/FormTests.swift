import Testing
@testable import TerminalKit

struct FormTests {
    static let today = CalendarDay(year: 2025, month: 12, day: 21)!

    func makeForm() -> FormState {
        FormState(fields: [
            FormField(id: "name", label: "Name", control: .text(TextFieldState())),
            FormField(id: "contact", label: "Contact", control: .dropdown(DropdownState(options: ["Email", "Phone", "In person"]))),
            FormField(id: "due", label: "Follow-up", control: .date(DateFieldState(today: Self.today))),
            FormField(id: "notes", label: "Notes", control: .editor(TextEditorState(), rows: 2)),
        ])
    }

    func press(_ keys: [Key], _ form: inout FormState) -> [KeyOutcome] { keys.map { form.handle($0, width: 40) } }
    func type(_ text: String, _ form: inout FormState) { _ = press(text.map(Key.char), &form) }

    @Test func tabAndShiftTabFollowTheFieldOrderAndWrap() {
        var form = makeForm()
        var order = [form.focusedID]
        for _ in 0..<4 { _ = form.handle(.tab, width: 40); order.append(form.focusedID) }
        #expect(order == ["name", "contact", "due", "notes", "name"])
        _ = form.handle(.backTab, width: 40)
        #expect(form.focusedID == "notes")
        _ = form.handle(.backTab, width: 40)
        #expect(form.focusedID == "due")
    }

    @Test func aUserFillsEveryKindOfFieldAndSaves() {
        var form = makeForm()
        type("Zoë", &form)
        _ = press([.tab, .enter], &form)
        type("ph", &form)
        #expect(press([.enter], &form) == [.changed])     // chosen, and focus moves on
        type("+3", &form)
        _ = press([.tab], &form)                          // leaving the date writes it out
        type("Called", &form)
        _ = press([.enter], &form)                        // a newline in the editor, not "next field"
        type("back", &form)
        #expect(form.focusedID == "notes")
        #expect(press([.ctrl("s")], &form) == [.submitted])
        #expect(form.values == ["name": "Zoë", "contact": "Phone", "due": "2025-12-24", "notes": "Called\nback"])
    }

    /// Issue #15 item 18: every form does what the note form did: typing on a closed list opens
    /// and filters it, and a choice made with Enter moves on.
    @Test func typingOnAClosedListFiltersItAndEnterChoosesAndMovesOn() {
        var form = makeForm()
        _ = press([.tab], &form)
        type("in p", &form)
        guard case .dropdown(let open)? = form["contact"]?.control else { Issue.record("no dropdown"); return }
        #expect(open.isOpen && open.filter == "in p")
        #expect(press([.enter], &form) == [.changed])
        #expect(form.values["contact"] == "In person")
        #expect(form.focusedID == "due")
        // Enter choosing the value already chosen moves on too; Space still only opens the list.
        _ = press([.backTab, .char(" ")], &form)
        guard case .dropdown(let reopened)? = form["contact"]?.control else { return }
        #expect(reopened.isOpen && reopened.filter.isEmpty)
        #expect(press([.enter], &form) == [.consumed])
        #expect(form.focusedID == "due")
    }

    @Test func enterInAOneLineFieldMovesToTheNext() {
        var form = makeForm()
        #expect(press([.enter], &form) == [.consumed])
        #expect(form.focusedID == "contact")
    }

    @Test func errorsShowUnderTheirFieldsAndFocusGoesToTheFirst() {
        var form = makeForm()
        _ = press([.tab, .tab, .tab], &form)
        form.setErrors(["name": "Name is required", "due": "Pick a date"])
        #expect(form.focusedID == "name")
        let b = draw(40, 8) { Form.render(form, into: &$0, in: $0.area, theme: theme) }
        #expect(trimmedLines(b) == [
            "Name:",
            "           ! Name is required",
            "Contact:   Choose…                     ▼",
            "Follow-up: YYYY-MM-DD",
            "           ! Pick a date",
            "Notes:",
            "",
            "",
        ])
        #expect(b[11, 1].style == theme[.error])
        #expect(b[11, 0].style == theme[.inputFocused])
        #expect(b.cursor! == (11, 0))
    }

    @Test func editingAFieldClearsItsErrorOnly() {
        var form = makeForm()
        form.setErrors(["name": "Name is required", "due": "Pick a date"])
        type("A", &form)
        #expect(form["name"]?.error == nil)
        #expect(form["due"]?.error == "Pick a date")
        form.setError(nil, for: "due")
        #expect(!form.hasErrors)
    }

    @Test func escapeCancelsTheFormButFirstClosesAnOpenDropdown() {
        var form = makeForm()
        _ = press([.tab, .enter], &form)
        #expect(press([.escape], &form) == [.consumed])
        #expect(press([.escape], &form) == [.cancelled])
    }

    @Test func openDropdownDrawsOverTheFieldsBelow() {
        var form = makeForm()
        _ = press([.tab, .enter], &form)
        let b = draw(40, 8) { Form.render(form, into: &$0, in: $0.area, theme: theme) }
        #expect(trimmedLines(b) == [
            "Name:",
            "Contact:   Filter:                     ▼",
            "Follow-up: ┌───────────────────────────┐",
            "Notes:     │> Email                    │",
            "           │  Phone                    │",
            "           │  In person                │",
            "           └───────────────────────────┘",
            "",
        ])
    }

    @Test func focusedFieldBelowTheBottomScrollsIntoView() {
        var form = makeForm()
        _ = press([.backTab], &form)    // notes, rows 3-4
        let b = draw(40, 3) { Form.render(form, into: &$0, in: $0.area, theme: theme) }
        #expect(trimmedLines(b) == ["Follow-up: YYYY-MM-DD", "Notes:", ""])
        #expect(b.cursor! == (11, 1))
    }
}
