/// Narrows the fact queries (`FactQueries`) to a scope by filling in their placeholders.
struct FactScopeFilter {
    let scope: FollowUpScope

    init(_ scope: FollowUpScope) { self.scope = scope }

    var isEveryone: Bool { scope.caseworkerID == nil && scope.siteID == nil && scope.clientID == nil && scope.clientIDs == nil }

    /// The query with `/*index*/`, `/*scope*/`, `/*scoped*/` and `/*scope x*/` filled in, and its arguments.
    func apply(to sql: String) -> (String, [Int64]) {
        var sql = sql
        let (filter, arguments) = isEveryone ? ("", []) : self.filter
        // The whole client list reads its covering index; a scope's clients are found through theirs.
        sql = sql.replacingOccurrences(of: "/*index*/", with: isEveryone ? "INDEXED BY client_follow_up_facts" : "")
        sql = sql.replacingOccurrences(of: "/*scope*/", with: filter)
        // Scope table first (CROSS JOIN keeps it the outer loop): one index lookup per client, in id order.
        sql = sql.replacingOccurrences(of: "/*scoped*/", with: isEveryone ? "" : "temp.follow_up_scope scope CROSS JOIN")
        for alias in ["a", "e", "m", "n", "p", "s"] {
            sql = sql.replacingOccurrences(of: "/*scope \(alias)*/", with: isEveryone ? "" : "AND \(alias).client_id = scope.id")
        }
        return (sql, isEveryone ? [] : arguments)
    }

    /// " AND c.caseworker_id = ?" etc.
    private var filter: (String, [Int64]) {
        var sql = "", args: [Int64] = []
        // A caseworker's queue also holds hand-made follow-ups they own for someone else's client.
        if let id = scope.caseworkerID {
            sql += """
                 AND (c.caseworker_id = ? OR c.id IN \
                (SELECT m2.client_id FROM manual_follow_up m2 WHERE m2.owner_id = ? AND m2.completed_on IS NULL))
                """
            args += [id, id]
        }
        if let id = scope.siteID { sql += " AND c.site_id = ?"; args += [id] }
        if let id = scope.clientID { sql += " AND c.id = ?"; args += [id] }
        if let ids = scope.clientIDs {
            sql += " AND c.id IN (\(ids.isEmpty ? "" : Array(repeating: "?", count: ids.count).joined(separator: ", ")))"
            args += ids
        }
        return (sql, args)
    }
}
