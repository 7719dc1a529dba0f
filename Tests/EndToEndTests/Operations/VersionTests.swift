import Foundation
import Testing

/// `caseload --version`: what support asks first. With a database named, also its schema, read
/// without migrating it or creating it.
@Suite(.timeLimit(.minutes(6)))
struct VersionTests {
    @Test func version_and_schema() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let alone = try Caseload.run(["--version"])
        #expect(alone.status == 0 && alone.errorOutput.isEmpty, "\(alone.errorOutput)")
        let lines = alone.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(alone.output)")
        #expect(lines.first?.wholeMatch(of: /caseload \d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?/) != nil, "\(alone.output)")
        #expect(lines.last?.hasPrefix("schema: v") == true && lines.last?.hasSuffix(" migrations)") == true, "\(alone.output)")

        let db = try Caseload.newDatabase(in: folder)
        let named = try Caseload.run(["--version", "--db", db])
        #expect(named.status == 0)
        let known = String(lines[1].dropFirst("schema: ".count).prefix { $0 != " " })
        #expect(named.output == alone.output + "\(db): schema \(known) (up to date)\n", "\(named.output)")

        // A file a newer caseload migrated: named as such, and left as it was.
        let newer = try ProcessRunner.run("/usr/bin/sqlite3", [db, "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')"])
        #expect(newer.status == 0, "\(newer.errorOutput)")
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let future = try Caseload.run(["--version", "--db", db])
        #expect(future.output.hasSuffix("\(db): schema v99-from-the-future, newer than this caseload (it does not know v99-from-the-future)\n"), "\(future.output)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)

        let typo = folder.appendingPathComponent("caseload.sqllite").path
        let missing = try Caseload.run(["--version", "--db", typo])
        #expect(missing.status == 1 && missing.errorOutput == "caseload: no database at \(typo) (named by --db): check the path\n", "\(missing.errorOutput)")
        #expect(!FileManager.default.fileExists(atPath: typo))
    }
}
