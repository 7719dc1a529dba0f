import CaseloadCore

/// What the search index holds for one client, worked out in Swift exactly as the trigger's SQL
/// does (`ClientSearchV11.columns`): a bulk import computes it on every core and inserts it bound,
/// which costs half of SQLite evaluating the trigger's expressions row by row. A test holds the
/// two to the same values.
struct ClientSearchRow: Equatable, Sendable {
    var name: String
    var cams: String?
    var phone: String
    var cjk: String

    init(firstName: String, lastName: String, preferredName: String?, camsReference: String?, phone: String?) {
        name = SearchFolding.fold(firstName + " " + lastName + " " + (preferredName ?? ""))
        cams = camsReference
        self.phone = phone.map(ClientSearchPhone.searchText(of:)) ?? ""
        // SQL's substr counts code points: the first 16 of each name part, CJK ones each followed by a space.
        var cjk = String.UnicodeScalarView()
        for part in [lastName, firstName, preferredName ?? ""] {
            for scalar in part.unicodeScalars.prefix(ClientSearchV2.cjkCharactersPerName)
            where Int(scalar.value) >= ClientSearchV2.firstCJKScalar {
                cjk.append(scalar)
                cjk.append(" ")
            }
        }
        self.cjk = String(cjk)
    }

    init(_ client: Client) {
        self.init(firstName: client.firstName, lastName: client.lastName, preferredName: client.preferredName,
                  camsReference: client.camsReference, phone: client.phone)
    }
}
