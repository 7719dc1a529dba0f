import Foundation

public enum AppointmentStatus: String, Codable, CaseIterable, Sendable {
    case scheduled = "Scheduled", attended = "Attended", late = "Late", noShow = "No Show",
         cancelled = "Cancelled", rescheduled = "Rescheduled"

    /// Resolved statuses can be reverted to Scheduled.
    public var isResolved: Bool { self != .scheduled }
}

public enum CancelledBy: String, Codable, CaseIterable, Sendable { case client = "Client", staff = "Staff" }

/// A booked meeting. Walk-ins are appointments created at check-in.
public struct Appointment: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var clientID: Int64
    public var staffID: Int64
    public var siteID: Int64
    public var day: LocalDate
    /// Minutes after midnight, local to the site.
    public var startMinute: Int
    public var lengthMinutes: Int
    public var purpose: String
    public var status: AppointmentStatus
    public var statusReason: String?
    public var cancelledBy: CancelledBy?
    public var checkedInAt: Date?
    public var isWalkIn: Bool
    /// Set on the old appointment when rescheduled, pointing at the new one.
    public var rescheduledTo: Int64?
    public var version: Int

    public init(id: Int64? = nil, clientID: Int64, staffID: Int64, siteID: Int64, day: LocalDate, startMinute: Int,
                lengthMinutes: Int = 60, purpose: String, status: AppointmentStatus = .scheduled,
                statusReason: String? = nil, cancelledBy: CancelledBy? = nil, checkedInAt: Date? = nil,
                isWalkIn: Bool = false, rescheduledTo: Int64? = nil, version: Int = 0) {
        self.id = id; self.clientID = clientID; self.staffID = staffID; self.siteID = siteID; self.day = day
        self.startMinute = startMinute; self.lengthMinutes = lengthMinutes; self.purpose = purpose
        self.status = status; self.statusReason = statusReason; self.cancelledBy = cancelledBy
        self.checkedInAt = checkedInAt; self.isWalkIn = isWalkIn; self.rescheduledTo = rescheduledTo; self.version = version
    }

    /// "09:30"
    public var startText: String {
        let h = startMinute / 60, m = startMinute % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}

extension Appointment {
    /// A voided walk-in is kept as cancelled by staff, its reason starting with this.
    public static let voidedWalkInPrefix = "Walk-in voided: "
    public static func voidedWalkInReason(_ reason: String) -> String { voidedWalkInPrefix + reason }

    /// A walk-in someone voided as entered by mistake (see `CaseloadDatabase.voidWalkIn`).
    public var isVoidedWalkIn: Bool {
        isWalkIn && status == .cancelled && (statusReason?.hasPrefix(Self.voidedWalkInPrefix) ?? false)
    }
}
