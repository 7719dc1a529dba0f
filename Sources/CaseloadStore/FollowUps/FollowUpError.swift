import CaseloadCore
import Foundation
import GRDB

/// Why the store refused to act on a follow-up, said so the person knows what to do next.
public enum FollowUpError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A caseworker tried to act on an item that answers to someone else.
    case notYours(ownerName: String?)
    /// A caseworker tried to add a follow-up for a client assigned to someone else.
    case notYourClient(clientName: String)
    /// Somebody already completed this item.
    case alreadyCompleted(by: String?, on: LocalDate)

    public var message: String {
        switch self {
        case .notYours(let owner):
            return "This follow-up is \(owner.map { "\($0)'s" } ?? "for an unassigned client"): only its caseworker or a supervisor can act on it"
        case .notYourClient(let name):
            return "\(name) is another caseworker's client: ask their caseworker or a supervisor to add the follow-up"
        case .alreadyCompleted(let by, let day):
            return "Already completed\(by.map { " by \($0)" } ?? "") on \(day.long): reload to see the queue as it is now"
        }
    }

    public var description: String { message }
}

extension CaseloadDatabase {
    /// `write`, letting a `FollowUpError` through as itself so screens and tests can tell a refusal
    /// from a database failure (every other error is translated as `write` does).
    func followUpWrite<T>(_ body: (Database) throws -> T, operation: String = #function) throws -> T {
        precondition(!isInSnapshot, "\(operation): a write inside a read snapshot")
        do { return try StoreLog.timed(operation, path: path) { try pool.write(body) } } catch let refusal as FollowUpError {
            StoreLog.failed(refusal, during: operation, path: path)
            throw refusal
        } catch {
            let translated = StoreError(using: path, error)
            StoreLog.failed(translated, during: operation, path: path)
            throw translated
        }
    }
}
