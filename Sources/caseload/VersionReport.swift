import CaseloadStore
import Foundation

/// `caseload --version`: the program's version and the schema it brings; with a database named
/// (--db or CASELOAD_DB), also that file's schema, read without migrating or creating anything.
enum VersionReport {
    static func print(_ options: GlobalOptions) throws {
        Swift.print("caseload \(CaseloadVersion.number)")
        Swift.print("schema: \(SchemaVersion.known.last ?? "none") (\(SchemaVersion.known.count) migrations)")
        if let source = options.databasePathSource {
            let path = options.databasePath
            guard FileManager.default.fileExists(atPath: path) else {
                throw CommandError("no database at \(path) (named by \(source)): check the path")
            }
            Swift.print("\(path): schema \(try SchemaVersion.of(fileAt: path).summary)")
        }
        try StandardOutput.flush()
    }
}
