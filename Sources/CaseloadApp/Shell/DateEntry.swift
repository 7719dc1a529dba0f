import CaseloadCore
import TerminalKit

/// Every date field on every screen is made here, so each one refuses a day outside the range the
/// domain accepts (`AcceptedDates`) before anything counts days from it: a job starting in 9999
/// is a typing slip to point out, not checkpoints to compute.
extension DateFieldState {
    init(_ text: String = "", today: LocalDate, allowsEmpty: Bool, accepting accepted: AcceptedDates) {
        self.init(text, today: CalendarDay(today), allowsEmpty: allowsEmpty, limits: Limits(accepted))
    }
}

extension DateFieldState.Limits {
    init(_ accepted: AcceptedDates) {
        self.init(earliest: CalendarDay(accepted.earliest), latest: CalendarDay(accepted.latest),
                  tooEarly: accepted.tooEarly, tooLate: accepted.tooLate)
    }
}
