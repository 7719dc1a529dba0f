import CaseloadCore
import Foundation
import GRDB

extension CaseloadDatabase {
    public struct DemoSummary: Sendable {
        public var clients = 0, notes = 0, appointments = 0, employments = 0, staff = 0
    }
}

/// Maps the generator's local indices (staff, sites, employers, notes…) to the rows' new ids.
struct DemoIDs {
    var sites: [Int64] = []
    var staff: [Int64] = []
    var employers: [Int: Int64] = [:]

    static func insertStaffAndSites(_ generator: DemoGenerator, db: Database) throws -> DemoIDs {
        var ids = DemoIDs()
        let existingSites = try Site.fetchAll(db)
        for var site in generator.sites() {
            if let found = existingSites.first(where: { $0.name == site.name }), let id = found.id { ids.sites.append(id); continue }
            try site.insert(db); ids.sites.append(site.id!)
        }
        for (i, var member) in generator.staff().enumerated() {
            member.siteID = generator.staffSiteIndex(at: i).map { ids.sites[$0] }
            if let found = try StaffMember.filter(StaffMember.Columns.username == member.username).fetchOne(db) {
                ids.staff.append(found.id!); continue
            }
            try member.insert(db); ids.staff.append(member.id!)
        }
        return ids
    }

    mutating func employerID(_ key: Int, generator: DemoGenerator, db: Database) throws -> Int64 {
        if let id = employers[key] { return id }
        var employer = generator.employer(at: key)
        try employer.insert(db)
        employers[key] = employer.id!
        return employer.id!
    }

    static func insert(_ bundle: DemoClientBundle, ids: inout DemoIDs, generator: DemoGenerator, db: Database,
                       summary: inout CaseloadDatabase.DemoSummary) throws {
        var client = bundle.client
        client.caseworkerID = ids.staff[bundle.caseworkerIndex]
        client.siteID = ids.sites[bundle.siteIndex]
        try client.insert(db)
        let clientID = client.id!
        summary.clients += 1

        if var assessment = bundle.assessment { assessment.clientID = clientID; try assessment.insert(db) }

        var planItemIDs: [Int64] = []
        if var plan = bundle.plan {
            plan.clientID = clientID
            try plan.insert(db)
            for var item in bundle.planItems { item.planID = plan.id!; try item.insert(db); planItemIDs.append(item.id!) }
        }

        var appointmentIDs: [Int64] = []
        for demo in bundle.appointments {
            var a = demo.appointment
            a.clientID = clientID; a.staffID = ids.staff[demo.staffIndex]; a.siteID = ids.sites[demo.siteIndex]
            a.rescheduledTo = nil
            try a.insert(db); appointmentIDs.append(a.id!)
        }
        for (i, demo) in bundle.appointments.enumerated() {
            guard let target = demo.rescheduledToIndex else { continue }
            try db.execute(sql: "UPDATE appointment SET rescheduled_to = ? WHERE id = ?", arguments: [appointmentIDs[target], appointmentIDs[i]])
        }
        summary.appointments += appointmentIDs.count

        var noteIDs: [Int64] = []
        for demo in bundle.notes {
            var n = demo.note
            n.clientID = clientID; n.authorID = ids.staff[demo.authorIndex]
            n.amends = demo.amendsIndex.map { noteIDs[$0] }
            n.planItemID = demo.planItemIndex.map { planItemIDs[$0] }
            n.appointmentID = demo.appointmentIndex.map { appointmentIDs[$0] }
            try n.insert(db); noteIDs.append(n.id!)
        }
        summary.notes += noteIDs.count

        for demo in bundle.contactAttempts {
            var a = demo.attempt
            a.clientID = clientID; a.staffID = ids.staff[demo.staffIndex]; a.noteID = demo.noteIndex.map { noteIDs[$0] }
            try a.insert(db)
        }
        for demo in bundle.consents {
            var c = demo.consent
            c.clientID = clientID; c.noteID = noteIDs[demo.noteIndex]
            try c.insert(db)
        }
        for demo in bundle.employments {
            var e = demo.employment
            e.clientID = clientID; e.employerID = try ids.employerID(demo.employerKey, generator: generator, db: db)
            try e.insert(db)
            for var c in demo.checkpoints { c.employmentID = e.id!; try c.insert(db) }
        }
        summary.employments += bundle.employments.count
        for demo in bundle.financialSupports {
            var s = demo.support
            s.clientID = clientID
            s.employerID = try demo.employerKey.map { try ids.employerID($0, generator: generator, db: db) }
            s.decidedBy = demo.decidedByIndex.map { ids.staff[$0] }
            try s.insert(db)
        }
        for demo in bundle.followUps {
            var f = demo.followUp
            f.clientID = clientID; f.ownerID = ids.staff[demo.ownerIndex]; f.createdBy = ids.staff[demo.createdByIndex]
            try f.insert(db)
        }
    }
}
