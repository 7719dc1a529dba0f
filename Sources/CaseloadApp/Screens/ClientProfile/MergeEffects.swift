import CaseloadCore
import CaseloadStore

/// What the merge's effects are doing, as "Could not …" says it (the model matches on them).
enum MergeEffects {
    static let find = "find this client's duplicates", search = "search the clients"
    static let plan = "check the merge", merge = "merge the files"
}

/// The profile's merge (issue #19): every store call of `M`.
extension Effect where Message == ClientProfileMessage {
    /// The intake's duplicates search for this client's name (same birth date first, in the dialog).
    static func findMergeCandidates(name: String, born: LocalDate?) -> Self {
        .read(MergeEffects.find) { env in .mergeCandidates(try env.db.searchClients(query: name, limit: 20, by: env.actor), born: born) }
    }

    static func searchMergeCandidates(_ query: String) -> Self {
        .read(MergeEffects.search) { env in .mergeSearch(try env.db.searchClients(query: query, limit: 50, by: env.actor), query: query) }
    }

    /// What merging `retire` into `keep` would move, with the merge's own refusals.
    static func planMerge(keep: Int64, retire: Int64) -> Self {
        .read(MergeEffects.plan) { env in .mergePlan(try env.db.planMerge(keep: keep, retire: retire, by: env.actor)) }
    }

    static func mergeFiles(_ plan: MergePlan, reason: String) -> Self {
        .write(MergeEffects.merge) { env in
            .merged(try env.db.mergeClients(keep: plan.kept.id ?? 0, retire: plan.retired.id ?? 0, reason: reason, by: env.actor),
                    moves: plan.movesInShort)
        }
    }
}
