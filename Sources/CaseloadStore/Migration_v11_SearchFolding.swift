import GRDB

/// v11 (search): the client search index anew, with two more kinds of search key. Frozen once released.
///
/// - Names are folded with `SearchFolding` first, so "dang" finds Đặng, "lukasz" Łukasz, "oe" Œ…
///   (unicode61 only drops accents that come off a base letter).
/// - A North American phone also holds its number without the country code, its 7-digit local
///   number and its 4-digit line, each as one token (`ClientSearchPhone`): so "844-9967" and
///   "8449967" find (519) 844-9967, however the number was typed in.
///
/// The tokenizer and columns are v2's (see Migration_v2_ClientSearch); the triggers are v2's and
/// v6's with the new values. Existing databases get every client indexed again here.
enum ClientSearchV11 {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER client_fts_after_insert;
            DROP TRIGGER client_fts_after_update;
            DROP TRIGGER client_fts_after_delete;
            DROP TABLE client_fts;

            CREATE VIRTUAL TABLE client_fts USING fts5(
                name, cams, phone, cjk,
                tokenize = 'unicode61 remove_diacritics 2',
                prefix = '1 2 3 4'
            );

            CREATE TRIGGER client_fts_after_insert AFTER INSERT ON client
            WHEN NOT EXISTS (SELECT 1 FROM client_search_deferral) BEGIN
                \(insertRow(from: "new"));
            END;

            CREATE TRIGGER client_fts_after_update
            AFTER UPDATE OF id, first_name, last_name, preferred_name, cams_reference, phone ON client BEGIN
                DELETE FROM client_fts WHERE rowid = old.id;
                \(insertRow(from: "new"));
            END;

            CREATE TRIGGER client_fts_after_delete AFTER DELETE ON client BEGIN
                DELETE FROM client_fts WHERE rowid = old.id;
            END;

            DELETE FROM client_search_deferral;
            \(insertRows(where: "1"));
            """)
    }

    static func insertRow(from row: String) -> String {
        "INSERT INTO client_fts(rowid, name, cams, phone, cjk) VALUES (\(columns(of: row)))"
    }

    /// Indexes the clients that `condition` (on `client`) selects, in one statement.
    static func insertRows(where condition: String) -> String {
        "INSERT INTO client_fts(rowid, name, cams, phone, cjk) SELECT \(columns(of: "client")) FROM client WHERE \(condition)"
    }

    /// The indexed values of one client row (`new` in a trigger, `client` in a SELECT).
    /// `ClientSearchRow` works out the same values in Swift.
    static func columns(of r: String) -> String {
        let name = SearchFolding.sql("\(r).first_name || ' ' || \(r).last_name || ' ' || ifnull(\(r).preferred_name, '')")
        var digits = "\(r).phone"
        for separator in ClientSearchPhone.separators {
            digits = "replace(\(digits), '\(separator)', '')"
        }
        // The number without a leading 1 when it has 11 digits; its local number and line when
        // that leaves 10 digits and nothing else.
        let national = "(CASE WHEN length(\(digits)) = 11 AND substr(\(digits), 1, 1) = '1' THEN substr(\(digits), 2) ELSE \(digits) END)"
        let parts = """
            (CASE WHEN length(\(national)) = 10 AND \(national) NOT GLOB '*[^0-9]*' THEN \
            (CASE WHEN length(\(digits)) = 11 THEN ' ' || \(national) ELSE '' END) \
            || ' ' || substr(\(national), 4) || ' ' || substr(\(national), 7) ELSE '' END)
            """
        let phone = "ifnull(\(r).phone || ' ' || \(digits) || \(parts), '')"
        let cjk = ["last_name", "first_name", "preferred_name"].flatMap { field in
            (1...ClientSearchV2.cjkCharactersPerName).map { i in
                "CASE WHEN unicode(substr(\(r).\(field), \(i), 1)) >= \(ClientSearchV2.firstCJKScalar) "
                    + "THEN substr(\(r).\(field), \(i), 1) || ' ' ELSE '' END"
            }
        }.joined(separator: " || ")
        return "\(r).id, \(name), \(r).cams_reference, \(phone), \(cjk)"
    }
}
