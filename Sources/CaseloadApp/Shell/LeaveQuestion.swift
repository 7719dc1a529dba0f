import TerminalKit

/// The question the shell asks when a screen with unsaved typing asks to go back (`AppCommand.leave`).
/// One mechanism for every form: the screen names its typing, the shell asks, pops on yes and says
/// what became of the typing either way.
public struct LeaveQuestion: Hashable, Sendable {
    public var dialog: ConfirmDialog
    /// The status line after yes (the screen closed) and after no (the typing stays); nil says nothing.
    public var leftMessage: String?
    public var stayedMessage: String?

    public init(title: String, message: [String], leftMessage: String? = nil, stayedMessage: String? = nil) {
        dialog = ConfirmDialog(title: title, message: message, defaultAnswer: .no)
        self.leftMessage = leftMessage; self.stayedMessage = stayedMessage
    }

    /// What a form asks unless it names its typing itself (also F2 and the menu's question).
    public static let standard = LeaveQuestion(title: "Leave without saving?", message: ["Typed text that was not saved will be lost."])

    /// What the shell does with an answer: yes goes back, no stays; each says its message.
    func commands(for answer: ConfirmDialog.Answer) -> [AppCommand] {
        switch answer {
        case .yes: return [.back] + (leftMessage.map { [.status($0, isError: false)] } ?? [])
        case .no: return stayedMessage.map { [.status($0, isError: false)] } ?? []
        }
    }
}
