import CaseloadCore
import CaseloadStore

/// What each of the intake's effects is doing, as "Could not …" says it.
enum IntakeEffects {
    static let open = "open the form", save = "save the client"
}

/// The intake's only store access.
extension Effect where Message == IntakeMessage {
    /// The caseworkers to choose from, the client being edited, and any kept draft of this form.
    static func prepareIntake(_ state: IntakeState) -> Self {
        let clientID = state.clientID, key = state.draftKey, what = state.isNew ? "new client" : "changes to this client"
        return .read(IntakeEffects.open) { env in
            var caseworkers = try env.db.listStaff(includeInactive: false).filter { $0.role == .caseworker }
            var client: Client?
            if let id = clientID {
                let stored = try env.db.client(id: id, by: env.actor)
                // A client may belong to someone no longer active: keep them choosable, so saving changes nothing there.
                if let worker = stored.caseworkerID, !caseworkers.contains(where: { $0.id == worker }),
                   var member = try env.db.staff(id: worker) {
                    member.fullName += " (inactive)"
                    caseworkers.append(member)
                }
                client = stored
            }
            return .prepared(client: client, caseworkers: caseworkers, draftOffer: env.draftOffer(key, what: what))
        }
    }

    /// Search before add: existing clients matching the typed names.
    static func searchDuplicates(_ query: String) -> Self {
        .read("search for duplicates") { env in .duplicates(try env.db.searchClients(query: query, limit: 20, by: env.actor), query: query) }
    }

    /// A failed look is no news: the warning is a courtesy, and the save checks the version anyway.
    static func checkStoredVersion(clientID: Int64, version: Int) -> Self {
        .read("check for changes") { env in
            .changedElsewhere((try? env.db.client(id: clientID, by: env.actor)).map { $0.version != version } ?? false)
        }
    }

    /// A refusal comes back as `.refused`, so the form keeps every typed character and marks its fields.
    static func saveClient(_ draft: Client, isNew: Bool, allowingDuplicate: Bool) -> Self {
        .write(IntakeEffects.save) { env in
            do {
                if isNew {
                    return .saved(try env.db.createClient(draft, by: env.actor, today: env.today, allowingDuplicate: allowingDuplicate), isNew: true)
                }
                return .saved(try env.db.updateClient(draft, by: env.actor, today: env.today), isNew: false)
            } catch let refusal as StoreError {
                return .refused(refusal)
            }
        }
    }
}
