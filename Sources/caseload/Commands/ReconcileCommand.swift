import ArgumentParser
import CaseloadCore
import CaseloadStore
import Foundation

/// `caseload reconcile cams FILE.csv`: what the SSM's monthly CaMS extract and Caseload disagree on
/// (domain.md §8). Reads only: nothing in the database changes, whatever the file says.
struct ReconcileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "Compare Caseload with data from other systems, without changing anything.",
        subcommands: [Cams.self])

    struct Cams: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cams",
            abstract: "List every misalignment between a monthly CaMS extract and Caseload (supervisors and administrators).",
            discussion: """
                The extract has the import's columns, plus where present client_status, eap_status, eap_closed_on and \
                checkpoint_1m, checkpoint_3m, checkpoint_6m, checkpoint_12m (the day each was recorded). Lists clients in \
                CaMS but not here, clients linked here but not in CaMS, and each field that differs with both values. \
                An empty cell is not compared. Bad rows are listed by line and left out; unknown columns are ignored.
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("The CaMS extract (UTF-8 CSV with a header row).", valueName: "file.csv")) var file: String
        @Option(help: "table (for people), csv (for a spreadsheet) or json (for programs).") var format: ReportCommand.Format = .table

        func run() throws {
            let bytes = try ImportCommand.Cams.read(file)
            let (db, actor) = try Opening.session(global, needs: .viewReports)
            let extract = CamsReconcileParser.parse(bytes)
            if extract.isFileUnusable {
                for problem in extract.problems { printError(problem.description) }
                throw CommandError("\(file) cannot be used as a CaMS extract (see above); nothing was compared")
            }
            let result = try db.reconcileCams(extract, by: actor)
            try ExportRecord.record("reconcile cams \(format.rawValue); \(ExportRecord.rows(result.findings.count))", db: db, by: actor)
            // Notes about the file go to stderr, so a csv or json on stdout stays one document.
            for name in result.ignoredColumns { printError("note: column '\(name)' is not a CaMS column Caseload knows; it was ignored") }
            for problem in result.problems { printError("\(problem.description) (row left out of the comparison)") }
            let header = ["kind", "cams_reference", "client", "caseworker", "field", "cams_value", "caseload_value"]
            switch format {
            case .csv:
                print(ScriptFormat.csvSpreadsheet(header: header, rows: result.findings.map {
                    [ScriptFormat.csvCell($0.kind.rawValue), ScriptFormat.csvIdentifier($0.camsReference), ScriptFormat.csvText($0.client),
                     ScriptFormat.csvText($0.caseworker), ScriptFormat.csvCell($0.field ?? ""), ScriptFormat.csvText($0.camsValue),
                     ScriptFormat.csvText($0.caseloadValue)]
                }), terminator: "")
            case .json:
                print(try ScriptFormat.json(ReconcileOutput(result)))
            case .table:
                if result.findings.isEmpty {
                    print("CaMS and Caseload agree: \(result.rowsCompared) rows compared, \(result.clientsLinkedHere) clients linked here.")
                } else {
                    print(TextTable.render(header: header, rows: result.findings.map {
                        [$0.kind.rawValue, $0.camsReference, $0.client, $0.caseworker, $0.field ?? "", $0.camsValue, $0.caseloadValue]
                    }))
                    print("")
                    print(TextTable.render(header: ["summary", "count"], rows: result.summary.map { [$0.kind, String($0.count)] }))
                    print("\n\(result.rowsCompared) CaMS rows compared with \(result.clientsLinkedHere) clients linked here; nothing was changed.")
                }
            }
        }

        private func printError(_ text: String) {
            FileHandle.standardError.write(Data((UnsafeCharacters.neutralised(text) + "\n").utf8))
        }
    }
}

/// JSON keys: findings[] {kind, cams_reference, line, client, caseworker, field, cams_value,
/// caseload_value}, summary {kind: count}, problems[], ignored_columns[], rows_compared, clients_linked_here.
struct ReconcileOutput: Encodable {
    struct Finding: Encodable {
        var kind: String, camsReference: String, line: Int?, client: String, caseworker: String, field: String?
        var camsValue: String, caseloadValue: String
        enum CodingKeys: String, CodingKey {
            case kind, camsReference = "cams_reference", line, client, caseworker, field, camsValue = "cams_value", caseloadValue = "caseload_value"
        }
    }
    var findings: [Finding]
    var summary: [String: Int]
    var problems: [String]
    var ignoredColumns: [String]
    var rowsCompared: Int
    var clientsLinkedHere: Int
    enum CodingKeys: String, CodingKey {
        case findings, summary, problems, ignoredColumns = "ignored_columns", rowsCompared = "rows_compared", clientsLinkedHere = "clients_linked_here"
    }

    init(_ r: CamsReconciliation) {
        findings = r.findings.map {
            Finding(kind: $0.kind.rawValue, camsReference: $0.camsReference, line: $0.line, client: $0.client, caseworker: $0.caseworker,
                    field: $0.field, camsValue: $0.camsValue, caseloadValue: $0.caseloadValue)
        }
        summary = Dictionary(r.summary.map { ($0.kind, $0.count) }, uniquingKeysWith: +)
        problems = r.problems.map(\.description)
        ignoredColumns = r.ignoredColumns
        rowsCompared = r.rowsCompared
        clientsLinkedHere = r.clientsLinkedHere
    }
}
