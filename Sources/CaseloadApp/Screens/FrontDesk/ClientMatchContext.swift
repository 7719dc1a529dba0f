import CaseloadCore
import CaseloadStore

/// What tells two people with the same name apart in a client search (#22): whose client they are,
/// and their appointment today at this site, if any.
struct ClientMatchContext: Hashable, Sendable {
    var caseworkerName: String?
    /// "10:30 Scheduled", "09:00 Attended"; nil when not booked here today.
    var today: String?

    /// For each of `clients`: the caseworker's name and the first appointment today at `siteID` that
    /// still stands (not cancelled or moved). Called inside a read effect, so it is one moment of the database.
    static func read(for clients: [ClientSummary], siteID: Int64?, in env: AppEnvironment) throws -> [Int64: ClientMatchContext] {
        guard !clients.isEmpty else { return [:] }
        let names = Dictionary(try env.db.listStaff(includeInactive: true).compactMap { s in s.id.map { ($0, s.fullName) } },
                               uniquingKeysWith: { first, _ in first })
        let wanted = Set(clients.map(\.id))
        var booked: [Int64: DaySheetRow] = [:]
        if let siteID {
            for row in try env.db.daySheet(siteID: siteID, day: env.today, by: env.actor)
            where wanted.contains(row.appointment.clientID) && booked[row.appointment.clientID] == nil
                && ![.cancelled, .rescheduled].contains(row.appointment.status) {
                booked[row.appointment.clientID] = row
            }
        }
        var out: [Int64: ClientMatchContext] = [:]
        for client in clients {
            let today = booked[client.id].map { "\($0.appointment.startText) \($0.appointment.status.rawValue)" }
            out[client.id] = ClientMatchContext(caseworkerName: client.caseworkerID.flatMap { names[$0] }, today: today)
        }
        return out
    }
}
