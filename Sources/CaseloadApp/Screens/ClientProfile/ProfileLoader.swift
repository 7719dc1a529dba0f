import CaseloadCore
import CaseloadStore

/// Reads one client's profile for the acting role: only the parts its tabs may show are read at all
/// (the store checks the same permissions again). Called from the profile's `.read` effect, inside
/// the one snapshot the shell opens for it: every read here joins that transaction (the follow-up
/// queue's second connection stays off inside a snapshot), so the tabs show one commit.
enum ProfileLoader {
    static func load(clientID: Int64, env: AppEnvironment) throws -> ProfileData {
        let db = env.db, actor = env.actor
        let summary = try db.clientSummary(id: clientID, by: actor)
        // A retired file (issue #19) has nothing left to list: its appointments moved to the kept file,
        // and reading them asks for appointment rights, which a read-only file refuses.
        let mergedInto = try db.mergePointer(retiredClientID: clientID)
        var data = ProfileData(summary: summary, appointments: mergedInto == nil ? try db.profileAppointments(clientID: clientID, by: actor) : [])
        data.mergedInto = mergedInto
        if env.can(.viewClientDetails) {
            let client = try db.client(id: clientID, by: actor)
            data.client = client
            let staff = try db.listStaff(includeInactive: true)
            data.caseworkerName = client.caseworkerID.flatMap { id in staff.first { $0.id == id }?.fullName }
            data.siteName = try client.siteID.flatMap { id in try db.sites().first { $0.id == id }?.name }
            data.statusChanges = try db.statusHistory(clientID: clientID, by: actor)
            data.consents = try db.profileConsents(clientID: clientID, by: actor)
            data.contactAttempts = try db.contactAttempts(clientID: clientID)
            data.assessment = .some(try db.profileAssessment(clientID: clientID, by: actor))
            data.employments = try db.profileEmployments(clientID: clientID, by: actor)
        }
        if env.can(.viewActionPlan) {
            data.plan = .some(try db.profilePlan(clientID: clientID, by: actor))
            data.referralsOut = try db.referralsOut(clientID: clientID, by: actor)
        }
        if env.can(.readNoteBodies) {
            data.notes = try db.noteHeaders(clientID: clientID, by: actor)
            let calendars = try db.businessCalendars()
            data.noteCalendar = data.client?.siteID.flatMap { calendars.sites[$0] } ?? calendars.agency
        }
        if env.can(.viewFollowUps) {
            data.followUps = try db.profileFollowUps(clientID: clientID, by: actor)
            data.dueItems = try db.followUpQueue(asOf: env.today, now: env.now, scope: FollowUpScope(clientID: clientID), zone: env.zone, by: actor)
        }
        if env.can(.viewAudit) { data.history = try db.clientHistory(clientID: clientID, by: actor) }
        return data
    }

    /// The notes whose subject or body hold every word (the store matches; bodies never reach the
    /// screen's state); nil when nothing is searched or the role may not read notes.
    static func noteMatches(clientID: Int64, words: String, env: AppEnvironment) throws -> Set<Int64>? {
        guard !words.isEmpty, env.can(.readNoteBodies) else { return nil }
        return try env.db.noteIDs(clientID: clientID, matching: words, by: env.actor)
    }

    /// Active caseworkers, for the reassign chooser.
    static func caseworkers(env: AppEnvironment) throws -> [StaffMember] {
        try env.db.listStaff(includeInactive: false).filter { $0.role == .caseworker }
    }
}
