import Foundation

/// The Common Assessment (CAT Modules 1 and 2). Submitting it creates the client in CaMS,
/// which issues the reference number that must be linked within 24 hours.
public struct Assessment: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var clientID: Int64
    public var module1CompletedOn: LocalDate?
    public var module2CompletedOn: LocalDate?
    public var submittedAt: Date?
    public var commentForSA: String?
    public var version: Int

    public init(id: Int64? = nil, clientID: Int64, module1CompletedOn: LocalDate? = nil,
                module2CompletedOn: LocalDate? = nil, submittedAt: Date? = nil, commentForSA: String? = nil, version: Int = 0) {
        self.id = id; self.clientID = clientID; self.module1CompletedOn = module1CompletedOn
        self.module2CompletedOn = module2CompletedOn; self.submittedAt = submittedAt
        self.commentForSA = commentForSA; self.version = version
    }
}
