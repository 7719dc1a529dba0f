import CaseloadCore
import GRDB

extension ReportFigures {
    /// Clients served: any service activity in the stretch (each client once).
    /// Reads case_note(client_id, interaction_at, type) for notes other than Contact Attempt;
    /// contact_attempt(client_id, attempted_at, result = Reached); appointment(client_id, day,
    /// status Attended or Late); plan_item(actual_start, actual_end, is_cancelled) through
    /// action_plan(client_id); assessment(client_id, module1_completed_on, module2_completed_on).
    ///
    /// Activity rows outnumber the clients served several times over (about 220,000 rows for 80,000
    /// clients in two months of a 100,000-client agency), so SQL works out each row's stretch and a row
    /// only sets a flag; the clients in scope are read once at the end, with their caseworkers.
    static func clientsServed(_ f: ReportFacts, _ tally: inout FigureTally) throws {
        var served = ServedFlags(clients: try Int.fetchOne(f.db, sql: "SELECT max(id) FROM client") ?? 0)
        let instants = f.bothInstantBounds
        let from = min(instants[0].from, instants[1].from), before = max(instants[0].before, instants[1].before)
        let (firstDay, lastDay) = (f.window.earliest.iso, f.window.latest.iso)
        try f.each("""
            SELECT client_id, \(f.halfOfInstant("interaction_at")) FROM case_note
            WHERE interaction_at >= ? AND interaction_at < ? AND type <> 'Contact Attempt'
            """, [from, before]) { served.mark($0[0], $0[1]) }
        try f.each("""
            SELECT client_id, \(f.halfOfInstant("attempted_at")) FROM contact_attempt
            WHERE attempted_at >= ? AND attempted_at < ? AND result = 'Reached'
            """, [from, before]) { served.mark($0[0], $0[1]) }
        try f.each("""
            SELECT client_id, \(f.halfOfDay("day")) FROM appointment
            WHERE day BETWEEN ? AND ? AND status IN ('Attended', 'Late')
            """, [firstDay, lastDay]) { served.mark($0[0], $0[1]) }
        try f.each("""
            SELECT client_id, \(f.halfOfDay("module1_completed_on")), \(f.halfOfDay("module2_completed_on")) FROM assessment
            WHERE module1_completed_on BETWEEN ?1 AND ?2 OR module2_completed_on BETWEEN ?1 AND ?2
            """, [firstDay, lastDay]) { served.mark($0[0], $0[1]); served.mark($0[0], $0[2]) }
        // A plan item is active in a stretch when its actual dates overlap it.
        func overlaps(_ half: ReportWindow.Half) -> String {
            if half == .current && f.window.isEmpty { return "NULL" }
            let range = f.window.range(half)
            return "CASE WHEN i.actual_start <= '\(range.upperBound.iso)' AND (i.actual_end IS NULL OR i.actual_end >= '\(range.lowerBound.iso)') THEN \(half.rawValue) END"
        }
        try f.each("""
            SELECT a.client_id, \(overlaps(.current)), \(overlaps(.previous)) FROM plan_item i JOIN action_plan a ON a.id = i.plan_id
            WHERE i.is_cancelled = 0 AND i.actual_start <= ? AND (i.actual_end IS NULL OR i.actual_end >= ?)
            """, [lastDay, firstDay]) { served.mark($0[0], $0[1]); served.mark($0[0], $0[2]) }

        let (id, group, label) = ("clients_served", "Clients served", "Clients served")
        tally.declare(id, group: group, label: label)
        try f.each("SELECT c.id, c.caseworker_id FROM client c WHERE \(f.clientFilter)") { row in
            let client: Int64 = row[0]
            for half in [ReportWindow.Half.current, .previous] where served.contains(client, in: half) {
                tally.add(id, group: group, label: label, half, client: client, caseworker: row[1])
            }
        }
    }
}

/// Which clients had activity in each stretch: one flag per client id and stretch.
private struct ServedFlags {
    private var flags: [[Bool]]

    init(clients maxID: Int) { flags = Array(repeating: Array(repeating: false, count: maxID + 1), count: 2) }

    /// `half` is the SQL stretch number (0 current, 1 previous) or NULL for neither.
    mutating func mark(_ client: Int64, _ half: Int?) {
        guard let half, client >= 0 else { return }
        let index = Int(client)
        // A client added after max(id) was read cannot be here (one snapshot), but never index past the end.
        if index >= flags[half].count { for h in 0..<2 { flags[h] += Array(repeating: false, count: index + 1 - flags[h].count) } }
        flags[half][index] = true
    }

    func contains(_ client: Int64, in half: ReportWindow.Half) -> Bool {
        let index = Int(client)
        return index >= 0 && index < flags[half.rawValue].count && flags[half.rawValue][index]
    }
}
