import GRDB

/// The numbered list of schema changes. A released migration is never edited: a change to the
/// schema is a new migration appended at the end ("v4-…"). Each runs in its own transaction.
enum CaseloadMigrations {
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        // Never erase: a database with data is the agency's record of service.
        migrator.registerMigration("v1-schema", migrate: SchemaV1.migrate)
        migrator.registerMigration("v2-client-search", migrate: ClientSearchV2.migrate)
        migrator.registerMigration("v3-seed", migrate: SeedV3.migrate)
        migrator.registerMigration("v4-follow-up-indexes", migrate: FollowUpIndexesV4.migrate)
        migrator.registerMigration("v5-follow-up-covering-indexes", migrate: FollowUpCoveringIndexesV5.migrate)
        migrator.registerMigration("v6-client-search-triggers", migrate: ClientSearchTriggersV6.migrate)
        migrator.registerMigration("v7-form-drafts", migrate: FormDraftsV7.migrate)
        migrator.registerMigration("v8-audit-login", migrate: AuditLoginV8.migrate)
        migrator.registerMigration("v9-assessment-submitted-on", migrate: AssessmentSubmittedOnV9.migrate)
        migrator.registerMigration("v10-intake-gaps", migrate: IntakeGapsV10.migrate)
        migrator.registerMigration("v11-search-folding", migrate: ClientSearchV11.migrate)
        migrator.registerMigration("v12-access-log", migrate: AccessLogV12.migrate)
        migrator.registerMigration("v13-cross-site-grants", migrate: CrossSiteGrantsV13.migrate)
        migrator.registerMigration("v14-case-lifecycle", migrate: CaseLifecycleV14.migrate)
        migrator.registerMigration("v15-outcome-evidence", migrate: OutcomeEvidenceV15.migrate)
        migrator.registerMigration("v16-employers-supports", migrate: EmployersSupportsV16.migrate)
        migrator.registerMigration("v18-change-feed", migrate: ChangeFeedV18.migrate)
        migrator.registerMigration("v19-referral-declined", migrate: ReferralDeclinedV19.migrate)
        migrator.registerMigration("v20-report-indexes", migrate: ReportIndexesV20.migrate)
        return migrator
    }()
}
