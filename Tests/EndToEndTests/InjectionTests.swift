import Foundation
import Testing

/// Issue #16 item 5: nothing from the data reaches the terminal raw. A CSV carrying escape
/// sequences is refused with line numbers; data planted straight into the file (as someone with
/// file access could) prints neutralised by every command, JSON keeping it as escapes.
@Suite(.timeLimit(.minutes(6)))
struct InjectionTests {
    static let retitleAndClear = "\u{1B}]0;pwned\u{07}\u{1B}[2J"
    static let clipboard = "\u{1B}]52;c;Y3VybCBldmlsLnNo\u{07}"
    static let override = "\u{202E}"
    static let csi8bit = "\u{9B}2J"

    /// Any byte sequence a terminal acts on: C0 but line breaks and tab, DEL, C1, bidi controls.
    static func unsafeCharacters(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { s in
            (s.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(s.value)) || (0x7F...0x9F).contains(s.value)
                || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }
    }

    @Test func aCSVCarryingEscapeSequencesIsRefusedWithLineNumbers() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.newDatabase(in: folder)
        let csv = folder.appendingPathComponent("extract.csv")
        try """
            cams_reference,first_name,last_name,address,sa_caseworker_name,referral_source
            381920475,Zoë,Côté,"12 Oak St\(Self.retitleAndClear)",Pat Singh,OW
            381920476,Amir,Haddad,5 Elm St,Pat\(Self.clipboard) Singh,OW
            381920477,Mei,Wang\(Self.override)gnp,,,Self
            381920478,Ana,Silva,1 Main St,Lee\(Self.csi8bit),OW

            """.write(to: csv, atomically: true, encoding: .utf8)
        let r = try Caseload.run(["import", "cams", csv.path, "--db", db])
        #expect(r.status == 1)
        for line in ["line 2: address: contains a control character (ESC, U+001B) at character 10",
                     "line 3: sa_caseworker_name: contains a control character (ESC, U+001B) at character 4",
                     "line 4: last_name: contains a control character (text-direction control, U+202E) at character 5",
                     "line 5: sa_caseworker_name: contains a control character (U+009B) at character 4"] {
            #expect((r.output + r.errorOutput).contains(line), "\(line)\n\(r.output)\(r.errorOutput)")
        }
        #expect(Self.unsafeCharacters(in: r.output + r.errorOutput).isEmpty)
        #expect(try Caseload.run(["check", "--db", db]).output.contains("(0 clients"), "nothing was imported")

        let staff = try Caseload.run(["staff", "add", "boss", "--name", "Boss\(Self.retitleAndClear)", "--role", "caseworker", "--db", db])
        #expect(staff.status == 1 && staff.errorOutput.contains("The name contains a control character (ESC, U+001B) at character 5"),
                "\(staff.errorOutput)")
    }

    @Test func plantedDataPrintsNeutralisedByEveryCommand() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 30)
        // Straight into the file: every client a hostile name and SA caseworker, a staff name and a list entry.
        let plant = try ProcessRunner.run("/usr/bin/sqlite3", [db, """
            UPDATE client SET first_name = first_name || char(27) || ']0;pwned' || char(7) || char(27) || '[2J',
                              sa_caseworker_name = 'Pat' || char(27) || ']52;c;Y3VybA==' || char(7) || char(155) || '2J';
            UPDATE staff SET full_name = full_name || char(8238) || 'gnp' WHERE username = 'arahman';
            UPDATE value_list_entry SET value = value || char(27) || '[31m' WHERE value = 'Phone';
            """])
        #expect(plant.status == 0, "\(plant.errorOutput)")

        let runs: [[String]] = [
            ["followups"], ["followups", "--format", "csv"], ["followups", "--format", "json"],
            ["staff", "list"], ["audit-sample", "--count", "5", "--seed", "3"], ["lists", "show"], ["check"],
        ]
        for arguments in runs {
            let r = try Caseload.run(arguments + ["--db", db, "--user", "dlee"])
            #expect(r.status == 0 || arguments == ["check"], "\(arguments): \(r.errorOutput)")
            let unsafe = Self.unsafeCharacters(in: r.output + r.errorOutput)
            #expect(unsafe.isEmpty, "\(arguments) printed \(unsafe.map { String($0.value, radix: 16) })")
        }
        // JSON keeps the data for programs, as escapes.
        let json = try Caseload.run(["followups", "--format", "json", "--db", db, "--user", "dlee"]).output
        #expect(json.contains("\\u001b]0;pwned\\u0007") && json.contains("\\u009b2J"), "\(json.prefix(600))")
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [Any], "still valid JSON")
        // Tables and CSV show that something was there.
        #expect(try Caseload.run(["followups", "--db", db, "--user", "dlee"]).output.contains("\u{FFFD}]0;pwned\u{FFFD}"))
    }

    @Test func csvCellsThatASpreadsheetWouldRunAreDefused() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 30)
        let plant = try ProcessRunner.run("/usr/bin/sqlite3", [db, "UPDATE client SET last_name = '=HYPERLINK(\"http://x\")';"])
        #expect(plant.status == 0)
        let csv = try Caseload.run(["followups", "--format", "csv", "--db", db, "--user", "dlee"]).output
        let rows = csv.split(separator: "\r\n").dropFirst()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.contains("\"'=HYPERLINK") }, "\(rows.prefix(2))")
    }
}
