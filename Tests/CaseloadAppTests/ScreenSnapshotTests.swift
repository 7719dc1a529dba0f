import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// Whole screens written out, so a reader sees what the user sees. Row 0 (the shell's title bar)
/// and the status line are left out: they belong to the shell.
@MainActor @Suite struct ScreenSnapshotTests {
    @Test func zoeSummaryAt80x24() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        let expected = [
            " Côté, Zoë · CaMS not linked · born 1998-07-05 (age 27) · TRF · Active",
            "[1 Summary] 2 Info 3 Assess 4 EAP 5 Notes 6 Appts 7 Jobs 8 Follow-ups 9 Refs",
            "",
            " Contact     519-555-0142 · zoe.cote@example.ca",
            "             12 Oak St, London ON · speaks French",
            " Referral    TRF, received Mon 12 Jan 2026",
            " SA worker   Pat Singh · 519-555-0199",
            " Contacted   1 attempt, last No Answer by Phone on 2026-01-10 14:00",
            " Caseworker  Dana Lee",
            " CaMS ref    not linked — press l to link it (R-05)",
            " Consent     none recorded (consent is recorded with a Consent note)",
            "",
            " Next due (F3 lists the whole queue)",
            "   Sun 30 Nov 2025 ! overdue R-08 1-month employment checkpoint",
            "   Sat 31 Jan 2026           R-08 3-month employment checkpoint",
            "   Thu 30 Apr 2026           R-08 6-month employment checkpoint",
            "   …and 1 more (tabs 7 and 8)",
            " Latest notes (3 in all · tab 5)",
            "   2026-01-13  Phone   Job Development  Job offer at Maple Foods       Dana Lee",
            "   2026-01-09  Phone   Contact Attempt  Left voicemail about workshop  Dana Lee",
            "   2026-01-05  Phone   Intake           Intake call about resume       Dana Lee",
        ]
        #expect(content(d) == expected)
        // Only a supervisor reassigns: a caseworker's footer does not offer r (issue #15 item 19).
        #expect(trimmed(d.lines[23]) == "→ Next tab  n Note  e Edit  l Link CaMS ref")
        #expect(d.lines.allSatisfy { $0.terminalWidth == 80 }, "every row is exactly 80 columns, Unicode included")
    }

    @Test func emptyIntakeFormAt80x24() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .intake(clientID: nil))
        let expected = [
            " New client · SOP 3: no placeholders; leave a field empty until it is known",
            "",
            " First name:        as the client gives it",
            " Last name:",
            " Preferred name:    if different",
            " Date of birth:     YYYY-MM-DD",
            " Phone:             519-555-0123",
            " Email:",
            " Address:",
            " Language:          preferred language",
            " Referral source:   Self                                                      ▼",
            " Referral received: YYYY-MM-DD",
            " SA caseworker:     OW/ODSP/RASP/TRF referrals: name on the referral",
            " SA contact:        phone or email",
            " Client stream:     as CaMS gives it",
            " ┌ Possible duplicates ───────────────────────────────────────────────────────┐",
            " │  Name               Born       Match       Phone       CaMS       Status   │",
            " │                                                                            │",
            " │        Type a name: existing clients with similar names show here.         │",
            " │                                                                            │",
            " └────────────────────────────────────────────────────────────────────────────┘",
        ]
        #expect(content(d) == expected)
        #expect(trimmed(d.lines[23]) == "^S Save  F5 Open match  Tab Next field  Esc Cancel")
        #expect(d.buffer.cursor.map { [$0.x, $0.y] } == [20, 3], "the hardware cursor sits in the first field")
    }

    @Test func wideTerminalShowsFullTabTitlesAndDuplicatesBesideTheForm() throws {
        let f = try AppFixture()
        let size = Size(width: 132, height: 40)
        let p = f.profile(f.wang, as: f.caseworker, size: size)
        #expect(p.tabLine.hasPrefix("[1 Summary]│ 2 Client Info │ 3 Assessment │ 4 EAP │ 5 Notes │ 6 Appointments │ 7 Employment │ 8 Follow-ups"))
        #expect(p.headerLine.hasPrefix(" 王, 秀英 · CaMS 004417236 · born 1979-12-15 (age 46) · Self · Active"))
        #expect(p.lines.allSatisfy { $0.terminalWidth == 132 })

        let d = f.driver(as: f.caseworker, start: .intake(clientID: nil), size: size)
        d.type("Zoe"); d.press(.tab); d.type("Cote")
        let row = try #require(d.lines.first { $0.contains("> Côté, Zoë") })
        #expect(row.hasPrefix(" Preferred name:"), "form and duplicate list sit side by side:\n\(d.screen)")
        #expect(d.screen.contains("Caseworker:        Dana Lee"), "at 40 rows every field fits")
    }

    private func content(_ d: TestDriver<CaseloadApp>) -> [String] {
        Array(d.lines[1...21]).map(trimmed)
    }

    private func trimmed(_ s: String) -> String { String(s.reversed().drop { $0 == " " }.reversed()) }
}
