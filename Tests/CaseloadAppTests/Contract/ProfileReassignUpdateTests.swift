import CaseloadCore
@testable import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// The profile's `r` (issue #22, supervisor 3), with no database: caseworker, then the reason
/// (required), then the open work that moves, and only `y` writes.
@MainActor @Suite struct ProfileReassignUpdateTests {
    static let marie = StaffMember(id: 8, username: "mroy", fullName: "Marie Roy", role: .caseworker)
    static let monday = LocalDate(year: 2026, month: 1, day: 19)!
    static let work = OpenWork(
        appointments: [Appointment(id: 3, clientID: ClientProfileUpdateTests.zoeID, staffID: 7, siteID: 1, day: monday,
                                   startMinute: 10 * 60, purpose: "Resume review")],
        followUps: [ManualFollowUp(id: 4, clientID: ClientProfileUpdateTests.zoeID, ownerID: 7, title: "Call about the job fair",
                                   dueOn: monday, createdBy: 7)])

    static func prompt(_ model: ClientProfileModel) -> ReasonPrompt? {
        if case .reassignReason(let prompt, _)? = model.state.modal { return prompt }
        return nil
    }
    static func confirmation(_ model: ClientProfileModel) -> ReassignConfirmation? {
        if case .reassignConfirm(let confirmation)? = model.state.modal { return confirmation }
        return nil
    }
    static func type(_ text: String, into model: inout ClientProfileModel) {
        for c in text { _ = model.update(.key(.char(c))) }
    }

    /// A supervisor's profile of Zoë with Marie chosen in the chooser: the reason prompt is open.
    static func askingTheReason() throws -> ClientProfileModel {
        var model = try ClientProfileUpdateTests.loaded(.supervisor)
        #expect(ClientProfileUpdateTests.doing(model.update(.key(.char("r")))) == ["list caseworkers"])
        let dana = StaffMember(id: 7, username: "dlee", fullName: "Dana Lee", role: .caseworker)
        _ = model.update(.loaded(.caseworkersToReassign([dana, marie])))
        type("mar", into: &model)
        #expect(model.update(.key(.enter)).isHandled)
        return model
    }

    @Test func choosingACaseworkerAsksWhyBeforeAnythingIsRead() throws {
        var model = try Self.askingTheReason()
        let prompt = try #require(Self.prompt(model), "the reason comes after the caseworker")
        #expect(prompt.title == "Why move Côté, Zoë to Marie Roy?" && prompt.isRequired)
        #expect(model.footerKeys.bindings.isEmpty, "the dialog's own hint says its keys")

        let empty = model.update(.key(.enter))
        #expect(ClientProfileUpdateTests.doing(empty).isEmpty, "no reason: nothing read, nothing written")
        #expect(Self.prompt(model)?.problem == "A reason is required: type one or pick one with ↑↓.")

        Self.type("Caseload balancing", into: &model)
        #expect(model.hasUnsavedInput)
        #expect(ClientProfileUpdateTests.doing(model.update(.key(.enter))) == ["list what moves with this client"])
    }

    @Test func escWithATypedReasonAsksBeforeDiscardingIt() throws {
        var model = try Self.askingTheReason()
        Self.type("Bal", into: &model)
        #expect(model.update(.key(.escape)).commands.isEmpty)
        #expect(Self.prompt(model)?.discard.isAsking == true, "typed text is not thrown away on one Esc")
        _ = model.update(.key(.char("n")))
        #expect(Self.prompt(model)?.field.text == "Bal", "n goes back to the text")
        _ = model.update(.key(.escape))
        #expect(model.update(.key(.char("y"))).commands == [.status("Not reassigned.", isError: false)])
        #expect(model.state.modal == nil, "the dialog is closed")
    }

    @Test func theConfirmationListsWhatMovesAndOnlyYWrites() throws {
        var model = try Self.askingTheReason()
        Self.type("Caseload balancing", into: &model)
        _ = model.update(.key(.enter))
        _ = model.update(.loaded(.openWorkToMove(Self.work, to: Self.marie, reason: "Caseload balancing")))
        let confirmation = try #require(Self.confirmation(model))
        #expect(confirmation.lines.contains("Reason: Caseload balancing"))
        #expect(confirmation.lines.contains("  Appointment Mon 19 Jan 2026 10:00 · Resume review"))
        #expect(confirmation.lines.contains("  Follow-up due Mon 19 Jan 2026: Call about the job fair"))

        #expect(ClientProfileUpdateTests.doing(model.update(.key(.char("x")))).isEmpty)
        // n goes back to the reason with the typing kept; Enter reads the open work again.
        _ = model.update(.key(.char("n")))
        #expect(Self.prompt(model)?.field.text == "Caseload balancing")
        #expect(ClientProfileUpdateTests.doing(model.update(.key(.enter))) == ["list what moves with this client"])
        _ = model.update(.loaded(.openWorkToMove(Self.work, to: Self.marie, reason: "Caseload balancing")))

        #expect(ClientProfileUpdateTests.doing(model.update(.key(.char("y")))) == ["reassign this client"])
        let done = model.update(.loaded(.reassigned(to: Self.marie, moved: Self.work)))
        #expect(done.commands == [.status("Côté, Zoë reassigned to Marie Roy with 1 appointment and 1 follow-up.", isError: false)])
        #expect(model.state.modal == nil, "the dialog is closed")
    }

    @Test func withNothingOpenTheConfirmationSaysNothingElseMoves() throws {
        var model = try Self.askingTheReason()
        Self.type("Caseload balancing", into: &model)
        _ = model.update(.key(.enter))
        _ = model.update(.loaded(.openWorkToMove(OpenWork(), to: Self.marie, reason: "Caseload balancing")))
        let lines = try #require(Self.confirmation(model)).lines
        #expect(lines.contains("Nothing else moves: no appointments to come, no open follow-ups."))
        _ = model.update(.key(.char("y")))
        #expect(model.update(.loaded(.reassigned(to: Self.marie, moved: OpenWork()))).commands
                == [.status("Côté, Zoë reassigned to Marie Roy; nothing else moved.", isError: false)])
    }

    @Test func aRefusedReassignmentGoesBackToTheReasonWithWhy() throws {
        var model = try Self.askingTheReason()
        Self.type("Caseload balancing", into: &model)
        _ = model.update(.key(.enter))
        _ = model.update(.loaded(.openWorkToMove(Self.work, to: Self.marie, reason: "Caseload balancing")))
        _ = model.update(.key(.char("y")))
        let refused = model.update(.failed(ScreenFailure(doing: "reassign this client", error: StoreError.staleVersion(recordType: "client", id: 42, expected: 0, found: 1, changedBy: nil, changedAt: nil))))
        #expect(ClientProfileUpdateTests.doing(refused) == ["load this client"], "a stale client is read again")
        let prompt = try #require(Self.prompt(model))
        #expect(prompt.field.text == "Caseload balancing" && prompt.problem != nil)
    }
}
