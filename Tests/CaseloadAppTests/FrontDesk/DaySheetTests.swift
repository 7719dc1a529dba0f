import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// The day sheet as front desk uses it: keys in, screen text out, on a real database file.
@Suite(.serialized) @MainActor struct DaySheetTests {
    @Test func showsTheDayInTimeOrderAndMarksForgottenOnesWithTextAndStyle() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        #expect(Array(d.lines[1...6].map { String($0.reversed().drop { $0 == " " }.reversed()) }) == [
            " Thu 15 Jan 2026 (today) · Main office · all caseworkers",
            " ! 2 past their time still Scheduled — Enter marks one, ^E sweeps all",
            "  Time  Client              Caseworker      Purpose           Status",
            "> 09:00 Côté, Zoë           Dana Lee        Résumé review     ! Not checked in",
            "  10:30 王, 秀英            Dana Lee        EAP review        ! Not checked in",
            "  15:00 Haddad, Amira       Marie Roy       Job matching      Scheduled",
        ])
        // Not by colour alone: the marker is in the text and the row has the overdue style.
        #expect(d.buffer[4, 5].style == Theme.default[.overdue])
        #expect(d.buffer[4, 6].style == Theme.default[.normal])
        #expect(d.line(20) == " Zoë Côté · born 1998-07-05 · 519-555-0142")
        #expect(d.line(21) == " 09:00–10:00 with Dana Lee")
        #expect(d.line(23) == "Enter Actions  / Find  ^W Walk-in  ^N Book  ^E Sweep  ^T Today  ^F Caseworker")
    }

    @Test func checkInNoShowWithAReasonAndUndo() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.enter, .char("a"))
        #expect(d.row(containing: "Côté, Zoë")?.hasSuffix("Attended 14:00") == true)
        #expect(d.statusLine == "Checked in Zoë Côté at 14:00 · Enter u undoes it")
        #expect(try f.appointment(f.zoeAt9)?.checkedInAt == AppFixture.now)

        // The cursor moved on to the next row still Scheduled; back on Zoë, a second status key is refused.
        d.press(.up, .enter, .char("x"))
        #expect(d.statusLine == "! Zoë Côté is already Attended: press u to revert it first.")

        d.press(.escape, .down, .enter, .char("x"))
        #expect(d.screen.contains("No show: 王, 秀英 10:30"))
        d.press(.enter)
        #expect(d.screen.contains("! A reason is required: type one or pick one with ↑↓."))
        d.press(.down)                       // the first common reason fills the field
        d.press(.enter)
        #expect(d.row(containing: "王, 秀英")?.hasSuffix("No Show") == true)
        #expect(try f.appointment(f.wangAt1030)?.statusReason == "No call, no show")
        #expect(try f.followUpTitles(for: f.app.wang) == ["Missed appointment: follow up with 秀英 王"])

        d.press(.up, .enter, .char("u"))      // the cursor had moved on to Amira
        #expect(d.screen.contains("Its open follow-up for the caseworker is removed."))
        d.press(.enter)                      // Enter means yes: undo is the correction
        #expect(d.row(containing: "王, 秀英")?.hasSuffix("! Not checked in") == true)
        #expect(try f.followUpTitles(for: f.app.wang).isEmpty)
        #expect(d.statusLine == "秀英 王's 10:30 appointment is Scheduled again")
    }

    @Test func cancelSaysWhoCancelledAndWhy() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.end, .enter, .char("c"))
        #expect(d.screen.contains("Cancelled by: [x] Client  [ ] Staff"))
        d.press(.tab)
        #expect(d.screen.contains("Cancelled by: [ ] Client  [x] Staff"))
        d.type("Caseworker at a funeral")
        d.press(.enter)
        #expect(d.row(containing: "Haddad, Amira")?.hasSuffix("Cancelled (staff)") == true)
        let stored = try f.appointment(f.amiraAt15)
        #expect(stored?.cancelledBy == .staff && stored?.statusReason == "Caseworker at a funeral")
        #expect(d.line(21) == " Cancelled by staff: Caseworker at a funeral · 15:00–16:00 with Marie Roy")
    }

    @Test func daysMoveAndAnEmptyDaySaysWhatToDo() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        try f.book(f.app.zoe, with: f.app.caseworker, on: AppFixture.today.adding(days: 4), at: 600, purpose: "EAP review")
        d.press(.right, .right, .right, .right)
        d.press(.enter, .char("x"))          // attendance waits for the day; cancelling does not
        #expect(d.statusLine == "! Zoë Côté's appointment is on Mon 19 Jan: mark attendance on the day.")
        d.press(.char("c"))
        #expect(d.screen.contains("Cancel: Côté, Zoë 10:00"))
        d.press(.escape, .left, .left, .left)
        #expect(d.lines[1].hasPrefix(" Fri 16 Jan 2026 (tomorrow) · Main office"))
        #expect(d.screen.contains("No appointments on Fri 16 Jan at Main office — ^N books one"))
        d.press(.char("["), .char("["))
        #expect(d.lines[1].hasPrefix(" Wed 14 Jan 2026 (yesterday)"))
        d.press(.ctrl("t"))
        #expect(d.row(containing: "Côté, Zoë") != nil)
    }

    @Test func filtersByCaseworker() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.ctrl("f"))
        d.type("Marie")
        d.press(.enter)
        #expect(d.lines[1].hasPrefix(" Thu 15 Jan 2026 (today) · Main office · Marie Roy "))
        #expect(d.lines[1].trimmingCharacters(in: .whitespaces).hasSuffix("1 booked · 0 checked in"))
        #expect(d.row(containing: "Côté, Zoë") == nil)
        #expect(d.row(containing: "Haddad, Amira") != nil)
        d.press(.right)
        #expect(d.screen.contains("No appointments for Marie Roy on Fri 16 Jan — ^F for everyone, ^N to book"))
    }

    @Test func rescheduleCreatesTheNewAppointmentAndLinksBoth() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.enter, .char("r"))
        #expect(d.screen.contains("New date: 2026-01-16   Fri 16 Jan 2026"))   // the next day, to start from
        d.press(.tab, .ctrl("u"))
        d.type("4:30pm")
        d.press(.tab)
        d.type("Client asked to move it")
        d.press(.enter)
        #expect(d.statusLine == "Moved Zoë Côté to Fri 16 Jan 16:30 · Enter u on the old row undoes it")
        #expect(d.row(containing: "09:00 Côté, Zoë")?.hasSuffix("Moved → 16 Jan") == true)
        #expect(d.line(21).hasPrefix(" Rescheduled: Client asked to move it · moved to Fri 16 Jan at 16:30 · 09:00"))
        let old = try f.appointment(f.zoeAt9)
        #expect(old?.status == .rescheduled && old?.rescheduledTo != nil)
        d.press(.right)
        #expect(d.row(containing: "16:30 Côté, Zoë")?.hasSuffix("Scheduled") == true)
        #expect(try f.appointment(f.zoeAt9)?.rescheduledTo == d.daySheetScreen?.state.selectedRow?.id)
    }

    @Test func rescheduleOntoABusyTimeAsksBeforeDoubleBooking() throws {
        let f = try FrontDeskFixture()
        let friday = AppFixture.today.adding(days: 1)
        _ = try f.book(f.app.wang, with: f.app.caseworker, on: friday, at: 10 * 60 + 30, purpose: "EAP review")
        let d = f.daySheet()
        d.press(.enter, .char("r"), .ctrl("u"))
        d.type("tomorrow")
        d.press(.tab, .ctrl("u"))
        d.type("10:45")
        d.press(.ctrl("s"))
        #expect(d.screen.contains("Double-book?"))
        #expect(d.screen.contains("Dana Lee already has 秀英 王 at 10:30–11:30 on Fri 16 Jan"))
        d.press(.char("n"))                  // back to the dialog, nothing saved
        #expect(d.screen.contains("Reschedule Côté, Zoë"))
        #expect(try f.appointment(f.zoeAt9)?.status == .scheduled)
        d.press(.ctrl("s"), .char("y"))
        #expect(try f.appointment(f.zoeAt9)?.status == .rescheduled)
        #expect(d.row(containing: "09:00 Côté, Zoë")?.hasSuffix("Moved → 16 Jan") == true)
    }

    /// Issue #22: a time that has passed is no time to book (it is 14:00), and the dialog keeps the typing.
    @Test func rescheduleToATimeThatHasPassedIsRefusedWithTheReason() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.enter, .char("r"), .ctrl("u"))
        d.type("today")
        d.press(.tab, .ctrl("u"))
        d.type("10:45")
        d.press(.ctrl("s"))
        #expect(d.screen.contains("has already passed"), "\(d.screen)")
        #expect(d.screen.contains("Reschedule Côté, Zoë"))
        #expect(try f.appointment(f.zoeAt9)?.status == .scheduled)
    }

    @Test func theSweepMarksForgottenAppointmentsAfterOneConfirmation() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.ctrl("e"))
        #expect(d.screen.contains("Mark these 2 as No Show (their caseworkers get a follow-up)?"))
        #expect(d.screen.contains("09:00  Côté, Zoë · Dana Lee"))
        d.press(.char("y"))
        #expect(d.statusLine == "Marked 2 No Show")
        #expect(d.row(containing: "Côté, Zoë")?.hasSuffix("No Show") == true)
        #expect(d.row(containing: "Haddad, Amira")?.hasSuffix("Scheduled") == true)   // 15:00 has not come yet
        d.press(.ctrl("e"))
        #expect(d.statusLine.hasPrefix("! Nothing to sweep"))
    }

    @Test func aCheckInFromAnotherTerminalShowsOnTheNextIdleTick() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        let other = try f.app.otherTerminal()
        _ = try other.setAppointmentStatus(f.amiraAt15, to: .attended, now: AppFixture.now, by: f.app.caseworker)
        d.tick()
        #expect(d.row(containing: "Haddad, Amira")?.hasSuffix("Attended 14:00") == true)
    }

    @Test func wideLayoutAddsBirthDateAndPhoneAndKeepsWideNamesAligned() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet(size: Size(width: 200, height: 60))
        #expect(d.row(containing: "Côté, Zoë")?.contains("1998-07-05 519-555-0142") == true)
        // Columns line up by display width: 王 and 秀英 take two columns each.
        let zoe = d.row(containing: "Côté, Zoë")!, wang = d.row(containing: "王, 秀英")!
        func column(of text: String, in line: String) -> Int { String(line[..<line.range(of: text)!.lowerBound]).terminalWidth }
        #expect(column(of: "1998-07-05", in: zoe) == column(of: "1979-12-15", in: wang))
        #expect(d.lines[59].hasPrefix("Enter Actions  / Find  ^W Walk-in  ^N Book  ^E Sweep  ^T Today  ^F Caseworker"))
    }
}
