import CaseloadCore
import Foundation
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// Issue #15 item 1, headless at 80x24: a date outside the accepted range is pointed out where it
/// is typed, and nothing counts days from it (a job starting in 9999 used to crash the app while
/// its 12-month checkpoint was being shown, and the form was lost).
@MainActor @Suite struct DateEntryRangeTests {
    @Test func aJobStartingIn9999IsPointedOutAndTheFormIsKept() throws {
        let f = try AppFixture()
        let d = f.profile(f.wang, as: f.caseworker, tab: .eap)
        d.press(.char("7")); d.press(.char("J"))
        #expect(d.route == .employmentEntry(clientID: f.wang.id!))
        d.press(.enter, .enter)   // "New employer…": focus moves on to its name
        d.type("Northside Logistics")
        d.press(.tab); d.type("Warehouse associate")
        d.press(.tab); d.type("9999-10-31")
        #expect(d.screen.contains("! 9999-10-31 is after 2100-12-31: check the year"), "whole, at 80 columns\n\(d.screen)")
        #expect(!d.screen.contains("calendar months"), "no checkpoints are worked out from the date")
        d.press(.tab); d.type("25")
        d.press(.ctrl("s"))
        #expect(d.route == .employmentEntry(clientID: f.wang.id!), "not saved: the form stays with what was typed")
        #expect(d.screen.contains("Northside Logistics") && d.screen.contains("Warehouse associate"))
        #expect(try f.db.employments(clientID: f.wang.id!).isEmpty)
    }

    /// Every date field is made with the domain's limits (`AcceptedDates`), so one field stands for all.
    @Test func theDateFieldRefusesDaysOutsideTheLimitsItIsGiven() {
        let today = LocalDate(iso: "2025-12-24")!
        var past = DateFieldState("2025-12-25", today: today, allowsEmpty: false, accepting: .pastDay(today: today))
        #expect(past.value == nil && past.error == "2025-12-25 is in the future: check the year")
        past.field.text = "+0"
        #expect(past.value == CalendarDay(today))
        let any = DateFieldState("+36500", today: today, allowsEmpty: false, accepting: .anyDay)
        #expect(any.value == nil && any.error?.hasPrefix("2125-11-30 is after 2100-12-31") == true)
        #expect(DateFieldState("0000-01-01", today: today, allowsEmpty: false, accepting: .anyDay).value == nil)
    }
}

/// A note's date outside the range is refused, and no late-entry count is walked from it.
@MainActor @Suite struct NoteDateRangeTests {
    @Test func aNoteDatedInYear1IsRefusedWithoutALateEntryCount() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("n"), .backTab, .backTab, .ctrl("u"))
        d.type("0001-01-09")
        #expect(d.screen.contains("0001-01-09 is before 1900-01-01: check the year"), "\(d.screen)")
        #expect(!d.screen.contains("Late entry"), "\(d.screen)")
    }
}

/// Issue #15 item 3: the client list's Activity column is the agency's day of the last note,
/// not the machine's (22:30 in Toronto is already tomorrow in UTC and Auckland).
@MainActor @Suite struct ClientListActivityDayTests {
    @Test func anEveningNoteIsOnTheAgencysDay() throws {
        let f = try AppFixture()
        // Wed 14 Jan 2026 22:30 in Toronto (EST) is Thu 15 Jan 03:30 UTC.
        let evening = Date(timeIntervalSince1970: 1_768_447_800)
        _ = try f.db.submitNote(CaseNote(clientID: f.zoe.id!, authorID: f.caseworker.id!, interactionAt: evening,
                                         enteredAt: evening, communication: "Phone", type: "General", subject: "Evening call",
                                         body: "Called back."),
                                zone: AppFixture.zone, by: f.caseworker)
        let d = f.driver(as: f.supervisor, size: Size(width: 132, height: 40))
        #expect(d.lines[3].contains("Activity"))
        let zoe = d.lines.first { $0.contains("Côté, Zoë") } ?? ""
        #expect(zoe.contains("14 Jan") && !zoe.contains("15 Jan"), "\(zoe)")
    }
}
