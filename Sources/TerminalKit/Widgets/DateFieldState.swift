/// A text field for dates: `YYYY-MM-DD`, `today`, or `+3` / `-2` days from `today`.
/// Shows the weekday beside a valid date and the reason beside an invalid one.
public struct DateFieldState: Hashable, Sendable {
    public var field: TextFieldState
    /// The day `today`, `+N` and `-N` count from (the caller's clock, so tests are stable).
    public var today: CalendarDay
    /// Whether an empty field is acceptable (no date).
    public var allowsEmpty: Bool
    /// The days the caller accepts; a day outside them is invalid, so `value` never gives it.
    public var limits: Limits?

    /// The first and last acceptable day, and what to say after a day outside them ("is in the future: …").
    public struct Limits: Hashable, Sendable {
        public var earliest: CalendarDay, latest: CalendarDay
        public var tooEarly: String, tooLate: String
        public init(earliest: CalendarDay, latest: CalendarDay, tooEarly: String, tooLate: String) {
            self.earliest = earliest; self.latest = latest; self.tooEarly = tooEarly; self.tooLate = tooLate
        }
    }

    public init(_ text: String = "", today: CalendarDay, allowsEmpty: Bool = true, limits: Limits? = nil) {
        field = TextFieldState(text, placeholder: "YYYY-MM-DD", maxLength: 16)
        self.today = today; self.allowsEmpty = allowsEmpty; self.limits = limits
    }

    public enum Parsed: Hashable, Sendable {
        case empty
        case valid(CalendarDay)
        case invalid(String)
    }

    /// What the current text means.
    public var parsed: Parsed {
        let parsed = Self.parse(field.text, today: today)
        guard case .valid(let day) = parsed, let limits else { return parsed }
        if day < limits.earliest { return .invalid("\(day.iso) \(limits.tooEarly)") }
        if day > limits.latest { return .invalid("\(day.iso) \(limits.tooLate)") }
        return parsed
    }

    /// The date, if the text is a valid one.
    public var value: CalendarDay? { if case .valid(let d) = parsed { return d }; return nil }

    /// Why the text is not acceptable, or nil when it is.
    public var error: String? {
        switch parsed {
        case .valid: return nil
        case .empty: return allowsEmpty ? nil : "Enter a date (YYYY-MM-DD, today, +3)"
        case .invalid(let why): return why
        }
    }

    public static func parse(_ raw: String, today: CalendarDay) -> Parsed {
        let text = raw.strippingSpaces.lowercased()
        if text.isEmpty { return .empty }
        if text == "today" { return .valid(today) }
        if text == "tomorrow" { return .valid(today.adding(days: 1)) }
        if text == "yesterday" { return .valid(today.adding(days: -1)) }
        if let sign = text.first, sign == "+" || sign == "-" {
            guard let n = Int(text.dropFirst()), text.count > 1, n <= 36_500 else {
                return .invalid("Use +N or -N for days from today, e.g. +3")
            }
            return .valid(today.adding(days: sign == "+" ? n : -n))
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
            return .invalid("Not a date: use YYYY-MM-DD, today, +3 or -2")
        }
        guard (1...12).contains(m) else { return .invalid("No month \(m): use 01 to 12") }
        guard d >= 1 else { return .invalid("No day \(d): days start at 01") }
        guard let day = CalendarDay(year: y, month: m, day: d) else {
            return .invalid("\(CalendarDay.monthNames[m - 1]) \(y) has \(CalendarDay.daysIn(month: m, year: y)) days")
        }
        return .valid(day)
    }

    /// Typing goes to the field; Enter rewrites a valid entry as `YYYY-MM-DD` and submits (an invalid one stays).
    public mutating func handle(_ key: Key, width: Int? = nil) -> KeyOutcome {
        if key == .enter {   // only an acceptable entry submits
            if let day = value { field.text = day.iso; return .submitted }
            return error == nil ? .submitted : .consumed
        }
        return field.handle(key, width: width)
    }

    /// Rewrites `+3`/`today` as an ISO date (call when focus leaves the field).
    public mutating func normalize() { if let day = value, field.text != day.iso { field.text = day.iso } }

    /// Width the input part takes; the note (weekday or error) goes to its right.
    public static let inputWidth = 12

    /// Draws the input and, to its right, `Wed 24 Dec 2025` or the error. `showsProblem: false` leaves
    /// the error out, for a form that already shows the field's message in full under it.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme, focused: Bool, showsProblem: Bool = true) {
        guard !rect.isEmpty else { return }
        let inputWidth = min(rect.width, Self.inputWidth)
        field.render(into: &buffer, in: Rect(x: rect.x, y: rect.y, width: inputWidth, height: 1), theme: theme, focused: focused)
        let noteX = rect.x + inputWidth + 1
        let room = rect.maxX - noteX
        guard room > 0 else { return }
        switch parsed {
        case .valid(let day): buffer.put(day.longText, x: noteX, y: rect.y, style: theme[.muted], maxWidth: room)
        case .invalid(let why) where showsProblem: buffer.put("\(theme.errorMarker) \(why)".truncated(toWidth: room), x: noteX, y: rect.y, style: theme[.error])
        case .invalid, .empty: break
        }
    }
}
