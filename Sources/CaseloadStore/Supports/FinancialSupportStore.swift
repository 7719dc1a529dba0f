import CaseloadCore
import Foundation
import GRDB

/// SOP 4's financial supports: caseworkers draft and submit for the clients they may act on;
/// only a supervisor records the SSM's decision, the payment and a later Ineligible finding.
/// Every change is an audited, versioned write; front desk reads no amount anywhere (`viewMoney`).
extension CaseloadDatabase {
    public func draftSupport(_ support: FinancialSupport, by staff: StaffMember,
                             today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> FinancialSupport {
        var support = cleaned(support)
        support.id = nil; support.version = 0; support.status = .draft; support.createdOn = today
        support.submittedOn = nil; support.decidedOn = nil; support.decidedBy = nil; support.ssmReference = nil
        support.declineReason = nil; support.paidOn = nil; support.paymentReference = nil
        support.ineligibleOn = nil; support.ineligibleCents = nil; support.ineligibleReason = nil
        return try write { db in
            let actor = try actingOnClient(staff, needs: .requestFinancialSupport, clientID: support.clientID, in: db)
            _ = try db.storedClient(support.clientID)
            try db.requireValidDraft(support)
            try db.insertAudited(&support, by: actor, at: Date())
            return support
        }
    }

    /// Saves the caseworker's changes to a Draft (refused once it was submitted).
    public func updateDraftSupport(_ support: FinancialSupport, by staff: StaffMember) throws -> FinancialSupport {
        try changeSupport(id: support.id, version: support.version, needs: .requestFinancialSupport, by: staff) { stored, _, db in
            try refuse(SupportWorkflow.editProblems(stored: stored))
            var edited = cleaned(support)
            edited.clientID = stored.clientID; edited.status = .draft; edited.createdOn = stored.createdOn
            try db.requireValidDraft(edited)
            stored = edited
        }
    }

    public func submitSupport(id: Int64, version: Int, by staff: StaffMember,
                              today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> FinancialSupport {
        try changeSupport(id: id, version: version, needs: .requestFinancialSupport, by: staff) { stored, _, _ in
            try refuse(SupportWorkflow.submissionProblems(stored))
            stored.status = .submitted
            stored.submittedOn = today
        }
    }

    /// Records the SSM's approval. An employer support needs a signed placement agreement;
    /// when its employer is not registered in CaMS, R-17's "register the employer in CaMS" is raised
    /// for the client's caseworker. The FS-APPROVAL item clears because the support left Submitted.
    public func approveSupport(id: Int64, version: Int, ssmReference: String, decidedOn: LocalDate, by staff: StaffMember,
                               today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> FinancialSupport {
        try changeSupport(id: id, version: version, needs: .approveFinancialSupport, by: staff) { stored, actor, db in
            let employer = try stored.employerID.flatMap { try Employer.fetchOne(db, key: $0) }
            try refuse(SupportWorkflow.approvalProblems(stored, employer: employer, ssmReference: ssmReference,
                                                         decidedOn: decidedOn, today: today))
            stored.status = .approved
            stored.decidedOn = decidedOn; stored.decidedBy = actor.id
            stored.ssmReference = ssmReference.trimmingCharacters(in: .whitespacesAndNewlines)
            if stored.recipient == .employer, let employer, !employer.isRegisteredInCaMS {
                try db.raiseEmployerRegistration(employer, clientID: stored.clientID, due: today, by: actor)
            }
        }
    }

    public func declineSupport(id: Int64, version: Int, ssmReference: String, reason: String, decidedOn: LocalDate,
                               by staff: StaffMember, today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> FinancialSupport {
        try changeSupport(id: id, version: version, needs: .approveFinancialSupport, by: staff) { stored, actor, _ in
            try refuse(SupportWorkflow.declineProblems(stored, ssmReference: ssmReference, reason: reason,
                                                        decidedOn: decidedOn, today: today))
            stored.status = .declined
            stored.decidedOn = decidedOn; stored.decidedBy = actor.id
            stored.ssmReference = ssmReference.trimmingCharacters(in: .whitespacesAndNewlines)
            stored.declineReason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    public func recordSupportPayment(id: Int64, version: Int, paidOn: LocalDate, reference: String, by staff: StaffMember,
                                     today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> FinancialSupport {
        try changeSupport(id: id, version: version, needs: .approveFinancialSupport, by: staff) { stored, _, _ in
            try refuse(SupportWorkflow.paymentProblems(stored, paidOn: paidOn, reference: reference, today: today))
            stored.status = .paid
            stored.paidOn = paidOn
            stored.paymentReference = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// An audit found a paid expense not allowed: `amountCents` is deducted from the next payment.
    public func markSupportIneligible(id: Int64, version: Int, amountCents: Int, reason: String, on day: LocalDate,
                                      by staff: StaffMember, today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> FinancialSupport {
        try changeSupport(id: id, version: version, needs: .approveFinancialSupport, by: staff) { stored, _, _ in
            try refuse(SupportWorkflow.ineligibleProblems(stored, amountCents: amountCents, reason: reason, on: day, today: today))
            stored.status = .ineligible
            stored.ineligibleOn = day; stored.ineligibleCents = amountCents
            stored.ineligibleReason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// A client's supports, newest first (front desk is refused: no money).
    public func supports(clientID: Int64, by staff: StaffMember) throws -> [FinancialSupport] {
        try read { db in
            _ = try actingOnClient(staff, needs: .viewMoney, clientID: clientID, in: db)
            return try FinancialSupport.filter(FinancialSupport.Columns.clientID == clientID)
                .order(FinancialSupport.Columns.id.desc).fetchAll(db)
        }
    }

    public func support(id: Int64, by staff: StaffMember) throws -> FinancialSupport {
        try read { db in
            let support = try db.storedSupport(id)
            _ = try actingOnClient(staff, needs: .viewMoney, clientID: support.clientID, in: db)
            return support
        }
    }

    // MARK: - Helpers

    /// Fetches the support, checks the caller's copy is current and the permission and site, lets
    /// `change` move it, then saves it (audited) in one follow-up-aware transaction.
    private func changeSupport(id: Int64?, version: Int, needs permission: Permission, by staff: StaffMember,
                               _ change: (inout FinancialSupport, StaffMember, Database) throws -> Void) throws -> FinancialSupport {
        guard let id else { throw StoreError.notFound(recordType: FinancialSupport.databaseTableName, id: 0) }
        return try followUpWrite { db in
            let stored = try db.storedSupport(id)
            let actor = try actingOnClient(staff, needs: permission, clientID: stored.clientID, in: db)
            var copy = stored
            copy.version = version
            try db.requireVersion(stored, matches: copy)
            var changed = stored
            try change(&changed, actor, db)
            try db.updateVersioned(&changed, by: actor, at: Date())
            return changed
        }
    }

    private func cleaned(_ support: FinancialSupport) -> FinancialSupport {
        var s = support
        s.category = s.category.trimmingCharacters(in: .whitespacesAndNewlines)
        s.rationale = s.rationale.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        s.documentReferences = s.documentReferences.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return s
    }
}

func refuse(_ problems: [FieldError]) throws {
    if !problems.isEmpty { throw StoreError.invalid(problems) }
}

extension Database {
    func storedSupport(_ id: Int64) throws -> FinancialSupport {
        guard let support = try FinancialSupport.fetchOne(self, key: id) else {
            throw StoreError.notFound(recordType: FinancialSupport.databaseTableName, id: id)
        }
        return support
    }

    /// The category from the recipient's active list, an existing employer, and a plan item of
    /// the client's own of type Financial Support or Job Placement.
    func requireValidDraft(_ support: FinancialSupport) throws {
        let categories = try String.fetchAll(self, sql: """
            SELECT value FROM value_list_entry WHERE kind = ? AND is_active = 1 ORDER BY position
            """, arguments: [support.recipient.categoryList.rawValue])
        var problems = SupportWorkflow.draftProblems(support, categories: categories)
        if let employerID = support.employerID, !(try Employer.exists(self, key: employerID)) {
            problems.append(.init(field: "employer", message: "That employer is not on the list any more; choose another."))
        }
        if let itemID = support.planItemID {
            let type = try String.fetchOne(self, sql: """
                SELECT i.type FROM plan_item i JOIN action_plan p ON p.id = i.plan_id WHERE i.id = ? AND p.client_id = ?
                """, arguments: [itemID, support.clientID])
            if type == nil {
                problems.append(.init(field: "planItem", message: "That plan item is not on this client's EAP."))
            } else if !SupportPlanItems.types.contains(type!) {
                problems.append(.init(field: "planItem", message: "A support belongs to a Financial Support or Job Placement plan item."))
            }
        }
        try refuse(problems)
    }

    /// one open "register the employer in CaMS" follow-up per employer, for the client's caseworker.
    func raiseEmployerRegistration(_ employer: Employer, clientID: Int64, due: LocalDate, by actor: StaffMember) throws {
        let open = try Bool.fetchOne(self, sql: """
            SELECT EXISTS (SELECT 1 FROM employer_registration_follow_up l JOIN manual_follow_up f ON f.id = l.follow_up_id
                           WHERE l.employer_id = ? AND f.completed_on IS NULL)
            """, arguments: [employer.id]) ?? false
        guard !open else { return }
        let owner = try Int64.fetchOne(self, sql: "SELECT caseworker_id FROM client WHERE id = ?", arguments: [clientID]) ?? actor.id!
        let now = Date()
        var followUp = ManualFollowUp(clientID: clientID, ownerID: owner, title: SupportPlanItems.registrationTitle(employer.name),
                                      dueOn: due, createdBy: actor.id!)
        try insertAudited(&followUp, by: actor, at: now)
        try execute(sql: "INSERT INTO employer_registration_follow_up(follow_up_id, employer_id) VALUES (?, ?)",
                    arguments: [followUp.id, employer.id])
    }
}

/// The EAP item types a support may belong to, and R-17's follow-up title.
public enum SupportPlanItems {
    public static let types: Set<String> = ["Financial Support", "Job Placement"]

    public static func registrationTitle(_ employerName: String) -> String {
        "R-17 · Register \(employerName) in CaMS (incentive approved)"
    }
}
