import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// Issue #17 item 5: no key table binds one key twice (the second binding would never act, and the
/// footer and `?` help would promise it). Every table in the app is checked: the global keys and the
/// menu for every role, the kept-draft question, the note pager, and each screen's table as each
/// role reaches it through the app, in its typical states (every profile tab, new and edit, a note
/// and an amendment, a plan with and without items).
@MainActor @Suite struct EveryKeymapTests {
    /// The files that declare key tables, each covered below. A new one fails the completeness test
    /// until it is added here and its table to `everyTable`.
    static let filesWithKeyTables: Set<String> = [
        "GlobalKeys.swift", "DraftOffer.swift", "NotePager.swift",
        "ClientListKeys.swift", "ClientProfileKeys.swift", "IntakeKeys.swift", "NoteEntryKeys.swift",
        "PlanEditorKeys.swift", "EmploymentEntryKeys.swift", "FollowUpQueueKeys.swift", "TeamLoadState.swift",
        "DaySheetKeys.swift", "BookingKeys.swift", "WalkInKeys.swift",
        "ReportsState.swift", "SupportQueueModel.swift", "ClientSupportsModel.swift", "EmployersModel.swift",
        "AssessmentEntryModel.swift", "ClientStatusActionModel.swift", "ReferralsOutModel.swift",
    ]

    /// The F10 menu's keys as one table: each entry's letter, and the keys that move and close it.
    static func menuTable(_ role: StaffRole) -> Keymap<Int> {
        let menu = MainMenu(role: role)
        return Keymap(menu.entries.map { KeyBinding([.char($0.letter)], 0, help: $0.title) }
            + [KeyBinding([.escape, .function(10), .up, .char("k"), .down, .char("j"), .enter], 0, help: "Move, choose, close")])
    }

    /// Each screen route, with the keys that bring it to its other typical states.
    static func screens(_ f: AppFixture, amending note: Int64?) -> [(Route, [[Key]])] {
        let zoe = f.zoe.id!, tabs = (1...9).map { [Key.char(Character(String($0)))] }
        return [
            (.clientList, [[], [.char("/")]]),
            (.profile(clientID: zoe, tab: .summary), tabs),
            (.intake(clientID: nil), [[]]), (.intake(clientID: zoe), [[]]),
            (.followUps(caseworkerID: nil), [[]]), (.followUps(caseworkerID: f.caseworker.id), [[]]), (.team, [[]]),
            (.frontDesk, [[], [.down], [.enter]]), (.booking(clientID: nil), [[]]), (.booking(clientID: zoe), [[]]), (.walkIn, [[]]),
            (.noteEntry(clientID: zoe, amends: nil), [[]]), (.noteEntry(clientID: zoe, amends: note), [[]]),
            (.planEditor(clientID: zoe), [[], [.down]]), (.planEditor(clientID: f.amira.id!), [[]]),
            (.employmentEntry(clientID: zoe), [[]]),
            (.reports, [[], [.enter]]), (.supports(clientID: zoe), [[]]), (.supportQueue, [[]]), (.employers, [[]]),
            (.assessmentEntry(clientID: zoe, startsNew: false), [[]]), (.assessmentEntry(clientID: zoe, startsNew: true), [[]]),
            (.statusAction(clientID: zoe, action: .reopen), [[]]), (.statusAction(clientID: zoe, action: .closeUnableToContact), [[]]),
            (.statusAction(clientID: zoe, action: .closeDeclined), [[]]), (.statusAction(clientID: f.amira.id!, action: .closeDeclined), [[]]),
            (.referralsOut(clientID: zoe), [[]]),
        ]
    }

    /// Every key table, named for the failure message.
    static func everyTable() throws -> [(name: String, table: Keymap<Int>)] {
        var tables: [(name: String, table: Keymap<Int>)] = [("kept-draft question", DraftOffer.keymap), ("note pager", NotePager.keymap.forHelp)]
        for role in StaffRole.allCases {
            tables.append(("global keys for \(role)", GlobalKeys.keymap(role: role).forHelp))
            tables.append(("menu for \(role)", menuTable(role)))
        }
        let f = try AppFixture()
        let note = try f.db.notes(clientID: f.zoe.id!, by: f.caseworker).first?.id
        for staff in [f.frontDesk, f.caseworker, f.supervisor, f.admin] {
            for (route, states) in screens(f, amending: note) {
                for keys in states {
                    let d = f.driver(as: staff, start: route)
                    d.press(keys)
                    let name = "\(d.route) as \(staff.role) after \(keys)"
                    tables.append(("help of " + name, d.program.currentScreen.helpKeymap))
                    if let footer = d.program.currentScreen.footerKeymap { tables.append(("footer of " + name, footer)) }
                }
            }
        }
        return tables
    }

    @Test func noKeyTableBindsAKeyTwice() throws {
        let tables = try Self.everyTable()
        #expect(tables.count > 150, "every role reaches every screen: \(tables.count) tables")
        for (name, table) in tables {
            #expect(table.duplicateKeys.isEmpty, "\(name) binds \(table.duplicateKeys.map(\.description)) twice")
        }
    }

    @Test func everyFileWithAKeyTableIsCovered() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Sources/CaseloadApp").standardized
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var found: Set<String> = []
        for case let url as URL in files where url.pathExtension == "swift" {
            if try String(contentsOf: url, encoding: .utf8).contains("KeyBinding(") { found.insert(url.lastPathComponent) }
        }
        #expect(found == Self.filesWithKeyTables, "new: \(found.subtracting(Self.filesWithKeyTables)); gone: \(Self.filesWithKeyTables.subtracting(found))")
    }
}
