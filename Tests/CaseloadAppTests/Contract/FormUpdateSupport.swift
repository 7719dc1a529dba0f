import CaseloadCore
import Foundation
import TerminalKit
@testable import CaseloadApp

/// For the forms' pure `update` tests: what a model asked the store for, by its "doing" words.
extension Array {
    /// The `.read` effects' descriptions, in order.
    var readsAskedFor: [String] {
        compactMap { ($0 as? any EffectDoing)?.doing(kind: .read) }
    }
    /// The `.write` effects' descriptions, in order.
    var writesAskedFor: [String] {
        compactMap { ($0 as? any EffectDoing)?.doing(kind: .write) }
    }
    /// Any store effect at all.
    var asksTheStore: Bool { !readsAskedFor.isEmpty || !writesAskedFor.isEmpty }
}

enum EffectKind { case read, write }

/// What a read or write effect is for (its closure cannot be compared; its purpose can).
protocol EffectDoing {
    func doing(kind: EffectKind) -> String?
    /// "read: <doing>" / "write: <doing>", nil for other effects.
    var doingText: String? { get }
}
extension Effect: EffectDoing {
    func doing(kind: EffectKind) -> String? {
        switch (self, kind) {
        case (.read(let doing, _), .read), (.write(let doing, _), .write): return doing
        default: return nil
        }
    }
    var doingText: String? {
        doing(kind: .read).map { "read: \($0)" } ?? doing(kind: .write).map { "write: \($0)" }
    }
}

/// A form model under test: keys in, effects out.
@MainActor protocol KeyedModel: ScreenModel {}
extension IntakeModel: KeyedModel {}
extension NoteEntryModel: KeyedModel {}
extension EmploymentEntryModel: KeyedModel {}
extension PlanEditorModel: KeyedModel {}

extension KeyedModel {
    /// Types `text` as separate keys; returns every effect the keys asked for.
    @discardableResult
    mutating func type(_ text: String) -> [Effect<Message>] { text.flatMap { update(.key(.char($0))) } }
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect<Message>] { keys.flatMap { update(.key($0)) } }
}

@MainActor enum FormUpdateFixture {
    static func context(_ role: StaffRole, id: Int64 = 7) -> ScreenContext {
        ScreenContext(actor: StaffMember(id: id, username: "dlee", fullName: "Dana Lee", role: role, siteID: 1),
                      today: AppFixture.today, now: AppFixture.now, zone: AppFixture.zone)
    }
    static var clock: () -> Date { { AppFixture.now } }
}
