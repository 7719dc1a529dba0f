import CaseloadCore
import CaseloadStore
import Foundation

/// What a reload asks for, and what the selection does when the page arrives.
struct ClientListReload {
    var query: ClientListQuery
    /// "My clients": an empty result also counts how many of all clients match.
    var onlyMine: Bool
    /// The caseworker and stream filters' choices are read with the first page.
    var needsFilterChoices: Bool
    var freshDirectory: Bool
    /// Someone committed changes to these clients (issue #23): only their places in the directory
    /// are brought up to date (a directory that cannot be updated is built afresh).
    var updatedClients: Set<Int64> = []
    /// The rows shown may stay when none of `updatedClients` was or is listed (not for an empty
    /// list, whose count of other clients matching covers every client).
    var mayKeepPage = false
    /// Keep the selected client (by id, else the row number); false selects the first row.
    var keepSelection: Bool
    var keepID: Int64?
    /// A search keystroke: due items of clients not seen yet wait for the pause in typing.
    var deferNextDue: Bool
}

/// A first page as the store answered it.
struct ClientListPage {
    var request: ClientListReload
    var rows: [ClientListRow]
    var total: Int
    /// When "My clients" finds nothing: how many of all clients match (0 otherwise).
    var othersMatching: Int
    var filterChoices: (caseworkers: [StaffMember], streams: [String])?
}

/// The client list's `ClientDirectory`, kept between effects: a cache of the store (every client's
/// place in each order) that must not be rebuilt per keystroke. Only the effects below touch it.
final class ClientDirectoryCache {
    private var directory: ClientDirectory?
    /// How many times the directory was built from every client (tests count full reloads).
    private(set) var builds = 0
    /// How many changes left the page as it was, unread (tests count them).
    private(set) var keptPages = 0
    func keptPage() { keptPages += 1 }

    func forget() { directory = nil }

    /// Brings the changed clients up to date in place: whether any of them was or is now listed;
    /// nil when there was nothing to update or it failed (the next `current` builds afresh).
    func update(clientIDs: Set<Int64>) -> Bool? {
        guard let directory else { return nil }
        do { return try directory.update(clientIDs: clientIDs) } catch { forget(); return nil }
    }

    func current(_ env: AppEnvironment) throws -> ClientDirectory {
        if let directory { return directory }
        let db = env.db
        let nextDue: (() throws -> [Int64: LocalDate])? = env.can(.viewFollowUps)
            ? { try db.nextDueDates(asOf: env.today, now: env.now, zone: env.zone) } : nil
        let made = try ClientDirectory(db: db, nextDue: nextDue, by: env.actor)
        builds += 1
        directory = made
        return made
    }

    /// Reads the numbers digit searches use, if a directory exists (a failure waits for the first digit).
    func prepareNumberSearch() { try? directory?.prepareNumberSearch() }
}

extension Effect where Message == ClientListMessage {
    static func loadPage(_ request: ClientListReload, _ cache: ClientDirectoryCache) -> Self {
        .read("load clients") { env in
            if request.freshDirectory {
                cache.forget()
            } else if !request.updatedClients.isEmpty, cache.update(clientIDs: request.updatedClients) == false, request.mayKeepPage {
                cache.keptPage()
                return .pageUnchanged   // none of them was or is on this list: no page to read
            }
            let choices = request.needsFilterChoices
                ? (try env.db.listStaff(includeInactive: false).filter { $0.role == .caseworker }, try env.db.clientStreams()) : nil
            let directory = try cache.current(env)
            let (rows, total) = try directory.page(request.query)
            return .page(ClientListPage(request: request, rows: rows, total: total,
                                        othersMatching: try othersMatching(request, total: total, in: directory),
                                        filterChoices: choices))
        }
    }

    /// When "My clients" lists nothing for a search or filter: how many of all clients match it, so
    /// the empty list can say so. Only asked on an empty result, so typing stays as fast.
    private static func othersMatching(_ request: ClientListReload, total: Int, in directory: ClientDirectory) throws -> Int {
        let query = request.query
        let narrowed = !query.text.isEmpty || query.status != nil || query.referralSource != nil || query.stream != nil
        guard total == 0, request.onlyMine, narrowed else { return 0 }
        var everyone = query
        everyone.caseworkerID = nil
        everyone.limit = 0
        return try directory.page(everyone).total
    }

    static func loadMore(_ query: ClientListQuery, _ cache: ClientDirectoryCache) -> Self {
        .read("load more clients") { env in .more(offset: query.offset, rows: try cache.current(env).page(query).rows) }
    }

    static func lookUpNextDue(_ clientIDs: [Int64]) -> Self {
        .read("look up due items") { env in
            let due = try env.db.clientListNextDue(asOf: env.today, now: env.now, clientIDs: clientIDs, zone: env.zone)
            return .nextDue(Dictionary(clientIDs.map { ($0, due[$0]) }, uniquingKeysWith: { a, _ in a }))
        }
    }

    static func prepareNumberSearch(_ cache: ClientDirectoryCache) -> Self {
        .read("read the numbers searches use") { _ in
            cache.prepareNumberSearch()
            return .numberSearchReady
        }
    }
}
