import ArgumentParser
import Foundation

/// Runs the parsed command and ends the process: the one way out of every command. Errors print
/// one `caseload: …` line and give status 1 (`ExitCode` keeps its own status); a command's
/// output that did not fully arrive is an error too. The log gets a start and a stop line (ProgramLog).
enum CommandRun {
    static func finish(_ parsed: ParsableCommand) -> Never {
        var command = parsed
        var status: Int32 = 0
        var failure: (any Error)?
        FileCreationMask.apply(forDatabase: ProgramLog.databasePath(of: command))
        ProgramLog.start(command)
        do {
            try command.run()
        } catch let exitCode as ExitCode {
            status = exitCode.rawValue
        } catch let error as CommandError {
            reportError(error)
            status = 1
            failure = error
        } catch {
            failure = error
            // ArgumentParser's own, met while running: `--help`, `caseload staff` alone (its help),
            // a ValidationError. It gives other errors the plain failure status.
            if Caseload.exitCode(for: error) != .failure {
                let isMistake = Caseload.exitCode(for: error) != .success
                ProgramLog.stop(status: isMistake ? UsageError.status : 0, error: isMistake ? error : nil)
                UsageError.exit(for: error)
            }
            reportError(error)
            status = 1
        }
        // The full-screen interface draws through ncurses; the commands' printed output is checked.
        if !(command is Caseload) {
            do { try StandardOutput.flush() } catch {
                reportError(error)
                status = max(status, 1)
                failure = failure ?? error
            }
        }
        ProgramLog.stop(status: status, error: failure)
        exit(status)
    }
}
