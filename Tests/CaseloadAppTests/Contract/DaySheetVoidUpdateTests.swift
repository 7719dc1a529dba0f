import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// Voiding a mistaken walk-in from the day sheet (#22), with no database.
@MainActor @Suite struct DaySheetVoidUpdateTests {
    typealias T = DaySheetUpdateTests
    typealias F = PureFixture
    static let walkIn = F.daySheetRow(Appointment(id: 5, clientID: 105, staffID: 2, siteID: 1, day: AppFixture.today, startMinute: 13 * 60,
                                                  lengthMinutes: 30, purpose: "Walk-in", status: .attended, isWalkIn: true),
                                      first: "Amira", last: "Haddad")

    @Test func vOnAWalkInAsksWhyThenVoidsIt() {
        var model = T.loaded([T.zoe, Self.walkIn])
        _ = model.update(.key(.down))
        #expect(T.menu("v", &model).effectsAreOnlyHandled)
        guard case .voidReason(let prompt, let row)? = model.state.modal else { Issue.record("no reason prompt"); return }
        #expect(prompt.title == "Void walk-in: Haddad, Amira 13:00" && row.id == 5)
        #expect(model.update(.key(.enter)).askedFor.isEmpty, "a reason is required")
        _ = model.update(.key(.down))   // "Wrong client picked"
        #expect(model.update(.key(.enter)).askedFor == ["write: void the walk-in"])
        #expect(model.state.modal == nil)
    }

    @Test func vOnABookedAppointmentSaysWhyNotAndUOnAWalkInPointsToV() {
        var model = T.loaded([T.zoe, Self.walkIn])
        #expect(T.menu("v", &model).commands
            == [.status("Only a walk-in can be voided: Zoë Côté's was booked, so cancel it (c) or undo its status (u).", isError: true)])
        guard case .rowMenu? = model.state.modal else { Issue.record("the menu stays open after a refusal"); return }
        _ = model.update(.key(.escape))
        _ = model.update(.key(.down))
        #expect(T.menu("u", &model).commands
            == [.status("A walk-in cannot go back to Scheduled: press v to void it, with the reason.", isError: true)])
        _ = model.update(.key(.escape))
        #expect(model.state.modal == nil)
    }
}
