import Foundation

// The narrow rows the store reads to compute the follow-up queue: a few columns each, so a handful of
// indexed queries fill them for 100,000 clients. The queue is derived from these facts, never stored.
// Rows about a client missing from `FollowUpFacts.clients` are ignored, so the client query sets the
// queue's scope (one caseworker, one site, everyone).

/// One client. Every client that any other row (manual follow-ups included) refers to must be here.
public struct ClientFact: Hashable, Sendable {
    public var id: Int64
    /// As lists show and sort it: "Last, Preferred-or-First" (`Client.sortName`).
    public var name: String
    /// Nil or empty until the CaMS reference is linked.
    public var camsReference: String?
    public var caseworkerID: Int64?
    /// Picks the site's closure days when the engine has a calendar for it.
    public var siteID: Int64?
    public var referralSource: ReferralSource
    public var referralReceivedOn: LocalDate?
    public var status: ClientStatus
    /// Named in titles so the caseworker knows whom to call.
    public var saCaseworkerName: String?

    public init(id: Int64, name: String, camsReference: String? = nil, caseworkerID: Int64? = nil, siteID: Int64? = nil,
                referralSource: ReferralSource = .selfReferred, referralReceivedOn: LocalDate? = nil,
                status: ClientStatus = .active, saCaseworkerName: String? = nil) {
        self.id = id; self.name = name; self.camsReference = camsReference; self.caseworkerID = caseworkerID
        self.siteID = siteID; self.referralSource = referralSource; self.referralReceivedOn = referralReceivedOn
        self.status = status; self.saCaseworkerName = saCaseworkerName
    }

    public var isCaMSLinked: Bool { !(camsReference ?? "").isEmpty }
}

/// A contact attempt. The store need only send attempts of RASP, TRF and OW clients.
public struct ContactAttemptFact: Hashable, Sendable {
    public var clientID: Int64
    /// The agency-local day of `ContactAttempt.attemptedAt`.
    public var day: LocalDate
    public var result: ContactResult

    public init(clientID: Int64, day: LocalDate, result: ContactResult) {
        self.clientID = clientID; self.day = day; self.result = result
    }
    public init(clientID: Int64, attemptedAt: Date, in zone: TimeZone, result: ContactResult) {
        self.init(clientID: clientID, day: LocalDate(attemptedAt, in: zone), result: result)
    }
}

/// Word reached the SA caseworker: a case note of Type "SA Communication", or a contact logged with
/// the SA caseworker. Satisfies R-04 (dated on/after receipt) and R-11 (dated on/after the no-show).
/// The store may send only the latest one per client: the rules ask "is there one on or after day X?".
public struct SACommunicationFact: Hashable, Sendable {
    public var clientID: Int64
    /// The agency-local day of the interaction (not the day it was typed in).
    public var day: LocalDate
    public init(clientID: Int64, day: LocalDate) { self.clientID = clientID; self.day = day }
}

/// A common assessment. Only each client's latest assessment counts: a re-administered
/// assessment replaces the earlier one.
public struct AssessmentFact: Hashable, Sendable {
    public var assessmentID: Int64
    public var clientID: Int64
    /// The common-assessment date R-15 counts 100 days from (the agency-local day it was submitted, or
    /// Module 2's completion day); nil while the assessment is unfinished.
    public var assessedOn: LocalDate?
    /// When it was submitted to CaMS; R-05's 24 clock hours run from here. Nil if not submitted.
    public var submittedAt: Date?

    public init(assessmentID: Int64, clientID: Int64, assessedOn: LocalDate?, submittedAt: Date?) {
        self.assessmentID = assessmentID; self.clientID = clientID; self.assessedOn = assessedOn; self.submittedAt = submittedAt
    }
}

/// One employment checkpoint. The store may send only unrecorded ones.
public struct CheckpointFact: Hashable, Sendable {
    public var checkpointID: Int64
    public var employmentID: Int64
    public var clientID: Int64
    public var month: CheckpointMonth
    /// The employment's start date, for the explanation's arithmetic.
    public var employmentStart: LocalDate
    public var dueOn: LocalDate
    /// `Checkpoint.recordedOn != nil`.
    public var isRecorded: Bool

    public init(checkpointID: Int64, employmentID: Int64, clientID: Int64, month: CheckpointMonth,
                employmentStart: LocalDate, dueOn: LocalDate, isRecorded: Bool = false) {
        self.checkpointID = checkpointID; self.employmentID = employmentID; self.clientID = clientID
        self.month = month; self.employmentStart = employmentStart; self.dueOn = dueOn; self.isRecorded = isRecorded
    }
}

/// An appointment marked No Show. Reverting the status removes the row and so the item. The
/// store need only send no-shows of clients referred by social assistance.
public struct NoShowFact: Hashable, Sendable {
    public var appointmentID: Int64
    public var clientID: Int64
    public var day: LocalDate
    /// It was the client's first appointment: the earliest one not Cancelled or Rescheduled.
    public var isFirstAppointment: Bool

    public init(appointmentID: Int64, clientID: Int64, day: LocalDate, isFirstAppointment: Bool) {
        self.appointmentID = appointmentID; self.clientID = clientID; self.day = day; self.isFirstAppointment = isFirstAppointment
    }
}

/// A training or education item of an EAP that is `Active - On Hold`, not cancelled and with an
/// expected end. Several rows for one plan are one item, due after the last expected end.
public struct OnHoldPlanFact: Hashable, Sendable {
    public var planID: Int64
    public var clientID: Int64
    public var onHoldSince: LocalDate?
    public var planItemID: Int64
    /// The plan item's type ("Training", "Education" …), named in the explanation.
    public var itemType: String
    public var expectedEnd: LocalDate
    /// The item's actual end, once it is Completed.
    public var completedOn: LocalDate?

    public init(planID: Int64, clientID: Int64, onHoldSince: LocalDate? = nil, planItemID: Int64, itemType: String,
                expectedEnd: LocalDate, completedOn: LocalDate? = nil) {
        self.planID = planID; self.clientID = clientID; self.onHoldSince = onHoldSince; self.planItemID = planItemID
        self.itemType = itemType; self.expectedEnd = expectedEnd; self.completedOn = completedOn
    }
}

/// A financial support in status `Submitted` (awaiting a supervisor's decision, R-18).
public struct PendingSupportFact: Hashable, Sendable {
    public var supportID: Int64
    public var clientID: Int64
    public var category: String
    public var amountCents: Int
    public var submittedOn: LocalDate

    public init(supportID: Int64, clientID: Int64, category: String, amountCents: Int, submittedOn: LocalDate) {
        self.supportID = supportID; self.clientID = clientID; self.category = category
        self.amountCents = amountCents; self.submittedOn = submittedOn
    }
}

/// A PBF-eligible employment (R-15 is satisfied by one starting on or after the assessment date).
/// The store may send only the latest start per client.
public struct PBFEmploymentFact: Hashable, Sendable {
    public var clientID: Int64
    public var startDate: LocalDate
    public init(clientID: Int64, startDate: LocalDate) { self.clientID = clientID; self.startDate = startDate }
}

/// A client record that may lack a fact intake requires (`IntakeGap`): the store sends clients whose
/// SA caseworker name is missing on a social-assistance referral, or who were under 18 when the
/// record was created without the attestation; the rules decide which gaps are real.
public struct IntakeGapFact: Hashable, Sendable {
    public var clientID: Int64
    /// The agency-local day the record was created (its intake, or the import that brought it in).
    public var recordCreatedOn: LocalDate
    public var dateOfBirth: LocalDate?
    /// `Client.under18Attestation`.
    public var isAttested: Bool

    public init(clientID: Int64, recordCreatedOn: LocalDate, dateOfBirth: LocalDate? = nil, isAttested: Bool = false) {
        self.clientID = clientID; self.recordCreatedOn = recordCreatedOn; self.dateOfBirth = dateOfBirth; self.isAttested = isAttested
    }
}

/// A milestone the SA caseworker is told of: a job found or a financial support submitted.
/// The store need only send those of clients referred by social assistance.
public struct SAMilestoneFact: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case jobFound, supportSubmitted }
    public var kind: Kind
    /// The employment's or the financial support's id.
    public var recordID: Int64
    public var clientID: Int64
    /// The job's start, or the day the support was submitted.
    public var day: LocalDate
    /// The employer's name, or the support's category, for the title.
    public var detail: String

    public init(kind: Kind, recordID: Int64, clientID: Int64, day: LocalDate, detail: String) {
        self.kind = kind; self.recordID = recordID; self.clientID = clientID; self.day = day; self.detail = detail
    }
}

/// A referral out still `Made` that has a follow-up date.
public struct ReferralOutFact: Hashable, Sendable {
    public var referralID: Int64
    public var clientID: Int64
    public var partner: String
    public var serviceType: String
    public var madeOn: LocalDate
    public var followUpOn: LocalDate

    public init(referralID: Int64, clientID: Int64, partner: String, serviceType: String, madeOn: LocalDate, followUpOn: LocalDate) {
        self.referralID = referralID; self.clientID = clientID; self.partner = partner; self.serviceType = serviceType
        self.madeOn = madeOn; self.followUpOn = followUpOn
    }
}
