import CaseloadCore
import Foundation
import GRDB

/// The employer list: contact details and the three papers SOP 4 asks about (CaMS registration,
/// the registration form, the signed placement agreement).
extension CaseloadDatabase {
    /// Saves changes to an employer (versioned). Recording the CaMS registration completes the
    /// open R-17 follow-ups raised for it.
    public func updateEmployer(_ employer: Employer, by staff: StaffMember,
                               today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> Employer {
        var employer = EmployerRules.cleaned(employer)
        try refuse(EmployerRules.problems(employer, today: today))
        return try followUpWrite { db in
            let actor = try acting(staff, needs: .editActionPlan, in: db)
            try db.updateVersioned(&employer, by: actor, at: Date())
            if employer.isRegisteredInCaMS { try db.completeEmployerRegistration(employer, today: today, by: actor) }
            return employer
        }
    }

    /// One employer (for the employer screen's form).
    public func employer(id: Int64, by staff: StaffMember) throws -> Employer {
        try read { db in
            _ = try acting(staff, needs: .viewActionPlan, in: db)
            guard let employer = try Employer.fetchOne(db, key: id) else {
                throw StoreError.notFound(recordType: Employer.databaseTableName, id: id)
            }
            return employer
        }
    }
}

extension Database {
    func completeEmployerRegistration(_ employer: Employer, today: LocalDate, by actor: StaffMember) throws {
        let open = try ManualFollowUp.fetchAll(self, sql: """
            SELECT f.* FROM manual_follow_up f JOIN employer_registration_follow_up l ON l.follow_up_id = f.id
            WHERE l.employer_id = ? AND f.completed_on IS NULL
            """, arguments: [employer.id])
        for var followUp in open {
            followUp.completedOn = today
            followUp.completionNote = "Registered in CaMS" + (employer.camsRegisteredOn.map { " on \($0.long)" } ?? "") + "."
            try updateVersioned(&followUp, by: actor, at: Date())
        }
    }
}

/// What an employer record must hold; shared by adding and editing.
public enum EmployerRules {
    public static func cleaned(_ employer: Employer) -> Employer {
        func tidy(_ s: String?) -> String? {
            guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
            return t
        }
        var e = employer
        e.name = e.name.trimmingCharacters(in: .whitespacesAndNewlines)
        e.contact = tidy(e.contact); e.phone = tidy(e.phone); e.email = tidy(e.email)
        e.address = tidy(e.address); e.sector = tidy(e.sector); e.notes = tidy(e.notes)
        // A date says the paper exists.
        if e.camsRegisteredOn != nil { e.isRegisteredInCaMS = true }
        if e.registrationFormOn != nil { e.hasRegistrationForm = true }
        if e.placementAgreementSignedOn != nil { e.hasSignedPlacementAgreement = true }
        return e
    }

    public static func problems(_ e: Employer, today: LocalDate) -> [FieldError] {
        var problems: [FieldError] = []
        if e.name.isEmpty { problems.append(.init(field: "name", message: "Enter the employer's name.")) }
        if let count = e.employeeCount, count < 0 {
            problems.append(.init(field: "employeeCount", message: "The employee count cannot be negative."))
        }
        if let email = e.email, !email.contains("@") {
            problems.append(.init(field: "email", message: "Enter an email address with an @, or leave it empty."))
        }
        for (field, day) in [("camsRegisteredOn", e.camsRegisteredOn), ("registrationFormOn", e.registrationFormOn),
                             ("placementAgreementSignedOn", e.placementAgreementSignedOn)] {
            if let day, day > today { problems.append(.init(field: field, message: "A date on file cannot be in the future.")) }
        }
        return problems
    }
}

extension Database {
    /// Name, contact or sector containing every word typed (so "tim hort" finds "Tim Hortons"),
    /// by name; `%` and `_` typed are matched literally.
    func employers(matching text: String, limit: Int) throws -> [Employer] {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        var request = Employer.all()
        for word in words {
            let escaped = word.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
            let pattern = "%\(escaped)%"
            request = request.filter(sql: "(name LIKE ? ESCAPE '\\' OR contact LIKE ? ESCAPE '\\' OR sector LIKE ? ESCAPE '\\')",
                                     arguments: [pattern, pattern, pattern])
        }
        return try request.order(Employer.Columns.name.collating(.nocase), Employer.Columns.id).limit(limit).fetchAll(self)
    }
}
