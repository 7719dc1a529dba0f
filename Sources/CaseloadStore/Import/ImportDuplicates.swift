import CaseloadCore
import Foundation
import GRDB

/// What the import does with a new row that strongly matches a client (issue #19): the same rule as
/// the intake (`ExactDuplicate.match`: same birth date and phone, or same name and birth date; a
/// known CaMS reference updates its client instead).
public enum ImportDuplicatePolicy: Sendable, Equatable {
    /// Leave such rows out and list them (the default: a person confirms each one).
    case holdBack
    /// Create them anyway, keeping this reason with each (as the intake's "create anyway" does).
    case create(reason: String)
}

/// A new row that strongly matches an existing client, or a row created earlier in the same file.
public struct ImportDuplicate: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var name: String
    public var dateOfBirth: LocalDate
    /// The existing client it matches (nil when it matches an earlier row of the file).
    public var matchedClientID: Int64?
    /// The earlier line of the file it matches (nil when it matches an existing client).
    public var matchedLine: Int?
    public var matchedName: String
    /// How: "same name and date of birth", "same date of birth and phone".
    public var match: String
    /// Created anyway with the reason (`--create-duplicates`), or held back.
    public var wasCreated: Bool

    /// `line 14: Zoë Côté 1990-02-03 matches client #812 Cote, Zoe (same name and date of birth); not imported`.
    public var description: String {
        let other = matchedClientID.map { "client #\($0) \(matchedName)" } ?? "line \(matchedLine ?? 0) \(matchedName)"
        return "line \(line): \(name) \(dateOfBirth.iso) matches \(other) (\(match)); "
            + (wasCreated ? "created anyway, the reason kept" : "not imported")
    }
}

/// The clients born on the days the file names, read in one query up front; each new row is then
/// matched in memory against the few born the same day (a dictionary lookup per row, not a scan).
/// Each client's comparison key is worked out once (`ExactDuplicate.Key`), not once per comparison.
struct ImportDuplicateCheck {
    private var existing: [LocalDate: [(client: Client, key: ExactDuplicate.Key)]] = [:]
    /// New clients of this file so far, with their lines (two rows of one person in one file).
    private var earlier: [LocalDate: [(client: Client, key: ExactDuplicate.Key, line: Int)]] = [:]

    static func load(_ db: Database, birthDates: [LocalDate]) throws -> ImportDuplicateCheck {
        var check = ImportDuplicateCheck()
        let days = Array(Set(birthDates.map(\.iso)))
        guard !days.isEmpty else { return check }
        let clients = try Client.fetchCursor(db, sql: """
            SELECT * FROM client WHERE date_of_birth IN (SELECT value FROM json_each(?)) ORDER BY id
            """, arguments: [ImportLookup.jsonArray(days)])
        while let client = try clients.next() {
            if let born = client.dateOfBirth { check.existing[born, default: []].append((client, ExactDuplicate.Key(client))) }
        }
        return check
    }

    /// Sorts the planned rows: new rows that strongly match are held back (or, with a reason, kept
    /// and listed); everything else goes on unchanged. Rows are looked at in file order.
    mutating func sort(_ plans: [RowPlan], policy: ImportDuplicatePolicy) -> (plans: [RowPlan], duplicates: [ImportDuplicate]) {
        var kept: [RowPlan] = []
        kept.reserveCapacity(plans.count)
        var duplicates: [ImportDuplicate] = []
        let keys = Self.keys(plans)
        for (plan, key) in zip(plans, keys) {
            guard let key, let born = key.born else { kept.append(plan); continue }
            if let found = duplicate(of: plan, key: key, born: born) {
                var found = found
                if case .create = policy { found.wasCreated = true }
                duplicates.append(found)
                if !found.wasCreated { continue }
            }
            earlier[born, default: []].append((plan.client, key, plan.line))
            kept.append(plan)
        }
        return (kept, duplicates)
    }

    /// Each new row's key (nil for the others), worked out on every core: folding the names is the
    /// costly part, and the rows are compared one after another only once the keys are known.
    private static func keys(_ plans: [RowPlan]) -> [ExactDuplicate.Key?] {
        let pieces = ParallelChunks.ranges(plans.count, size: 2_000)
        return ParallelChunks.map(pieces.count) { i in
            plans[pieces[i]].map { $0.outcome == .created && $0.client.dateOfBirth != nil ? ExactDuplicate.Key($0.client) : nil }
        }.flatMap { $0 }
    }

    private func duplicate(of plan: RowPlan, key: ExactDuplicate.Key, born: LocalDate) -> ImportDuplicate? {
        let name = "\(plan.client.firstName) \(plan.client.lastName)"
        if let (other, match) = ExactDuplicate.match(key, among: (existing[born] ?? []).lazy.map { ($0.client, $0.key) }) {
            return ImportDuplicate(line: plan.line, name: name, dateOfBirth: born, matchedClientID: other.id, matchedLine: nil,
                                   matchedName: other.sortName, match: match, wasCreated: false)
        }
        for earlier in earlier[born] ?? [] {
            if let match = key.match(earlier.key) {
                return ImportDuplicate(line: plan.line, name: name, dateOfBirth: born, matchedClientID: nil, matchedLine: earlier.line,
                                       matchedName: earlier.client.sortName, match: match, wasCreated: false)
            }
        }
        return nil
    }
}

extension Database {
    /// After the rows are written: keeps the reason with each new client created although it matched
    /// (`duplicate_confirmation`, audited), found by its CaMS reference (unique).
    func keepImportedDuplicateReasons(_ duplicates: [ImportDuplicate], plans: [RowPlan], reason: String,
                                      by actor: StaffMember, at now: Date) throws {
        let references = Dictionary(plans.map { ($0.line, $0.client.camsReference) }, uniquingKeysWith: { a, _ in a })
        for duplicate in duplicates where duplicate.wasCreated {
            guard let reference = references[duplicate.line] ?? nil,
                  let created = try Client.fetchOne(self, sql: "SELECT * FROM client WHERE cams_reference = ?", arguments: [reference]) else { continue }
            let matched: Client? = if let id = duplicate.matchedClientID { try Client.fetchOne(self, key: id) }
                else { try Client.fetchOne(self, sql: "SELECT * FROM client WHERE cams_reference = ?",
                                           arguments: [references[duplicate.matchedLine ?? -1] ?? nil]) }
            guard let matched else { continue }
            try keepDuplicateConfirmation(clientID: created.id!, matched: (matched, duplicate.match), reason: reason, by: actor, at: now)
        }
    }
}
