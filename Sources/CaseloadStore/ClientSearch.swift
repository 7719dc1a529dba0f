import CaseloadCore
import Foundation
import GRDB

/// Find-a-client as you type, through the `client_fts` index (see Migration_v2_ClientSearch).
extension CaseloadDatabase {
    /// Clients matching every typed word, as a prefix: "cote" finds Côté, "4165" finds (416) 555-…,
    /// "0012" finds CaMS 001234567, "秀英" finds 王秀英. Best match first (names weigh most), then
    /// by name; a broad query (over `rankedMatchLimit` matches) and an empty one list by name.
    /// Every role may search (results are summaries). With `staff`, only the clients that staff
    /// member works on (`ClientSiteScope`: their site's, site-less and granted ones); screens always
    /// pass it, nil is for maintenance and tests that look at the whole file.
    public func searchClients(query: String, limit: Int = 50, status: ClientStatus? = nil,
                              caseworkerID: Int64? = nil, by staff: StaffMember? = nil) throws -> [ClientSummary] {
        let limit = max(1, limit)
        guard let pattern = ClientSearchPattern.fts5(for: query) else {
            return try read { db in
                var request = Client.summaries()
                if let staff, let scope = try clientScope(for: staff, in: db) {
                    let (sql, arguments) = scope.condition(alias: "client")
                    request = request.filter(sql: sql, arguments: arguments)
                }
                if let status { request = request.filter(Client.Columns.status == status) }
                if let caseworkerID { request = request.filter(Client.Columns.caseworkerID == caseworkerID) }
                return try ClientSummary.fetchAll(db, request.orderedByName().limit(limit))
            }
        }
        var filters = ""
        var filterArguments: StatementArguments = []
        if let status { filters += " AND client.status = ?"; filterArguments += [status.rawValue] }
        if let caseworkerID { filters += " AND client.caseworker_id = ?"; filterArguments += [caseworkerID] }

        return try read { db in
            var filters = filters, filterArguments = filterArguments
            if let staff, let scope = try clientScope(for: staff, in: db) {
                let (sql, arguments) = scope.condition(alias: "client")
                filters += " AND " + sql
                filterArguments += arguments
            }
            // Ranking costs a bm25 score per match (about 3 µs): fine for a specific query, 15+ ms
            // for a first keystroke matching thousands of 100,000 clients. Those broad prefixes list
            // by name instead, walking the name index until `limit` matches are found. CJK names
            // sort after Latin ones, so that walk would be long for them: they are always ranked.
            let matches = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM (SELECT 1 FROM client_fts WHERE client_fts MATCH ? LIMIT ?)
                """, arguments: [pattern, ClientSearchPattern.broadMatchCount]) ?? 0
            let sql: String
            if matches < ClientSearchPattern.broadMatchCount || query.contains(where: ClientSearchPattern.isCJK) {
                sql = """
                    SELECT \(ClientSearchPattern.summaryColumns)
                    FROM client_fts JOIN client ON client.id = client_fts.rowid
                    WHERE client_fts MATCH ?\(filters)
                    ORDER BY bm25(client_fts, 10.0, 5.0, 2.0, 10.0),
                             client.last_name COLLATE NOCASE, client.first_name COLLATE NOCASE, client.id
                    LIMIT ?
                    """
            } else {
                sql = """
                    SELECT \(ClientSearchPattern.summaryColumns)
                    FROM client INDEXED BY client_by_name
                    WHERE client.id IN (SELECT rowid FROM client_fts WHERE client_fts MATCH ?)\(filters)
                    ORDER BY client.last_name COLLATE NOCASE, client.first_name COLLATE NOCASE, client.id
                    LIMIT ?
                    """
            }
            var arguments: StatementArguments = [pattern]
            arguments += filterArguments
            arguments += [limit]
            return try ClientSummary.fetchAll(db, sql: sql, arguments: arguments)
        }
    }
}

/// Turns what a person typed into an FTS5 query. Internal and pure, so tests can read it.
enum ClientSearchPattern {
    /// Fewer matches than this are ranked (bm25, names weighing most); more are listed by name.
    /// Near where ranking every match and walking the name index cost the same at 100,000 clients.
    static let broadMatchCount = 1_000

    static let summaryColumns = """
        client.id, client.cams_reference, client.first_name, client.last_name, client.preferred_name,
        client.date_of_birth, client.phone, client.status, client.caseworker_id, client.site_id
        """

    /// nil when there is nothing searchable (empty, or only punctuation).
    static func fts5(for query: String) -> String? {
        let all = SearchFolding.fold(query).split(whereSeparator: \.isWhitespace).flatMap { terms(forWord: String($0)) }
        return all.isEmpty ? nil : all.joined(separator: " ")
    }

    /// The same search split in two: the words `ClientNumberIndex` answers (a phone or CaMS fragment
    /// of at most 17 ASCII digits, as its digits) and an FTS5 query for the rest (nil: none left).
    static func numbersAndText(_ query: String) -> (numbers: [[UInt8]], fts: String?) {
        var numbers: [[UInt8]] = []
        var terms: [String] = []
        for word in SearchFolding.fold(query).split(whereSeparator: \.isWhitespace) where !isCountryCode(word) {
            if let digits = phoneFragmentDigits(word), digits.allSatisfy(\.isASCII),
               digits.count <= ClientNumberIndex.maxDigits {
                numbers.append(Array(digits.utf8))
            } else {
                terms += self.terms(forWord: String(word))
            }
        }
        return (numbers, terms.isEmpty ? nil : terms.joined(separator: " "))
    }

    /// A phone fragment typed with its punctuation ("(416)", "555-01") searches by its digits alone.
    /// Eleven digits starting with 1 ("1-519-844-9967") are a number with its country code: every
    /// such number is indexed without it too (`ClientSearchPhone`), so the 10 digits find it
    /// however it was stored.
    static func phoneFragmentDigits(_ word: Substring) -> String? {
        guard word.contains(where: \.isNumber), word.allSatisfy({ $0.isNumber || "()-.+/".contains($0) }) else { return nil }
        let digits = word.filter(\.isNumber)
        if digits.count == 11 && digits.first == "1" && digits.allSatisfy(\.isASCII) { return String(digits.dropFirst()) }
        return digits
    }

    /// "+1" typed before a phone number ("+1 519 844 9967"): the country code, which adds nothing.
    static func isCountryCode(_ word: Substring) -> Bool { word == "+1" }

    /// One typed word → FTS5 terms, all of which must match (FTS5's implicit AND).
    static func terms(forWord word: String) -> [String] {
        if isCountryCode(word[...]) { return [] }
        if let digits = phoneFragmentDigits(word[...]) { return [prefix(digits)] }
        var terms: [String] = []
        var other = ""
        var cjk: [Character] = []
        func flushOther() {
            if other.contains(where: { $0.isLetter || $0.isNumber }) { terms.append(prefix(other)) }
            other = ""
        }
        func flushCJK() {
            // The `cjk` column holds one token per character: consecutive characters form a phrase.
            if !cjk.isEmpty { terms.append(quoted(cjk.map(String.init).joined(separator: " "))) }
            cjk = []
        }
        for character in word {
            if isCJK(character) {
                flushOther(); cjk.append(character)
            } else {
                flushCJK(); other.append(character)
            }
        }
        flushOther(); flushCJK()
        return terms
    }

    static func isCJK(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { Int($0.value) >= ClientSearchV2.firstCJKScalar } ?? false
    }

    /// A quoted string is tokenized by FTS5 like the indexed text (accents dropped, punctuation split),
    /// so nothing typed can be read as FTS5 syntax.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func prefix(_ text: String) -> String { quoted(text) + "*" }
}
