import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// Issue #22, supervisor 5: README.md's key tables are the screens' own key tables. Every screen is
/// opened as every role (as EveryKeymapTests does) and its `?` table rendered by `ReadmeKeyTables`;
/// the README's section between the markers must be that text. To regenerate after changing a
/// screen's keys: `CASELOAD_RECORD_README=1 swift test --skip-build --filter ReadmeKeyTables`.
@MainActor @Suite struct ReadmeKeyTablesTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md").standardized

    /// Each screen of the README: who may open it, its routes and the keys that bring it to its
    /// other typical states.
    static func screens(_ f: AppFixture) -> [(title: String, opens: Permission, routes: [(Route, [[Key]])])] {
        let zoe = f.zoe.id!, tabs = [[]] + (1...9).map { [Key.char(Character(String($0)))] }
        return [
            ("Client list (F2)", .viewClientBasics, [(.clientList, [[]])]),
            ("Client profile", .viewClientBasics, [(.profile(clientID: zoe, tab: .summary), tabs)]),
            ("Intake: a new client, or `e` on the profile", .editClient, [(.intake(clientID: nil), [[]]), (.intake(clientID: zoe), [[]])]),
            ("Case note (`n`, `A`)", .writeNotes, [(.noteEntry(clientID: zoe, amends: nil), [[]])]),
            ("Plan editor (`p`)", .viewActionPlan, [(.planEditor(clientID: zoe), [[], [.down]]), (.planEditor(clientID: f.amira.id!), [[]])]),
            ("Job (`J`)", .editActionPlan, [(.employmentEntry(clientID: zoe), [[]])]),
            ("Assessment (`S`, `R`)", .editClient, [(.assessmentEntry(clientID: zoe, startsNew: false), [[]]),
                                                    (.assessmentEntry(clientID: zoe, startsNew: true), [[]])]),
            ("Close or reopen a file (`U`, `O`)", .editClient, [(.statusAction(clientID: zoe, action: .closeUnableToContact), [[]]),
                                                                (.statusAction(clientID: zoe, action: .reopen), [[]])]),
            ("Referrals out (`F`)", .viewActionPlan, [(.referralsOut(clientID: zoe), [[]])]),
            ("Financial supports (`$`)", .viewMoney, [(.supports(clientID: zoe), [[]])]),
            ("Follow-ups (F3)", .viewFollowUps, [(.followUps(caseworkerID: nil), [[]]), (.followUps(caseworkerID: f.caseworker.id), [[]])]),
            ("Team follow-ups (`t` on F3)", .viewTeamFollowUps, [(.team, [[]])]),
            ("Front desk (F4)", .manageAppointments, [(.frontDesk, [[], [.down]])]),
            ("Booking (`b`)", .manageAppointments, [(.booking(clientID: nil), [[]]), (.booking(clientID: zoe), [[]])]),
            ("Walk-in (`w` on F4)", .registerWalkIn, [(.walkIn, [[]])]),
            ("Reports (F10 `r`)", .viewReports, [(.reports, [[], [.enter]])]),
            ("Supports to approve (F10 `s`)", .approveFinancialSupport, [(.supportQueue, [[]])]),
            ("Employers (F10 `e`)", .viewActionPlan, [(.employers, [[]])]),
        ]
    }

    /// The F10 menu as one table: each entry's letter with its refusal for the role.
    static func menuTable(_ role: StaffRole) -> Keymap<Int> {
        Keymap(MainMenu(role: role).entries.map { KeyBinding([.char($0.letter)], 0, help: $0.title, disabledReason: $0.disabledReason) })
    }

    /// The README's tables: the global keys and the menu, each screen as each role that may open it
    /// sees it, the note reader and the kept-draft question.
    static func generated() throws -> String {
        let f = try AppFixture()
        func everyRole(_ keymap: (StaffRole) -> Keymap<Int>, _ roles: [StaffRole] = StaffRole.allCases) -> [(role: StaffRole, state: Int, keymap: Keymap<Int>)] {
            roles.map { ($0, 0, keymap($0)) }
        }
        var sections = [
            ReadmeKeyTables.Screen(title: "Everywhere", tables: everyRole { GlobalKeys.keymap(role: $0).forHelp }),
            ReadmeKeyTables.Screen(title: "Main menu (F10)", tables: everyRole(menuTable)),
        ]
        for (title, opens, routes) in screens(f) {
            var tables: [(role: StaffRole, state: Int, keymap: Keymap<Int>)] = []
            for member in [f.frontDesk, f.caseworker, f.supervisor, f.admin] where member.role.allows(opens) {
                var state = 0
                for (route, states) in routes {
                    for keys in states {
                        let d = f.driver(as: member, start: route)
                        d.press(keys)
                        tables.append((member.role, state, d.program.currentScreen.helpKeymap))
                        state += 1
                    }
                }
            }
            sections.append(ReadmeKeyTables.Screen(title: title, tables: tables))
        }
        sections.append(ReadmeKeyTables.Screen(title: "Reading a note (`Enter` on the Notes tab)",
                                               tables: everyRole({ _ in NotePager.keymap.forHelp }, StaffRole.allCases.filter { $0.allows(.readNoteBodies) })))
        sections.append(ReadmeKeyTables.Screen(title: "A kept draft (\"restore what you typed?\")", tables: everyRole { _ in DraftOffer.keymap }))
        return ReadmeKeyTables.markdown(sections)
    }

    @Test func theReadmeKeyTablesAreTheScreensKeyTables() throws {
        let readme = try String(contentsOf: Self.readme, encoding: .utf8)
        let tables = try Self.generated()
        if ProcessInfo.processInfo.environment["CASELOAD_RECORD_README"] == "1" {
            let updated = try #require(ReadmeKeyTables.replacingSection(in: readme, with: tables),
                                       "README.md needs the markers \(ReadmeKeyTables.begin) and \(ReadmeKeyTables.end)")
            try updated.write(to: Self.readme, atomically: true, encoding: .utf8)
            return
        }
        let section = try #require(ReadmeKeyTables.section(of: readme), "README.md has lost its key-table markers")
        let written = section.components(separatedBy: "\n"), wanted = tables.components(separatedBy: "\n")
        let differences = wanted.difference(from: written).map { change -> String in
            switch change {
            case .insert(let i, let line, _): return "+ \(line)   (line \(i + 1) of the section)"
            case .remove(let i, let line, _): return "- \(line)   (line \(i + 1) of the section)"
            }
        }
        #expect(differences.isEmpty, """
            README.md's key tables differ from the screens' key tables (- README, + screens):
            \(differences.joined(separator: "\n"))
            If the screens are right, regenerate the section: CASELOAD_RECORD_README=1 swift test --skip-build --filter ReadmeKeyTables
            """)
    }

    /// A permission's refusal, or a refusal where another role in the same state may, leaves the role out.
    @Test func theGeneratorNamesWhoMayUseAKeyAndEscapesPipes() {
        let open = KeyBinding<Int>([.char("r")], 0, help: "Reassign")
        var refused = open; refused.disabledReason = Permission.reassignClient.refusal
        var waiting = open; waiting.disabledReason = "the client is still loading"
        let pipe = KeyBinding<Int>([.char("|")], 0, help: "a | b")
        var onlyCaseworkers = KeyBinding<Int>([.char("m")], 0, help: "My clients")
        onlyCaseworkers.disabledReason = "only caseworkers have clients of their own"
        var theirs = onlyCaseworkers; theirs.disabledReason = nil; theirs.help = "All clients"
        var noNote = KeyBinding<Int>([.enter], 0, help: "Read note"); noNote.disabledReason = "choose a note first"
        let text = ReadmeKeyTables.markdown([ReadmeKeyTables.Screen(title: "Profile", tables: [
            (.caseworker, 0, Keymap([refused, pipe, theirs, noNote])), (.supervisor, 0, Keymap([waiting, pipe, onlyCaseworkers, noNote])),
            (.admin, 0, Keymap([refused, pipe, onlyCaseworkers, noNote])), (.frontDesk, 0, Keymap([refused, pipe, onlyCaseworkers, noNote])),
        ])])
        #expect(text == """
            #### Profile

            | key | action | who |
            |---|---|---|
            | `r` | Reassign | supervisor |
            | `\\|` | a \\| b | everyone |
            | `m` | All clients / My clients | caseworker |
            | `Enter` | Read note | everyone |

            """)
    }
}
