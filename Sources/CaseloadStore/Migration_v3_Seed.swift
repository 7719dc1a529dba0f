import CaseloadCore
import GRDB

/// v3: what a new database starts with: the value lists (domain.md's proposals, which
/// administrators then edit), one default site and the settings. Frozen once released: later
/// changes to `ValueListKind.seedValues` reach only new databases, never edited ones.
enum SeedV3 {
    static let defaultSiteName = "Main office"

    /// Note bodies pre-filled when a note of this Type is started.
    static let noteTemplates: [String: String] = [
        "Consent": "Consent topic: \nGiven or withdrawn: \nHow it was obtained (in person, phone, signed form): \n"
            + "Client told they may withdraw consent at any time: \n",
        "Contact Attempt": "Method: \nNumber or address used: \nResult: \nMessage left: \nNext attempt by: \n",
    ]

    /// The kinds v1's CHECK allows; a kind added to CaseloadCore later needs its own migration.
    static let v1Kinds = ["communication", "note_type", "plan_item_type", "closure_reason",
                          "contact_method", "support_category", "end_reason"]

    static func migrate(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO site(name) VALUES (?)", arguments: [defaultSiteName])
        let insert = try db.makeStatement(sql: """
            INSERT INTO value_list_entry(kind, value, position, is_active, template) VALUES (?, ?, ?, 1, ?)
            """)
        for kind in v1Kinds.compactMap(ValueListKind.init(rawValue:)) {
            for (position, value) in kind.seedValues.enumerated() {
                let template = kind == .noteType ? noteTemplates[value] : nil
                try insert.execute(arguments: [kind.rawValue, value, position + 1, template])
            }
        }
        try db.execute(sql: """
            INSERT INTO setting(key, value) VALUES
                ('\(Setting.observedSubstitutes.rawValue)', '1'),
                ('\(Setting.agencyName.rawValue)', 'Employment Services');
            """)
    }
}
