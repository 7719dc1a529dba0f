/// Narrows a fact query (`FactQueries`) to a scope: the filter on `client c`, with its arguments.
struct FactScopeFilter {
    let scope: FollowUpScope

    init(_ scope: FollowUpScope) { self.scope = scope }

    var isEveryone: Bool { scope.caseworkerID == nil && scope.siteID == nil && scope.clientID == nil && scope.clientIDs == nil }

    /// The query with `/*client x*/`, `/*index*/` and `/*scope*/` filled in.
    func apply(to sql: String) -> (String, [Int64]) {
        var sql = sql
        if isEveryone {
            // No filter, so no join; the whole client list comes from its covering index.
            for alias in ["a", "e", "k", "m", "n", "p", "s"] { sql = sql.replacingOccurrences(of: "/*client \(alias)*/", with: "") }
            sql = sql.replacingOccurrences(of: "/*index*/", with: "INDEXED BY client_follow_up_facts")
            return (sql.replacingOccurrences(of: "/*scope*/", with: ""), [])
        }
        for alias in ["a", "e", "k", "m", "n", "p", "s"] {
            sql = sql.replacingOccurrences(of: "/*client \(alias)*/", with: "JOIN client c ON c.id = \(alias).client_id")
        }
        sql = sql.replacingOccurrences(of: "/*index*/", with: "")
        let (filter, arguments) = self.filter
        return (sql.replacingOccurrences(of: "/*scope*/", with: filter), arguments)
    }

    /// " AND c.caseworker_id = ?" etc. Only clients the queue can show: rows about a closed client
    /// are ignored unless someone owns a hand-made follow-up for them (as in `FactQueries.clients`),
    /// and skipping them saves a quarter of a caseworker's index lookups.
    private var filter: (String, [Int64]) {
        var sql = """
             AND (c.status <> 'Closed' OR EXISTS \
            (SELECT 1 FROM manual_follow_up m3 WHERE m3.client_id = c.id AND m3.completed_on IS NULL))
            """
        var args: [Int64] = []
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
