import GRDB

/// v2: the client search index. Frozen once released.
///
/// `client_fts` (FTS5, unicode61 with diacritics removed, so "cote" finds "Côté") is kept by
/// triggers, in plain SQL so that edits made with the sqlite3 shell keep it right too. Columns:
/// - `name`: first, last and preferred names;
/// - `cams`: the CaMS reference, so "0012" finds 001234567;
/// - `phone`: the phone as typed and its digits alone, so "4165" finds "(416) 555-0199";
/// - `cjk`: each CJK/kana/Hangul character of the names as its own token. unicode61 keeps a run of
///   CJK characters as one token, so without this "秀英" would not find "王秀英".
enum ClientSearchV2 {
    /// Characters from U+2E80 (CJK radicals) up are split one per token in `cjk`.
    static let firstCJKScalar = 0x2E80
    /// Longest name part whose CJK characters are indexed one by one (CJK names are far shorter).
    static let cjkCharactersPerName = 16

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE client_fts USING fts5(
                name, cams, phone, cjk,
                tokenize = 'unicode61 remove_diacritics 2',
                prefix = '1 2 3 4'
            );

            CREATE TRIGGER client_fts_after_insert AFTER INSERT ON client BEGIN
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

            INSERT INTO client_fts(rowid, name, cams, phone, cjk)
            SELECT \(columns(of: "client")) FROM client;
            """)
    }

    static func insertRow(from row: String) -> String {
        "INSERT INTO client_fts(rowid, name, cams, phone, cjk) VALUES (\(columns(of: row)))"
    }

    /// The indexed values of one client row (`new` in a trigger, `client` in a SELECT).
    static func columns(of r: String) -> String {
        let name = "\(r).first_name || ' ' || \(r).last_name || ' ' || ifnull(\(r).preferred_name, '')"
        var digits = "\(r).phone"
        for separator in [" ", "(", ")", "-", ".", "+", "/"] {
            digits = "replace(\(digits), '\(separator)', '')"
        }
        let phone = "ifnull(\(r).phone || ' ' || \(digits), '')"
        let cjk = ["last_name", "first_name", "preferred_name"].flatMap { field in
            (1...cjkCharactersPerName).map { i in
                "CASE WHEN unicode(substr(\(r).\(field), \(i), 1)) >= \(firstCJKScalar) "
                    + "THEN substr(\(r).\(field), \(i), 1) || ' ' ELSE '' END"
            }
        }.joined(separator: " || ")
        return "\(r).id, \(name), \(r).cams_reference, \(phone), \(cjk)"
    }
}
