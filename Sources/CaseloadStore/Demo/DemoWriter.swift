import CaseloadCore
import Foundation
import GRDB

/// Writes `DemoGenerator` output into a database, streaming: one client's story at a time, committed
/// in batches, so 100,000 clients never sit in memory at once. Synthetic records are not audited one
/// by one; a single audit row records that demo data was generated, by whom, with which seed.
extension CaseloadDatabase {
    public struct DemoSummary: Sendable {
        public var clients = 0, notes = 0, appointments = 0, employments = 0, staff = 0
    }

    /// Refuses a database that already holds clients, so demo people never mix with real ones.
    public func fillWithDemoData(_ generator: DemoGenerator, by staff: StaffMember,
                                 batchSize: Int = 2_000, progress: (Int) -> Void = { _ in }) throws -> DemoSummary {
        let existing = try clientCount()
        guard existing == 0 else { throw StoreError.invalid([.init(field: "db", message: "the database already holds \(existing) clients: demo data goes into a new, empty database (choose another --db)")]) }
        var summary = DemoSummary()
        var ids = try write { db in try DemoIDs.insertStaffAndSites(generator, db: db) }
        summary.staff = ids.staff.count
        var index = 0
        while index < generator.clientCount {
            let end = min(generator.clientCount, index + batchSize)
            try write { db in
                for i in index..<end {
                    try DemoIDs.insert(generator.client(at: i), ids: &ids, generator: generator, db: db, summary: &summary)
                }
            }
            index = end
            progress(index)
        }
        try write { db in
            try db.appendAudit(.insert, recordType: "demo_data", recordID: nil,
                               changes: "{\"clients\":\(summary.clients),\"seed\":\(generator.seed)}", by: staff.id, at: Date())
        }
        return summary
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
