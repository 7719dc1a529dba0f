import ArgumentParser
import CaseloadStore
import Foundation

@main
struct Caseload: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caseload",
        abstract: "Case management for Employment Ontario service providers, in the terminal.",
        discussion: "With no subcommand, opens the full-screen interface.",
        subcommands: [InitCommand.self, DemoCommand.self, ImportCommand.self, FollowUpsCommand.self, AuditCommand.self, AuditSampleCommand.self,
                      CheckCommand.self, BackupCommand.self, RestoreCommand.self, StaffCommand.self, CalendarCommand.self,
                      ListsCommand.self, GrantCommand.self, TransferCommand.self, MergeCommand.self, SetupCommand.self, SupportsCommand.self, ReportCommand.self, ReconcileCommand.self])

    @OptionGroup var global: GlobalOptions
    @OptionGroup var display: DisplayOptions

    @Flag(help: "Open the demo database ($XDG_DATA_HOME/caseload/demo.sqlite), creating it when missing. Never touches real data.")
    var demo = false

    @Flag(help: "Print caseload's version, and the schema of the database --db or CASELOAD_DB names; then exit.")
    var version = false

    func run() throws {
        if version { return try VersionReport.print(global) }
        var options = global
        if demo {
            if global.db != nil || ProcessInfo.processInfo.environment["CASELOAD_DB"]?.isEmpty == false {
                // --demo always means the demo file, so a real --db can't be filled with synthetic people by mistake.
                FileHandle.standardError.write(Data("caseload: --demo uses \(Paths.demoDatabase); --db/CASELOAD_DB ignored\n".utf8))
            }
            try DemoDatabase.ensure(at: Paths.demoDatabase)
            options.db = Paths.demoDatabase
        }
        try MainActor.assumeIsolated {
            try TerminalSession.run(options: options, display: display)
        }
    }

    /// Usage mistakes and errors each end one way (UsageError, CommandRun), the same for every subcommand.
    static func main() {
        let command: ParsableCommand
        do { command = try parseAsRoot() } catch { UsageError.exit(for: error) }
        CommandRun.finish(command)
    }
}

/// How the interface looks and listens.
struct DisplayOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Colour theme: default, high-contrast, monochrome, or a file name in $XDG_CONFIG_HOME/caseload/themes/.", valueName: "name"))
    var theme: String?

    @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set to anything).")
    var noColor = false

    @Flag(help: "Let the mouse click and scroll (hold Shift to select text in the terminal).")
    var mouse = false
}
