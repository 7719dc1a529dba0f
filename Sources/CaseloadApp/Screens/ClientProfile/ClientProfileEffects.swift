import CaseloadCore
import CaseloadStore
import Foundation

/// What the profile's effects bring back.
enum ClientProfileMessage {
    /// The whole profile as one snapshot read it, with the notes matching the searched words (nil:
    /// no search). `knownNotes`: the notes before (back from the note form, the new one is selected).
    case profile(ProfileData, noteMatches: Set<Int64>?, knownNotes: Set<Int64>?)
    case noteMatches(Set<Int64>?)
    /// The session's queued views were written before the History tab reads them (or why not).
    case viewsWritten(problem: String?)
    case linked(reference: String)
    case caseworkersToReassign([StaffMember])
    case reassigned(to: StaffMember)
    case caseworkersToGrant([StaffMember], siteNames: [Int64: String])
    case granted(to: StaffMember, changed: Bool)
    case noteThread([CaseNote], focusID: Int64)
    case checkpointChoices(contactMethods: [String], evidence: [String], ClientProfileState.CheckpointRow)
    /// The saved checkpoint: its month, whether it was late and its PBF verdict.
    case checkpointRecorded(month: String, isLate: Bool, earnsPBF: Bool?)
    /// Issue #19's merge: this client's likely duplicates, a search's clients, the plan, the merge done.
    case mergeCandidates([ClientSummary], born: LocalDate?)
    case mergeSearch([ClientSummary], query: String)
    case mergePlan(MergePlan)
    case merged(MergeResult, moves: String)
}

extension Effect where Message == ClientProfileMessage {
    /// Every tab's data in the one read transaction the shell runs a `.read` in, so the tabs show one
    /// moment of the database. `recordView`: this opening is one view in the access log.
    static func loadProfile(_ clientID: Int64, searching words: String, knownNotes: Set<Int64>? = nil, recordView: Bool) -> Self {
        .read("load this client") { env in
            let data = try ProfileLoader.load(clientID: clientID, env: env)
            let matches = try ProfileLoader.noteMatches(clientID: clientID, words: words, env: env)
            if recordView { env.recordAccess(.viewProfile, clientID: clientID) }
            return .profile(data, noteMatches: matches, knownNotes: knownNotes)
        }
    }

    static func searchNotes(_ clientID: Int64, words: String) -> Self {
        .read("search the notes") { env in .noteMatches(try ProfileLoader.noteMatches(clientID: clientID, words: words, env: env)) }
    }

    /// Writes this session's queued views, so the History tab includes the opening of this very
    /// profile. A failure is said on the status line and the tab is read anyway.
    static var writeQueuedViews: Self {
        .write("write your latest views to the access log") { env in
            do { _ = try env.accessLog.flush(db: env.db, by: env.actor); return .viewsWritten(problem: nil) }
            catch { return .viewsWritten(problem: UserSentence.describe(error)) }
        }
    }

    static func link(_ text: String, to client: Client) -> Self {
        .write("link the CaMS reference") { env in
            .linked(reference: try env.db.linkCamsReference(text, to: client, by: env.actor).camsReference ?? text)
        }
    }

    static var listCaseworkersToReassign: Self {
        .read("list caseworkers") { env in .caseworkersToReassign(try ProfileLoader.caseworkers(env: env)) }
    }

    static func reassign(_ client: Client, to caseworker: StaffMember) -> Self {
        .write("reassign this client") { env in
            _ = try env.db.reassignClient(client, toCaseworker: caseworker.id, by: env.actor)
            return .reassigned(to: caseworker)
        }
    }

    /// The caseworkers of other sites than the client's (the only ones a grant changes anything
    /// for), with every site's name.
    static func listCaseworkersToGrant(otherThan site: Int64) -> Self {
        .read("list caseworkers") { env in
            let others = try ProfileLoader.caseworkers(env: env).filter { $0.siteID != site }
            let names = Dictionary(uniqueKeysWithValues: try env.db.sites().compactMap { s in s.id.map { ($0, s.name) } })
            return .caseworkersToGrant(others, siteNames: names)
        }
    }

    static func grant(_ clientID: Int64, to caseworker: StaffMember, id: Int64) -> Self {
        .write("grant access") { env in
            .granted(to: caseworker, changed: try env.db.grantClientAccess(clientID: clientID, to: id, by: env.actor))
        }
    }

    /// The note with its amendments; each note of the thread is a read in the access log.
    static func openNote(_ noteID: Int64, clientID: Int64) -> Self {
        .read("open the note") { env in
            let thread = try env.db.noteThread(id: noteID, by: env.actor)
            for note in thread { env.recordAccess(.readNote, clientID: clientID, noteID: note.id) }
            return .noteThread(thread, focusID: noteID)
        }
    }

    static func openCheckpoint(_ row: ClientProfileState.CheckpointRow) -> Self {
        .read("open the checkpoint") { env in
            .checkpointChoices(contactMethods: try env.db.valueList(.contactMethod).map(\.value),
                               evidence: try env.db.valueList(.checkpointEvidence).map(\.value), row)
        }
    }

    /// Records the checkpoint; its R-08 follow-up is done once `recordedOn` is set.
    static func recordCheckpoint(_ answer: Checkpoint, on day: LocalDate) -> Self {
        .write("record the checkpoint") { env in
            let saved = try env.db.recordCheckpoint(answer, on: day, by: env.actor, today: env.today)
            return .checkpointRecorded(month: saved.month.label, isLate: saved.isLate, earnsPBF: saved.earnsPBF)
        }
    }
}
