import CaseloadCore
@testable import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// Opening a retired (merged) file, from a search or a list row that still shows it: the screen says
/// plainly where its records went, shows no status as if the file were live, and its footer offers
/// only what works on a read-only pointer.
@MainActor @Suite struct RetiredFileScreenTests {
    /// Zoë's duplicate, merged into her file by the supervisor.
    static func merged(_ f: AppFixture) throws -> Client {
        let dup = try ProfileMergeTests.duplicate(in: f)
        _ = try f.db.mergeClients(keep: f.zoe.id!, retire: dup.id!, reason: "Same birth date and phone", by: f.supervisor)
        return dup
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func theRetiredProfileSaysItWasMergedAndOffersOnlyWhatWorks(size: Size) throws {
        let f = try AppFixture()
        let dup = try Self.merged(f)
        let kept = "Côté, Zoë (#\(f.zoe.id!))"
        let d = f.profile(dup, as: f.caseworker, size: size)
        #expect(d.headerLine.contains("Merged into \(kept)"), "\(d.screen)")
        for status in ClientStatus.allCases.map(\.rawValue) {
            #expect(!d.headerLine.contains(status), "no live status in the header: \(d.headerLine)")
        }
        #expect(d.screen.contains("by Sam Boss"), "who merged it: \(d.screen)")
        #expect(!d.screen.contains("Status "), "the Summary shows no status: \(d.screen)")
        #expect(!d.screen.contains("press l"), "no hint to change the file: \(d.screen)")
        let footer = try #require(d.lines.last)
        #expect(footer.contains("Enter Open kept file"), "\(footer)")
        for offer in ["n Note", "e Edit", "l Link", "r Reassign"] { #expect(!footer.contains(offer), "\(offer): \(footer)") }

        // Client Info: the status line says merged, not the status it had.
        d.press(.char("2"))
        #expect(d.screen.contains("Merged into \(kept)"), "\(d.screen)")
        #expect(!d.screen.contains("press l") && !d.screen.contains("Press e"), "\(d.screen)")

        // A hurried `n` is told where to work; `o` opens the kept file.
        d.press(.char("n"))
        #expect(d.statusLine == "! Read-only: merged into \(kept); Enter opens that file.", "\(d.statusLine)")
        d.press(.char("o"))
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary))
    }

    @Test func frontDeskSeesTheSamePointer() throws {
        let f = try AppFixture()
        let dup = try Self.merged(f)
        let d = f.profile(dup, as: f.frontDesk)
        #expect(d.headerLine.contains("Merged into Côté, Zoë (#\(f.zoe.id!))"), "\(d.screen)")
        #expect(!d.screen.contains("None booked"), "its appointments moved; nothing to book here: \(d.screen)")
        #expect(d.lines.last?.contains("Enter Open kept file") == true, "\(d.screen)")
    }
}
