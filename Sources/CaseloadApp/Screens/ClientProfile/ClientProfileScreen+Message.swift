import CaseloadStore

/// The older screens' words for a store error, kept only for the screens not yet on the screen
/// contract (they call `ClientProfileScreen.message`); the profile itself and every new screen use
/// `UserSentence`. Remove once nothing calls it.
enum ClientProfileScreen {
    /// The store's own words; field problems without the field ids.
    static func message(_ error: any Error) -> String {
        guard let store = error as? StoreError else { return UserSentence.describe(error) }
        if case .invalid(let problems) = store { return problems.map(\.message).joined(separator: " ") }
        return store.message
    }
}
