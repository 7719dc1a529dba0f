import CaseloadCore
@testable import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// A retired (merged) file's profile offers only what works on a read-only pointer: the footer has
/// no key the file then refuses, Enter or `o` opens the kept file. No database.
@MainActor @Suite struct RetiredFileUpdateTests {
    typealias Fixture = ClientProfileUpdateTests

    static func retired(_ role: StaffRole, tab: ProfileTab = .summary) throws -> ClientProfileModel {
        var model = ClientProfileModel(context: Fixture.context(role), clientID: Fixture.zoeID, tab: tab)
        var data = try Fixture.data()
        data.mergedInto = MergePointer(keptClientID: 12, keptName: "Silva, Ana", mergedAt: AppFixture.now, mergedByName: "Dana Lee",
                                       reason: "Registered twice")
        _ = model.update(.reload)
        _ = model.update(.loaded(.profile(data, noteMatches: nil, knownNotes: nil)))
        return model
    }

    @Test(arguments: [StaffRole.caseworker, .supervisor, .frontDesk, .admin])
    func theFooterOffersOnlyKeysThatWorkOnTheRetiredFile(role: StaffRole) throws {
        for tab in ProfileTab.offered(to: role) {
            let model = try Self.retired(role, tab: tab)
            let offered = model.footerKeys.bindings.filter(\.showInFooter)
            let refused = offered.filter { !$0.isEnabled }.map(\.help)
            #expect(refused.isEmpty, "\(role) \(tab): \(refused)")
            #expect(offered.first?.help == "Open kept file", "\(role) \(tab)")
        }
    }

    @Test func oAndEnterOpenTheKeptFileAndARefusedKeyStillSaysWhereToWork() throws {
        var model = try Self.retired(.caseworker)
        #expect(model.update(.key(.char("o"))).commands == [.open(.profile(clientID: 12, tab: .summary))])
        #expect(model.update(.key(.enter)).commands == [.open(.profile(clientID: 12, tab: .summary))])
        // Not offered, but a hurried `n` is told why and where to go, not ignored.
        #expect(model.update(.key(.char("n"))).commands
                == [.status("Read-only: merged into Silva, Ana (#12); Enter opens that file.", isError: true)])
        // The `?` help still lists the refused keys, with the reason.
        #expect(model.helpKeys.bindings.contains { $0.help == "Note" && $0.disabledReason?.hasPrefix("Read-only: merged") == true })
    }

    @Test func aFileInUseKeepsItsFooter() throws {
        let model = try Fixture.loaded(.caseworker)
        let offered = model.footerKeys.bindings.filter(\.showInFooter).map(\.help)
        #expect(offered.contains("Note") && offered.contains("Edit") && !offered.contains("Open kept file"), "\(offered)")
    }
}
