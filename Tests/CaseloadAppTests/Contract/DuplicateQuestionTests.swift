import TerminalKit
import Testing
@testable import CaseloadApp

/// The strong-duplicate question shared by the intake form and the walk-in screen (issue #19): yes,
/// then a reason, is the only way to a confirmation; n or Esc at either step declines.
@MainActor @Suite struct DuplicateQuestionTests {
    static func typed(_ text: String, into question: inout DuplicateQuestion) {
        for c in text { #expect(question.answer(.char(c)) == .asking) }
    }

    @Test func yesThenAReasonConfirmsWithThatReason() {
        var question = DuplicateQuestion(clientID: 812, clientName: "Cote, Zoe")
        #expect(!question.isAskingReason)
        #expect(question.answer(.char("x")) == .asking, "an unrelated key keeps asking")
        #expect(question.answer(.char("y")) == .asking)
        #expect(question.isAskingReason)
        #expect(question.answer(.enter) == .missingReason, "no reason, no confirmation")
        Self.typed("Twins; checked ID", into: &question)
        #expect(question.answer(.enter) == .confirmed(reason: "Twins; checked ID"))
        #expect(question.clientID == 812 && question.clientName == "Cote, Zoe")
    }

    @Test func noOrEscDeclinesAtEitherStep() {
        var first = DuplicateQuestion(clientID: 1, clientName: "A")
        #expect(first.answer(.char("n")) == .declined)
        var escaped = DuplicateQuestion(clientID: 1, clientName: "A")
        #expect(escaped.answer(.escape) == .declined)
        var later = DuplicateQuestion(clientID: 1, clientName: "A")
        _ = later.answer(.char("y"))
        Self.typed("half", into: &later)
        #expect(later.answer(.escape) == .asking, "Esc on a typed reason asks before dropping it")
        #expect(later.answer(.char("y")) == .declined, "y drops it and goes back to the form")
        var untyped = DuplicateQuestion(clientID: 1, clientName: "A")
        _ = untyped.answer(.char("y"))
        #expect(untyped.answer(.escape) == .declined, "Esc on an empty reason goes back at once")
    }
}
