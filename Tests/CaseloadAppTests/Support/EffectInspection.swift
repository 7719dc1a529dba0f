import CaseloadCore
import TerminalKit
@testable import CaseloadApp

extension Array {
    /// The app commands among a model's effects (tests compare them; closures cannot be).
    var commands: [AppCommand] {
        compactMap { element -> AppCommand? in
            guard let effect = element as? any EffectCommand else { return nil }
            return effect.appCommand
        }
    }
    /// The model used the key (any effect at all, `.handled` included).
    var isHandled: Bool { !isEmpty }
}

/// Lets tests read an effect's command without knowing the screen's message type.
protocol EffectCommand { var appCommand: AppCommand? { get } }
extension Effect: EffectCommand {
    var appCommand: AppCommand? { if case .command(let c) = self { return c } else { return nil } }
}
