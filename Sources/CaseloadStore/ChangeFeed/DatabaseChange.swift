/// What other sessions (or this one) committed since a screen last looked: the clients concerned,
/// by kind of record, and where appointments moved; or "everything" when the feed cannot say
/// (it was pruned past the reader, or a change concerns no one client: staff, sites, settings).
public struct DatabaseChange: Equatable, Sendable {
    /// Reload everything: the other fields are empty.
    public private(set) var isEverything: Bool
    /// The clients each kind of record (its table's name) changed for.
    public private(set) var clientsByKind: [String: Set<Int64>]
    /// Every client any change concerns.
    public private(set) var clientIDs: Set<Int64>
    /// Where appointments were added, changed or removed ("site/day": `"2/2026-12-07"`).
    public private(set) var appointmentPlaces: Set<String>

    public static let everything = DatabaseChange(isEverything: true)
    public static let nothing = DatabaseChange(isEverything: false)

    private init(isEverything: Bool) {
        self.isEverything = isEverything; clientsByKind = [:]; clientIDs = []; appointmentPlaces = []
    }

    /// Built from feed entries; one entry without a client makes it `everything`.
    public init(_ entries: [ChangeFeedEntry]) {
        self.init(isEverything: false)
        for entry in entries { add(entry) }
    }

    public mutating func add(_ entry: ChangeFeedEntry) {
        guard !isEverything else { return }
        guard let client = entry.clientID else { self = .everything; return }
        clientsByKind[entry.kind, default: []].insert(client)
        clientIDs.insert(client)
        if let place = entry.place { appointmentPlaces.insert(place) }
    }

    /// Both changes at once (a screen that missed one tick's change gets it with the next).
    public func merged(with other: DatabaseChange) -> DatabaseChange {
        if isEverything || other.isEverything { return .everything }
        var both = self
        for (kind, ids) in other.clientsByKind { both.clientsByKind[kind, default: []].formUnion(ids) }
        both.clientIDs.formUnion(other.clientIDs)
        both.appointmentPlaces.formUnion(other.appointmentPlaces)
        return both
    }

    public var isEmpty: Bool { !isEverything && clientIDs.isEmpty }

    /// True when the change may alter what is shown about this client.
    public func concerns(clientID: Int64) -> Bool { isEverything || clientIDs.contains(clientID) }

    /// True when an appointment at this site on this day was written.
    public func concerns(siteID: Int64, day: String) -> Bool {
        isEverything || appointmentPlaces.contains("\(siteID)/\(day)")
    }
}

/// One row of the change feed.
public struct ChangeFeedEntry: Equatable, Sendable {
    public var seq: Int64
    /// The table written ("case_note").
    public var kind: String
    /// The client the row concerns; nil when it concerns no one client.
    public var clientID: Int64?
    /// An appointment's "site/day".
    public var place: String?

    public init(seq: Int64, kind: String, clientID: Int64?, place: String? = nil) {
        self.seq = seq; self.kind = kind; self.clientID = clientID; self.place = place
    }
}
