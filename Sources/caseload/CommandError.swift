import CaseloadCore
import Foundation

/// A mistake the user can fix: printed as one line on stderr, never as a stack trace.
struct CommandError: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// Prints `caseload: <message>` on stderr: the one way errors reach the user.
func reportError(_ error: Error) {
    // Our errors describe themselves in one line; one quoting a file's cell or a stored name must
    // not carry its control characters to the terminal.
    let message = UnsafeCharacters.neutralised(String(describing: error))
    FileHandle.standardError.write(Data("caseload: \(message)\n".utf8))
}

/// Reports `error` and exits with status 1.
func exitWithError(_ error: Error) -> Never {
    reportError(error)
    exit(1)
}
