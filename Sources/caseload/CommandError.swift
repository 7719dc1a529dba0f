import Foundation

/// A mistake the user can fix: printed as one line on stderr, never as a stack trace.
struct CommandError: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// Prints `caseload: <message>` on stderr: the one way errors reach the user.
func reportError(_ error: Error) {
    let message = String(describing: error)   // our errors describe themselves in one line
    FileHandle.standardError.write(Data("caseload: \(message)\n".utf8))
}

/// Reports `error` and exits with status 1.
func exitWithError(_ error: Error) -> Never {
    reportError(error)
    exit(1)
}
