import Foundation

/// A mistake the user can fix: printed as one line on stderr, never as a stack trace.
struct CommandError: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// Prints `caseload: <message>` to stderr and exits non-zero: the one place errors reach the user.
func exitWithError(_ error: Error) -> Never {
    let message = String(describing: error)   // our errors describe themselves in one line
    FileHandle.standardError.write(Data("caseload: \(message)\n".utf8))
    exit(1)
}
