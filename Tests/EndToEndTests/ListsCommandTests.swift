import Foundation
import Testing

/// `caseload lists` as an administrator uses it on a fresh file (whose first account, an
/// administrator named after the login name, is who acts without --user): a new Type with its
/// note template, shown, printed, retired, restored and moved; refusals on one line with status 1.
@Suite(.timeLimit(.minutes(6)))
struct ListsCommandTests {
    static let template = "Employer:\nRoles discussed:\nFollow-up booked:\n"

    private func file(_ folder: URL, _ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// `caseload ARGS --db DB`, expected to succeed.
    private func ok(_ arguments: [String], _ db: String) throws -> String {
        let r = try Caseload.run(arguments + ["--db", db])
        #expect(r.status == 0, "\(arguments): \(r.errorOutput)")
        return r.output
    }

    private func line(_ output: String, containing text: String) -> String {
        output.split(separator: "\n").map(String.init).first { $0.contains(text) } ?? "(no line with \(text))"
    }

    @Test func anAdministratorAddsATypeWithATemplateThenShowsPrintsRetiresAndMovesIt() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.newDatabase(in: folder)
        let templateFile = try file(folder, "job-fair.txt", Self.template)

        let added = try ok(["lists", "add", "type", "Job Fair", "--template-file", templateFile], db)
        #expect(added.hasPrefix("Added 'Job Fair' to Type at position 18 of 18 with a note template (3 lines)"), "\(added)")

        let shown = try ok(["lists", "show", "type"], db)
        #expect(shown.hasPrefix("Type (type): 18 entries; 3 with a note template\n"), "\(shown)")
        #expect(line(shown, containing: "Job Fair") == "  18  Job Fair            template")
        #expect(line(shown, containing: "Consent") == "  14  Consent             template")
        #expect(line(shown, containing: "Intake") == "   1  Intake")
        #expect(!shown.contains("Communication (communication)"), "one list asked for, one list shown")

        #expect(try ok(["lists", "template", "job fair"], db) == Self.template, "printed as stored, any case finds it")

        let retired = try ok(["lists", "retire", "type", "Job Fair"], db)
        #expect(retired.hasPrefix("Retired 'Job Fair' from Type: no longer offered"), "\(retired)")
        let afterRetiring = try ok(["lists", "show", "Type"], db)
        #expect(afterRetiring.hasPrefix("Type (type): 18 entries, 1 retired; 3 with a note template\n"), "\(afterRetiring)")
        #expect(line(afterRetiring, containing: "Job Fair") == "  18  Job Fair            retired, template")

        #expect(try ok(["lists", "restore", "type", "Job Fair"], db).hasPrefix("Restored 'Job Fair' to Type: offered again."))
        #expect(try ok(["lists", "move", "note_type", "Job Fair", "--to", "1"], db)
            .hasPrefix("Moved 'Job Fair' to position 1 of 18 in Type"))
        let moved = try ok(["lists", "show", "type"], db)
        #expect(moved.split(separator: "\n").dropFirst().prefix(2) == ["   1  Job Fair            template", "   2  Intake"])

        // With no subcommand: every list, one after another.
        let all = try ok(["lists"], db)
        #expect(all.hasPrefix("Communication (communication): 9 entries\n  1  In Person\n"), "\(all)")
        #expect(all.contains("\n\nEmployment end reason (end-reason): 6 entries\n"))
    }

    @Test func refusalsAreOneLineOnStderrWithStatusOne() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.newDatabase(in: folder)
        // Acting as another account takes a demo database; there dlee is a supervisor.
        let demo = try Caseload.demoDatabase(in: folder, clients: 20)

        func refused(_ arguments: [String], on file: String? = nil) throws -> String {
            let r = try Caseload.run(arguments + ["--db", file ?? db])
            #expect(r.status == 1, "\(arguments) should be refused: \(r.output)")
            #expect(r.errorOutput.hasPrefix("caseload: ") && r.errorOutput.split(separator: "\n").count == 1, "\(r.errorOutput)")
            #expect(r.output.isEmpty)
            return r.errorOutput
        }

        #expect(try refused(["lists", "add", "communication", "Fax", "--user", "dlee"], on: demo)
                == "caseload: Only an administrator edits value lists.\n")
        #expect(try ok(["lists", "show", "communication", "--user", "dlee"], demo).contains("\n  3  Email\n"), "anyone may look")
        #expect(try refused(["lists", "show", "gossip"]) == "caseload: unknown list 'gossip': use one of communication, type, "
                + "plan-item-type, closure-reason, contact-method, support-category, end-reason, employer-support-category, referral-service-type, checkpoint-evidence\n")
        let templateFile = try file(folder, "fax.txt", "To:\n")
        #expect(try refused(["lists", "add", "communication", "Fax", "--template-file", templateFile])
            .contains("only Type entries have a note template"))
        #expect(try refused(["lists", "add", "communication", "N/A"]).contains("'N/A' is a placeholder"))
        _ = try ok(["lists", "retire", "communication", "Voicemail Left"], db)
        #expect(try refused(["lists", "add", "communication", "voicemail left"])
                == "caseload: 'Voicemail Left' is already in Communication, retired: restore it with "
                + "`caseload lists restore communication 'Voicemail Left'`\n")
        #expect(try refused(["lists", "retire", "type", "Gossip"]).contains("Type has no entry 'Gossip'"))
        #expect(try refused(["lists", "template", "General", "--file", folder.appendingPathComponent("missing.txt").path])
            .contains("no template file"))
        #expect(try refused(["lists", "move", "type", "General", "--to", "40"])
            .contains("choose a position from 1 to 17"))
    }
}
