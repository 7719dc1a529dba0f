/// Subjects and bodies of demo case notes: short, plain, the way caseworkers write them.
struct DemoNoteText {
    var subject: String
    var body: String
    var type = ""
    var communication = ""

    enum Milestone { case noShow, employed, closed, unreachable }

    static func hours(_ h: Double) -> String { h == h.rounded() ? String(Int(h)) : String(h) }

    static func referralReceived(_ name: String, source: ReferralSource, sa: String?, _ rng: inout SplitMix64) -> Self {
        let from = sa.map { " from " + $0 } ?? ""
        let body = rng.pick([
            "\(source.rawValue) referral received\(from). Referral form reviewed; \(name) is interested in returning to work. First contact attempt to follow.",
            "Received \(source.rawValue) referral\(from). Contact details and consent on the form; will call \(name) within one business day.",
            "New \(source.rawValue) referral\(from) assigned to me. Notes mention interest in warehouse or retail work.",
        ])
        return Self(subject: "\(source.rawValue) referral received", body: body)
    }

    static func contactAttempt(_ n: Int, _ name: String, result: ContactResult, method: String, phone: String,
                               _ rng: inout SplitMix64) -> Self {
        let ordinal = ["First", "Second", "Third"][min(n, 3) - 1]
        let body: String
        switch result {
        case .reached:
            body = rng.pick(["Reached \(name). Explained Employment Services and booked an intake appointment.",
                             "Spoke with \(name); interested in services. Intake booked and directions sent by text.",
                             "\(name) replied and we spoke briefly. Intake booked; reminded to bring ID and résumé."])
        case .voicemail:
            body = "Called \(phone); no answer. Left voicemail with my direct line and asked \(name) to call back."
        case .noAnswer:
            body = "Called \(phone); no answer and the voicemail box is full. Will try again."
        case .wrongNumber:
            body = "\(phone) is not \(name)'s number (wrong number). Emailed the SA caseworker for current contact details."
        case .messageSent:
            body = method == "Email"
                ? "Emailed \(name) an introduction to Employment Services with times for an intake call."
                : "Texted \(name) an introduction and asked for a good time to call."
        }
        return Self(subject: "\(ordinal) contact attempt", body: body)
    }

    static func intake(_ name: String, site: String, goal: String, _ rng: inout SplitMix64) -> Self {
        let barrier = rng.pick(["no recent Canadian work experience", "transportation (no licence)", "child care",
                                "a gap in work history", "English language skills", "a back injury limiting lifting",
                                "no barriers identified beyond the job search itself"])
        return Self(subject: "Intake at \(site)", body: "Met \(name) for intake. Reviewed services, rights and responsibilities. Work history and goals discussed; interested in work as \(DemoText.withArticle(goal)). Main barrier: \(barrier). CAT Module 1 completed.")
    }

    static func consent(_ name: String, topics: [String], given: Bool, _ rng: inout SplitMix64) -> Self {
        let list = topics.joined(separator: "; ")
        if given {
            return Self(subject: "Consent to share information",
                        body: "\(name) gave written consent to: \(list). Signed form scanned to the file.")
        }
        return Self(subject: "Consent withdrawn", body: "\(name) called to withdraw consent to: \(list). Employer contacts paused.")
    }

    static func assessment(_ name: String, stream: String, _ rng: inout SplitMix64) -> Self {
        Self(subject: "Common Assessment submitted",
             body: rng.pick(["Completed CAT Module 2 with \(name) and submitted to EOIS-CaMS. Stream \(stream).",
                             "CAT Modules 1 and 2 done; submitted. Stream \(stream). Will link the CaMS number once issued."]))
    }

    static func planCreated(_ name: String, goal: String, _ rng: inout SplitMix64) -> Self {
        Self(subject: "Employment Action Plan created",
             body: "Built the EAP with \(name). Goal: \(goal.prefix(1).lowercased() + goal.dropFirst()). First steps agreed and a copy given to the client.")
    }

    static func itemStarted(_ name: String, item: PlanItem, _ rng: inout SplitMix64) -> Self {
        let what = item.description ?? item.type
        return Self(subject: "Referral: " + what,
                    body: rng.pick(["Referred \(name) to \(what). Start date confirmed; will check in after the first week.",
                                    "\(name) registered for \(what). Added to the EAP.",
                                    "Discussed \(what) with \(name); referral sent and confirmed by the provider."]))
    }

    static func jobStarted(_ name: String, title: String, employer: String, start: LocalDate, hours: Double,
                           _ rng: inout SplitMix64) -> Self {
        Self(subject: "Started work at " + employer,
             body: "\(name) started as \(DemoText.withArticle(title)) at \(employer) on \(start.long), about \(Self.hours(hours)) hours a week. Checkpoints booked at 1, 3, 6 and 12 months.")
    }

    static func checkpoint(_ name: String, month: Int, working: Bool, employer: String, hours: Double,
                           endReason: String?, _ rng: inout SplitMix64) -> Self {
        let body = working
            ? rng.pick(["\(name) is still working at \(employer), about \(Self.hours(hours)) hours a week. No concerns.",
                        "Still employed at \(employer); likes the team and asked about more hours.",
                        "Confirmed with \(name): still at \(employer), \(Self.hours(hours)) hours a week."])
            : "\(name) is no longer at \(employer) (\((endReason ?? "Other").lowercased())). Discussed next steps and restarted job search."
        return Self(subject: "\(month)-month checkpoint", body: body)
    }

    static func supportRequested(_ name: String, category: String, cents: Int, rationale: String?,
                                 status: SupportStatus, _ rng: inout SplitMix64) -> Self {
        let why = rationale.map { " " + $0 } ?? ""
        let state = status == .draft ? "Drafted" : "Submitted"
        return Self(subject: "Financial support: " + category,
                    body: "\(state) a request for \(DemoText.dollars(cents: cents)) (\(category.lowercased())).\(why)")
    }

    static func saUpdate(_ name: String, sa: String?, milestone: Milestone, _ rng: inout SplitMix64) -> Self {
        let to = sa ?? "the SA caseworker"
        switch milestone {
        case .noShow:
            return Self(subject: "Missed first appointment: SA informed",
                        body: "Emailed \(to): \(name) did not attend the first appointment. Asked for any updated contact details.")
        case .employed:
            return Self(subject: "Employment update to SA", body: "Emailed \(to) that \(name) has started work.")
        case .closed:
            return Self(subject: "File closure: SA informed", body: "Emailed \(to) that \(name)'s file is closed.")
        case .unreachable:
            return Self(subject: "Unable to contact: SA informed",
                        body: "Emailed \(to): several attempts made without reaching \(name); file closed as unable to contact.")
        }
    }

    static func missedAppointment(_ name: String, _ rng: inout SplitMix64) -> Self {
        Self(subject: "Missed appointment",
             body: rng.pick(["\(name) did not attend. Called and left a voicemail to rebook.",
                             "No show. Texted \(name) to rebook.",
                             "\(name) missed the appointment; called back later and rebooked."]))
    }

    static func closure(_ name: String, reason: String, employed: Bool, _ rng: inout SplitMix64) -> Self {
        let detail: String
        switch reason {
        case "Employed - 12 months complete": detail = "\(name) has completed 12 months of employment. All checkpoints recorded."
        case "Unable to contact": detail = "Several attempts by phone, text and email without reaching \(name)."
        case "Moved out of area": detail = "\(name) is moving out of the region; gave contacts for the local service provider."
        case "Returned to school": detail = "\(name) is returning to school full-time."
        case "Referred to another program": detail = "\(name) is moving to a specialised program; summary sent with consent."
        default: detail = "\(name) asked to close the file for now; welcome to come back any time."
        }
        return Self(subject: "File closed: " + reason, body: detail + (employed ? " Employment noted on file." : ""))
    }

    static func visit(_ name: String, purpose: String, title: String, _ rng: inout SplitMix64) -> Self {
        switch purpose {
        case "EAP review":
            return Self(subject: "EAP review", body: "Reviewed the plan with \(name). Progress on job search steady; next steps agreed.", type: "EAP Review")
        case "Résumé review", "Cover letter help":
            return Self(subject: purpose, body: "Updated \(name)'s résumé for \(title) postings; saved a copy to the file.", type: "Job Search")
        case "Interview preparation":
            return Self(subject: "Interview practice", body: "Mock interview for \(DemoText.withArticle(title)) role. Worked on STAR answers and questions to ask.", type: "Job Search")
        case "Job matching":
            return Self(subject: "Job matching", body: "Went through three \(title) openings; \(name) will apply to two today.", type: "Job Development")
        case "Financial support paperwork":
            return Self(subject: "Support paperwork", body: "Completed the support request forms with \(name); receipts to follow.", type: "Financial Support")
        default:
            return Self(subject: "Check-in", body: "Met \(name). Applications sent this week: \(rng.int(in: 2...9)). One interview pending.", type: "Follow-up")
        }
    }

    static func everyday(_ name: String, title: String, saReferred: Bool, sa: String?, _ rng: inout SplitMix64) -> Self {
        let roll = rng.below(saReferred ? 8 : 7)
        switch roll {
        case 0: return Self(subject: "Job leads sent", body: "Emailed \(name) four \(title) postings from Job Bank and Indeed.", type: "Job Search", communication: "Email")
        case 1: return Self(subject: "Follow-up call", body: "Called \(name) to follow up on applications. Has an interview next week.", type: "Follow-up", communication: "Phone")
        case 2: return Self(subject: "Employer contact", body: "Called a local employer hiring for \(title) roles; they will accept résumés through us.", type: "Job Development", communication: "Phone")
        case 3: return Self(subject: "Contact details updated", body: "\(name) has a new phone number; file updated.", type: "General", communication: "Text/SMS")
        case 4: return Self(subject: "Community referral", body: "Gave \(name) information about the food bank and the housing help centre.", type: "Life Stabilization", communication: "In Person")
        case 5: return Self(subject: "Reminder sent", body: "Texted \(name) a reminder about the workshop on Thursday.", type: "Follow-up", communication: "Text/SMS")
        case 6: return Self(subject: "Case conference", body: "Discussed \(name)'s plan with my supervisor; agreed to explore short training.", type: "General", communication: "Internal")
        default: return Self(subject: "Update to SA caseworker", body: "Emailed \(sa ?? "the SA caseworker") a progress update on \(name)'s plan.", type: "SA Communication", communication: "Email")
        }
    }

    static func amendment(of note: CaseNote, _ rng: inout SplitMix64) -> String {
        "Correction to the note of \(LocalDate(dayNumber: Int(note.interactionAt.timeIntervalSince1970) / 86_400).long): "
            + rng.pick(["the next step is a résumé review, not a mock interview.", "the client's availability is weekday afternoons, not mornings.",
                        "the phone number recorded was a relative's; the client's own number is now on file.",
                        "the employer's name was misspelled; corrected in the file.", "wrong date given for the next appointment."])
    }
}
