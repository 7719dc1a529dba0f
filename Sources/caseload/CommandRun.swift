import ArgumentParser
import Foundation

/// Runs the parsed command and ends the process: the one way out of every command. Errors print
/// one `caseload: …` line and give status 1 (`ExitCode` keeps its own status); a command's
/// output that did not fully arrive is an error too.
enum CommandRun {
    static func finish(_ parsed: ParsableCommand) -> Never {
        var command = parsed
        var status: Int32 = 0
        do {
            try command.run()
        } catch let exitCode as ExitCode {
            status = exitCode.rawValue
        } catch let error as CommandError {
            reportError(error)
            status = 1
        } catch {
            // ArgumentParser's own, met while running: `--help`, `caseload staff` alone (its help),
            // a ValidationError. It gives other errors the plain failure status.
            if Caseload.exitCode(for: error) != .failure { UsageError.exit(for: error) }
            reportError(error)
            status = 1
        }
        // The full-screen interface draws through ncurses; the commands' printed output is checked.
        if !(command is Caseload) {
            do { try StandardOutput.flush() } catch {
                reportError(error)
                status = max(status, 1)
            }
        }
        exit(status)
    }
}
