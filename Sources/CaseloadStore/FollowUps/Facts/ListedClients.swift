import CaseloadCore

/// The clients a load returned, for skipping other facts about clients the queue cannot show (the
/// whole list's closed clients): the engine would ignore those rows, so the loader does not build
/// them. Looked up as the engine does (`ClientPositions`).
struct ListedClients {
    /// Nil: every row passes.
    private let positions: ClientPositions?

    /// Passes every row: for reads joined with the scope table, which holds only the scope's clients.
    static let unfiltered = ListedClients(positions: nil)

    private init(positions: ClientPositions?) { self.positions = positions }

    init(_ clients: [ClientFact]) { positions = ClientPositions(clients) }

    func contains(_ id: Int64) -> Bool { positions.map { $0[id] != nil } ?? true }
}
