import CaseloadCore
import CaseloadStore
import TerminalKit

/// The reschedule modal: new date and time (and why), for the selected appointment.
/// Tab moves between fields, Enter on the last field or ^S saves, Esc backs out.
struct RescheduleDialog {
    enum ID { static let date = "date", time = "time", reason = "reason" }
    enum Outcome: Equatable { case none, cancelled, submit(day: LocalDate, startMinute: Int, reason: String) }

    let row: DaySheetRow
    var form: FormState
    /// Esc after changing a field asks first.
    private(set) var discard = DiscardQuestion()
    private var initialValues: [String: String] = [:]

    init(row: DaySheetRow, today: LocalDate) {
        self.row = row
        let next = row.appointment.day < today ? today : row.appointment.day.adding(days: 1)
        form = FormState(fields: [
            FormField(id: ID.date, label: "New date", control: .date(DateFieldState(next.iso, today: today, allowsEmpty: false, accepting: .anyDay))),
            FormField(id: ID.time, label: "Time", control: .text(TextFieldState(row.appointment.startText, placeholder: "HH:MM", maxLength: 8))),
            FormField(id: ID.reason, label: "Reason", control: .text(TextFieldState("", placeholder: "optional, e.g. \(CommonReasons.rescheduled[0])", maxLength: 200))),
        ])
        initialValues = form.meaningfulValues
    }

    var hasTypedText: Bool { form.meaningfulValues != initialValues }

    var title: String { "Reschedule \(row.clientSortName) · \(row.appointment.startText) \(row.appointment.day.medium)" }

    mutating func handle(_ key: Key) -> Outcome {
        switch discard.filter(key, escapeWouldDiscard: hasTypedText) {
        case .discard: return .cancelled
        case .stay: return .none
        case .passOn: break
        }
        let submitting = key == .ctrl("s") || (key == .enter && form.focusedID == ID.reason)
        if !submitting {
            return form.handle(key, width: 50) == .cancelled ? .cancelled : .none
        }
        var errors: [String: String] = [:]
        var day: LocalDate?
        if case .date(let d)? = form[ID.date]?.control {
            if let value = d.value { day = FrontDeskTime.localDate(value) } else { errors[ID.date] = d.error ?? "Enter the new date." }
        }
        let minute = FrontDeskTime.parse(form.values[ID.time] ?? "")
        if minute == nil { errors[ID.time] = FrontDeskTime.timeHelp }
        form.setErrors(errors)
        guard let day, let minute else { return .none }
        return .submit(day: day, startMinute: minute, reason: (form.values[ID.reason] ?? "").trimmingCharacters(in: .whitespaces))
    }

    /// Shows the store's refusal on the field it names.
    mutating func show(_ problems: [FieldError]) {
        var errors: [String: String] = [:]
        for p in problems { errors[p.field == "start" || p.field == "length" ? ID.time : (p.field == "status" ? ID.reason : ID.date)] = p.message }
        form.setErrors(errors)
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, ascii: Bool) {
        let rows = 3 + form.fields.filter { $0.error != nil }.count
        let rect = area.centered(Size(width: min(area.width - 2, 72), height: min(area.height, rows + 4)))
        let inner = Box(title: title, borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii).render(into: &buffer, in: rect, theme: theme)
        guard inner.height > 1 else { return }
        let body = inner.inset(left: 1, right: 1)
        Form.render(form, into: &buffer, in: Rect(x: body.x, y: body.y, width: body.width, height: body.height - 1), theme: theme)
        buffer.put("Tab next field · Enter on Reason or ^S saves · Esc cancel", x: body.x, y: inner.maxY - 1, style: theme[.muted], maxWidth: body.width)
        discard.render(into: &buffer, in: area, theme: theme, ascii: ascii)
    }
}
