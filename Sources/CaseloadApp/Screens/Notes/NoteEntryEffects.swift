import CaseloadCore
import CaseloadStore
import Foundation

/// What the note form's effects are doing, as "Could not …" says it.
enum NoteEntryEffects {
    static let open = "open the note form"
}

/// The note form's only store access.
extension Effect where Message == NoteEntryMessage {
    /// The client, the thread being amended (each of its notes is read, so logged), the lists, the
    /// templates, the calendar and any kept draft, in one snapshot.
    static func prepareNoteEntry(_ state: NoteEntryState) -> Self {
        let id = state.clientID, amends = state.amends, key = state.draftKey
        return .read(NoteEntryEffects.open) { env in
            let db = env.db, actor = env.actor
            let client = try db.clientSummary(id: id, by: actor)
            let thread = try amends.map { try db.noteThread(id: $0, by: actor) } ?? []
            for note in thread { env.recordAccess(.readNote, clientID: id, noteID: note.id) }
            var lists = NoteEntryForm.Lists()
            lists.communications = try db.valueList(.communication).map(\.value)
            let types = try db.valueList(.noteType)
            lists.types = types.map(\.value)
            lists.methods = try db.valueList(.contactMethod).map(\.value)
            if env.can(.viewActionPlan) { lists.planItems = NoteLink.planItems(try db.profilePlan(clientID: id, by: actor)) }
            lists.appointments = NoteLink.appointments(try db.profileAppointments(clientID: id, by: actor))
            let templates = Dictionary(types.compactMap { e in e.template.map { (e.value, $0) } }, uniquingKeysWith: { a, _ in a })
            return .prepared(NoteEntrySetup(clientName: client.sortName, thread: thread, authorNames: try authorNames(env), lists: lists,
                                            templates: templates, calendar: try db.businessCalendars().agency,
                                            draftOffer: env.draftOffer(key, what: amends == nil ? "case note" : "amendment")))
        }
    }

    /// A failed read leaves the panel as it was: another terminal's change is news, not a problem.
    static func refreshThread(noteID: Int64, known: Int) -> Self {
        .read("read the note's corrections") { env in
            guard let thread = try? env.db.noteThread(id: noteID, by: env.actor) else { return .thread(nil, authorNames: nil) }
            return .thread(thread, authorNames: thread.count > known ? try? authorNames(env) : nil)
        }
    }

    /// Saves the note; a refusal comes back as `.refused`, so every typed character stays.
    static func saveNote(_ note: CaseNote, record: NoteRecord, clientID: Int64) -> Self {
        .write("save the note") { env in
            do {
                let saved = try env.db.submitNote(note, recording: record, zone: env.zone, by: env.actor)
                let due = record == .none ? nil : try? env.db.followUpQueue(asOf: env.today, now: env.now,
                                                                             scope: FollowUpScope(clientID: clientID), zone: env.zone, by: env.actor)
                return .saved(saved, record: record, due: due)
            } catch {
                return .refused(error)
            }
        }
    }

    /// The three lists again, all or none.
    static var reloadNoteLists: Self {
        .read("read the lists again") { env in
            let db = env.db
            guard let communications = try? db.valueList(.communication).map(\.value),
                  let types = try? db.valueList(.noteType).map(\.value),
                  let methods = try? db.valueList(.contactMethod).map(\.value) else { return .freshLists(nil) }
            var lists = NoteEntryForm.Lists()
            lists.communications = communications; lists.types = types; lists.methods = methods
            return .freshLists(lists)
        }
    }

    private static func authorNames(_ env: AppEnvironment) throws -> [Int64: String] {
        Dictionary(try env.db.listStaff(includeInactive: true).compactMap { s in s.id.map { ($0, s.fullName) } }, uniquingKeysWith: { a, _ in a })
    }
}
