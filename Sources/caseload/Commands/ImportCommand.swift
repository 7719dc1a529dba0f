import ArgumentParser
import CaseloadCore
import CaseloadStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `caseload import cams FILE.csv`: existing clients from a CaMS extract (Interim SOP, R-20).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring existing clients in from other systems.",
        subcommands: [Cams.self])

    struct Cams: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cams",
            abstract: "Import a CaMS client extract (UTF-8 CSV), keyed by CaMS reference number.",
            discussion: """
                New references create clients; known ones update only the fields that differ (an empty \
                cell never clears a value); identical rows change nothing, so importing the same file \
                twice is harmless. Every problem is listed as `line N: column: reason`. By default any \
                problem means nothing is imported. A referral without sa_caseworker_name, or a client \
                under 18 without under18_attestation=yes, is imported and counted; a follow-up asks for it. \
                A new row that is likely a client already registered (same birth date and phone, or same name \
                and birth date, as at intake) is held back and listed by line; --create-duplicates REASON \
                creates such rows anyway and keeps the reason with each.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The extract: a header row naming the columns (at least cams_reference), then one client per row.",
                                     valueName: "file.csv"))
        var file: String

        @Flag(help: "Import the rows without problems and list the others (default: import nothing when any row has a problem).")
        var skipInvalid = false

        @Flag(help: "Check the file and report what would change, without writing anything.")
        var dryRun = false

        @Option(help: ArgumentHelp("Create the rows that match an existing client anyway, keeping this reason with each (default: hold them back and list them).",
                                   valueName: "reason"))
        var createDuplicates: String?

        func validate() throws {
            if let reason = createDuplicates, reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("--create-duplicates: say why the matching rows are different people (the reason is kept)")
            }
        }

        func run() throws {
            let bytes = try Self.read(file)
            let (db, actor) = try Opening.session(global, needs: .importClients)
            let bar = ImportProgressBar.forImport(rowEstimate: bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) })
            let report = try db.importCamsExtract(bytes: bytes, mode: skipInvalid ? .skipInvalid : .allOrNothing,
                                                  dryRun: dryRun, duplicates: createDuplicates.map { .create(reason: $0) } ?? .holdBack, by: actor, progress: { bar?.show($0) })
            bar?.finish()
            for problem in report.problems { print(problem.description) }
            for duplicate in report.duplicates { print(duplicate.description) }
            print(summary(report))
            if report.isFileUnusable || (!skipInvalid && !report.problems.isEmpty) { throw ExitCode(1) }
        }

        func summary(_ r: ImportReport) -> String {
            if r.isFileUnusable { return "Nothing imported: \(file) cannot be used as an extract (see above)" }
            if !skipInvalid && !r.problems.isEmpty {
                let rows = r.rejected == 1 ? "1 row has" : "\(r.rejected) rows have"
                return "Nothing \(dryRun ? "would be " : "")imported: \(rows) problems (fix them, or use --skip-invalid)"
            }
            let counts = "\(r.created) created, \(r.updated) updated, \(r.unchanged) unchanged, \(r.rejected) rejected"
            let line = dryRun ? "Dry run of \(file) (nothing written): would be \(counts)" : "Imported \(file): \(counts)"
            return line + heldBack(r) + gaps(r)
        }

        /// ", 2 held back as likely duplicates (…)", or "" when none.
        func heldBack(_ r: ImportReport) -> String {
            let created = r.duplicates.count - r.heldBack
            var text = ""
            if r.heldBack > 0 {
                text += ", \(r.heldBack) held back as likely duplicate\(r.heldBack == 1 ? "" : "s") of registered clients"
                    + " (listed above: open the client, or run again with --create-duplicates REASON if they are different people)"
            }
            if created > 0 { text += ", \(created) created although \(created == 1 ? "it matches" : "they match") a client (reason kept)" }
            return text
        }

        /// "; 2 missing SA caseworker, 1 missing under-18 attestation (…)", or "" when none.
        func gaps(_ r: ImportReport) -> String {
            var parts: [String] = []
            if r.missingSACaseworker > 0 { parts.append("\(r.missingSACaseworker) missing SA caseworker") }
            if r.missingAttestation > 0 { parts.append("\(r.missingAttestation) missing under-18 attestation") }
            guard !parts.isEmpty else { return "" }
            return "; " + parts.joined(separator: ", ")
                + " (imported; each has a follow-up asking to record it: see `caseload followups`)"
        }

        /// The whole file, or one line saying why not.
        static func read(_ path: String) throws -> [UInt8] {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CommandError("\(path): no such file; check the name and folder")
            }
            if isFolder.boolValue { throw CommandError("\(path) is a folder; give the extract's CSV file") }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandError("\(path) cannot be read (check its permissions: ls -l \(path))")
            }
            return [UInt8](data)
        }
    }
}

/// A one-line progress bar on stderr, only for a person watching a large import: never when stderr
/// is a file or a pipe, and not for small files, which finish before a bar would be seen.
final class ImportProgressBar {
    static let minimumRows = 2_000
    private var lastShown = ""

    static func forImport(rowEstimate: Int) -> ImportProgressBar? {
        rowEstimate > minimumRows && isatty(2) == 1 ? ImportProgressBar() : nil
    }

    func show(_ progress: ImportProgress) {
        let fraction = progress.total == 0 ? 1 : Double(progress.done) / Double(progress.total)
        let width = 30
        let filled = Int(fraction * Double(width))
        let line = "\(progress.phase.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) ["
            + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            + "] \(Int(fraction * 100))%  \(progress.done)/\(progress.total) rows"
        guard line != lastShown else { return }
        lastShown = line
        FileHandle.standardError.write(Data("\r\(line)\u{1B}[K".utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
