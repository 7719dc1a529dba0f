/// Why a day is not a business day.
public enum DayClosure: Hashable, Sendable, CustomStringConvertible {
    /// A statutory holiday or its observed substitute.
    case holiday(Holiday)
    /// An agency closure day an administrator entered (for every site or one site).
    case agencyClosure(reason: String)
    case weekend

    /// "Christmas Day", "Boxing Day (observed)", "agency closure: staff training", "weekend".
    public var description: String {
        switch self {
        case .holiday(let h): return h.name
        case .agencyClosure(let reason): return "agency closure: \(reason)"
        case .weekend: return "weekend"
        }
    }
}

/// A closed day met while counting business days, kept so due dates can explain themselves.
public struct ClosedDay: Hashable, Sendable {
    public let date: LocalDate
    public let closure: DayClosure
    public init(date: LocalDate, closure: DayClosure) { self.date = date; self.closure = closure }
}
