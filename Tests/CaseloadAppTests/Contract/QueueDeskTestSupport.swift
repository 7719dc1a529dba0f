import CaseloadCore
import CaseloadStore
import Foundation
import GRDB
import TerminalKit
@testable import CaseloadApp
@testable import CaseloadStore

extension Array {
    /// The reads and writes among a model's effects, as "read: <doing>" / "write: <doing>" (closures
    /// cannot be compared; what they are for can).
    var askedFor: [String] {
        compactMap { element -> String? in
            guard let effect = element as? any EffectDoing else { return nil }
            return effect.doingText
        }
    }
}

extension Array {
    /// Only `.handled`: the key was used and nothing else follows.
    var effectsAreOnlyHandled: Bool {
        !isEmpty && allSatisfy { element in
            guard let e = element as? any EffectDoing else { return false }
            return e.doingText == nil && (e as? any EffectCommand)?.appCommand == nil
        }
    }
}


/// People and places for the pure `update` tests (no database: ids are made up).
@MainActor enum PureFixture {
    static let site = Site(id: 1, name: "London Central")
    static let otherSite = Site(id: 2, name: "St. Thomas")
    static let desk = StaffMember(id: 1, username: "ebrooks", fullName: "Emma Brooks", role: .frontDesk, siteID: 1)
    static let caseworker = StaffMember(id: 2, username: "arahman", fullName: "Dana Lee", role: .caseworker, siteID: 1)
    static let otherCaseworker = StaffMember(id: 3, username: "mroy", fullName: "Marie Roy", role: .caseworker, siteID: 1)
    static let supervisor = StaffMember(id: 4, username: "dlee", fullName: "Sam Boss", role: .supervisor, siteID: 1)
    static let admin = StaffMember(id: 5, username: "mokafor", fullName: "Mo Okafor", role: .admin, siteID: 1)

    static func context(_ actor: StaffMember, minute: Int = 14 * 60) -> ScreenContext {
        ScreenContext(actor: actor, today: AppFixture.today,
                      now: AppFixture.today.startInstant(in: AppFixture.zone).addingTimeInterval(TimeInterval(minute * 60)), zone: AppFixture.zone)
    }

    /// A client as the store's search hands it back (decoded from a row, as the store does).
    static func client(_ id: Int64, _ first: String, _ last: String, caseworker: Int64? = 2) -> ClientSummary {
        let row: Row = ["id": id, "cams_reference": nil, "first_name": first, "last_name": last, "preferred_name": nil,
                        "date_of_birth": "1990-03-04", "phone": "519-555-0100", "status": "Active", "caseworker_id": caseworker, "site_id": 1]
        return try! ClientSummary(row: row)
    }

    /// One line of a day sheet, decoded by position as the store decodes it (`DaySheetRow.selection`).
    static func daySheetRow(_ a: Appointment, first: String, last: String, caseworker: String = "Dana Lee") -> DaySheetRow {
        let row: Row = ["id": a.id, "client_id": a.clientID, "staff_id": a.staffID, "site_id": a.siteID, "day": a.day.iso,
                        "start_minute": a.startMinute, "length_minutes": a.lengthMinutes, "purpose": a.purpose, "status": a.status.rawValue,
                        "status_reason": a.statusReason, "cancelled_by": nil, "checked_in_at": nil, "is_walk_in": a.isWalkIn,
                        "rescheduled_to": a.rescheduledTo, "version": a.version, "first_name": first, "last_name": last,
                        "preferred_name": nil, "date_of_birth": nil, "phone": nil, "full_name": caseworker, "day": nil, "start_minute": nil]
        return try! DaySheetRow(row: row)
    }
}
