import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// The one place an error becomes words for the person at the keyboard: the store's own sentence,
/// field problems without their field ids, and a plain fallback that never shows Swift's dump of
/// an enum. Every screen's failures go through here (`ScreenFailure`).
public enum UserSentence {
    /// What went wrong, in the store's words.
    public static func describe(_ error: any Error) -> String {
        switch error {
        case StoreError.invalid(let problems): return sentence(problems)
        case let store as StoreError: return store.message
        case let problems as FieldProblems: return problems.byField.keys.sorted().compactMap { problems.byField[$0] }.joined(separator: " ")
        case let described as CustomStringConvertible where !(error is DecodingError): return described.description
        default: return "an unexpected error (\(type(of: error)))"
        }
    }

    /// "Could not <doing>: <reason>." with the reason's own end kept.
    public static func failure(doing: String, _ error: any Error) -> String {
        let reason = describe(error)
        guard !doing.isEmpty else { return ending(reason) }
        return ending("Could not \(doing): \(reason)")
    }

    /// Field problems as one sentence each, without the field ids ("start_date: …").
    static func sentence(_ problems: [FieldError]) -> String {
        problems.map { ending(capitalised($0.message)) }.joined(separator: " ")
    }

    private static func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
    private static func ending(_ s: String) -> String {
        guard let last = s.last else { return s }
        return ".!?".contains(last) ? s : s + "."
    }
}
