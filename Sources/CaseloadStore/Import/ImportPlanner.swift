import CaseloadCore
import Foundation
import GRDB

/// Turns one parsed row into what it would write, or into its problems. Pure over the preloaded
/// lookup: no database access, so checking 100,000 rows costs no queries.
struct ImportPlanner {
    let lookup: ImportLookup
    let actor: StaffMember
    let today: LocalDate
    let now: Date

    init(lookup: ImportLookup, actor: StaffMember, today: LocalDate, now: Date) {
        self.lookup = lookup; self.actor = actor; self.today = today; self.now = now
    }

    /// Rows planned per piece of work, and so how often the progress bar moves.
    static let rowsPerPiece = 1_000

    /// Plans every row on all cores (a planner per piece: each keeps its own caches), a wave of
    /// pieces at a time so `progress` (rows done) moves; the outcomes in row order.
    static func planAll(_ rows: [CamsExtractRow], lookup: ImportLookup, actor: StaffMember, today: LocalDate, now: Date,
                        rowsPerPiece: Int = rowsPerPiece, progress: (Int) -> Void) -> [Result<RowPlan, RowProblems>] {
        let pieces = ParallelChunks.ranges(rows.count, size: rowsPerPiece)
        var outcomes: [Result<RowPlan, RowProblems>] = []
        outcomes.reserveCapacity(rows.count)
        for wave in ParallelChunks.ranges(pieces.count, size: ParallelChunks.defaultCount) {
            let batch = Array(pieces[wave])
            for part in ParallelChunks.map(batch.count, { i in
                let planner = ImportPlanner(lookup: lookup, actor: actor, today: today, now: now)
                return batch[i].map { planner.plan(rows[$0]) }
            }) {
                outcomes += part
            }
            progress(outcomes.count)
        }
        return outcomes
    }

    func plan(_ row: CamsExtractRow) -> Result<RowPlan, RowProblems> {
        var problems: [ImportProblem] = []
        func problem(_ column: CamsColumn, _ reason: String) {
            problems.append(ImportProblem(line: row.line, column: column.rawValue, reason: reason))
        }
        // The intake rules check the client's dates; the assessment's day is checked here.
        if let day = row.caSubmittedOn, let why = AcceptedDates.pastDay(today: today).problem(day) {
            problem(.caSubmittedOn, "'\(day.iso)' \(why)")
        }
        let existing = lookup.clients[row.camsReference]
        var client = existing ?? newClient(row)
        apply(row, to: &client)

        if let username = row.caseworker {
            switch lookup.staffByUsername[username] {
            case nil:
                problem(.caseworker, "'\(username)' is not a staff account: use the login name of an active staff member (see `caseload staff list`), or leave the cell empty")
            case let member? where !member.isActive:
                problem(.caseworker, "'\(username)' is a deactivated account: assign an active staff member, or leave the cell empty")
            case let member?:
                if let current = existing?.caseworkerID, current != member.id, !actor.role.allows(.reassignClient) {
                    let name = lookup.staffByID[current]?.username ?? "#\(current)"
                    problem(.caseworker, "would move the client from \(name) to \(username). \(Permission.reassignClient.refusal) Leave the cell empty to keep the current caseworker.")
                } else {
                    client.caseworkerID = member.id
                }
            }
        }
        if let site = row.site {
            if let id = lookup.siteID(named: site) { client.siteID = id }
            else { problem(.site, "'\(site)' is not a site: use one of " + lookup.siteNames.joined(separator: ", ")) }
        }
        if client.status == .referred && (row.caSubmittedOn != nil || row.employment != nil) {
            client.status = .active   // assessed or working: no longer only a referral
        }

        var plan = RowPlan(line: row.line, outcome: existing == nil ? .created : .unchanged, client: client)
        if let existing {
            plan.clientChanges = ImportedClientColumns.changes(from: existing, to: client)
        }
        if existing == nil || !plan.clientChanges.isEmpty {
            problems += intakeProblems(client, before: existing, line: row.line)
        }
        let assessmentDay = planAssessment(row, clientID: existing?.id, into: &plan)
        planJob(row, clientID: existing?.id, assessmentDay: assessmentDay, into: &plan)

        if !problems.isEmpty { return .failure(RowProblems(list: problems)) }
        if existing != nil, !plan.clientChanges.isEmpty || plan.assessment != nil || plan.job != nil {
            plan.outcome = .updated
        }
        if existing == nil { plan.searchRow = ClientSearchRow(client) }
        plan.gaps = IntakeGap.gaps(of: client, on: today)
        return .success(plan)
    }

    /// A client CaMS already knows: legacy (it existed before Caseload), Referred when the extract
    /// names a referral but no assessment or job yet (status Active otherwise).
    private func newClient(_ row: CamsExtractRow) -> Client {
        let onlyReferred = (row.referralSource != nil || row.referralReceivedOn != nil)
            && row.caSubmittedOn == nil && row.employment == nil
        return Client(camsReference: row.camsReference, firstName: "", lastName: "",
                      status: onlyReferred ? .referred : .active, isLegacy: true,
                      createdAt: now, updatedAt: now)
    }

    /// Copies every non-empty cell onto the client; empty cells keep what is there.
    private func apply(_ row: CamsExtractRow, to client: inout Client) {
        if let v = row.firstName { client.firstName = v }
        if let v = row.lastName { client.lastName = v }
        if let v = row.preferredName { client.preferredName = v }
        if let v = row.dateOfBirth { client.dateOfBirth = v }
        if let v = row.phone { client.phone = v }
        if let v = row.email { client.email = v }
        if let v = row.address { client.address = v }
        if let v = row.preferredLanguage { client.preferredLanguage = v }
        if let v = row.referralSource { client.referralSource = v }
        if let v = row.referralReceivedOn { client.referralReceivedOn = v }
        if let v = row.saCaseworkerName { client.saCaseworkerName = v }
        if let v = row.saCaseworkerContact { client.saCaseworkerContact = v }
        // "no" records nothing: an extract never takes back an attestation recorded here.
        if row.under18Attestation == true { client.under18Attestation = true }
        if let v = row.clientStream { client.clientStream = v }
    }

    /// The intake's problems with the merged client, under the extract's column names. A problem
    /// the stored record already had (entered before today's rules) is not the row's doing. A
    /// missing SA caseworker name or attestation is no problem here (`IntakeGap`): the row is kept
    /// and the follow-up queue asks for it.
    private func intakeProblems(_ client: Client, before existing: Client?, line: Int) -> [ImportProblem] {
        let errors = IntakeValidator.validate(client, today: today, allowingGaps: true)
        if errors.isEmpty { return [] }
        let earlier = Set(existing.map { IntakeValidator.validate($0, today: today, allowingGaps: true) } ?? [])
        return errors.filter { !earlier.contains($0) }.map {
            ImportProblem(line: line, column: Self.column(forField: $0.field), reason: $0.message)
        }
    }

    /// `IntakeValidator` names form fields; the import names CSV columns.
    static func column(forField field: String) -> String {
        fieldColumns[field]?.rawValue ?? field
    }

    private static let fieldColumns: [String: CamsColumn] = [
        "camsReference": .camsReference, "firstName": .firstName, "lastName": .lastName,
        "preferredName": .preferredName, "dateOfBirth": .dateOfBirth, "phone": .phone, "email": .email,
        "address": .address, "preferredLanguage": .preferredLanguage, "referralSource": .referralSource,
        "referralReceivedOn": .referralReceivedOn, "saCaseworkerName": .saCaseworkerName,
        "saCaseworkerContact": .saCaseworkerContact, "clientStream": .clientStream,
        "under18Attestation": .under18Attestation,
    ]

    /// Plans the assessment write, if any, and returns the day the assessment counts from (for PBF).
    /// The extract gives only the day, so the day is what is stored (`submittedOn`), never an instant.
    private func planAssessment(_ row: CamsExtractRow, clientID: Int64?, into plan: inout RowPlan) -> LocalDate? {
        let stored = clientID.flatMap { lookup.assessments[$0] }
        let storedDay = stored?.assessedOn(in: FollowUpEngine.agencyTimeZone)
        guard let day = row.caSubmittedOn else { return storedDay }
        if let stored {
            if stored.submissionDay(in: FollowUpEngine.agencyTimeZone) != day { plan.assessment = .update(stored, submittedOn: day) }
        } else {
            plan.assessment = .insert(submittedOn: day)
        }
        return day
    }

    private func planJob(_ row: CamsExtractRow, clientID: Int64?, assessmentDay: LocalDate?, into plan: inout RowPlan) {
        guard let job = row.employment else { return }
        if let clientID, let employerID = lookup.employerIDs[ImportLookup.employerKey(job.employerName)],
           lookup.jobs.contains(.init(clientID: clientID, employerID: employerID, startDate: job.startDate)) {
            return
        }
        plan.job = job
        plan.jobIsPBFEligible = PBFEligibility.evaluate(startDate: job.startDate, hoursPerWeek: job.hoursPerWeek,
                                                        isNewEmployer: job.isNewEmployer, assessmentDate: assessmentDay).isEligible
    }
}
