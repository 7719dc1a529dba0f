import ArgumentParser
import Foundation

/// A mistake in the command line itself (unknown option, missing argument, value out of range):
/// one `caseload: …` line saying what is wrong, one line naming the `--help` to read, status 2
/// (README, "Exit status"). `--help` and `--version` are not mistakes: they print to stdout, status 0.
enum UsageError {
    static let status: Int32 = 2

    static func exit(for error: Error, arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        if Caseload.exitCode(for: error) == .success {
            print(Caseload.fullMessage(for: error))
            do { try StandardOutput.flush() } catch { exitWithError(error) }
            Foundation.exit(0)
        }
        FileHandle.standardError.write(Data(report(for: error, arguments: arguments).utf8))
        Foundation.exit(status)
    }

    /// The two lines printed on stderr.
    static func report(for error: Error, arguments: [String]) -> String {
        let command = commandPath(arguments).joined(separator: " ")
        return "caseload: \(oneLine(Caseload.message(for: error)))\ncaseload: see `\(command) --help` for what it takes\n"
    }

    /// ArgumentParser's message without its "Error:" prefixes and usage lines, on one line.
    static func oneLine(_ message: String) -> String {
        let lines = message.split(separator: "\n").map { line -> String in
            var text = line.trimmingCharacters(in: .whitespaces)
            for prefix in ["Error: ", "error: "] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
            return text
        }
        return lines.filter { !$0.isEmpty && !$0.hasPrefix("Usage:") && !$0.hasPrefix("See '") }.joined(separator: "; ")
    }

    /// The subcommand the arguments name, e.g. `caseload staff add`, for its help.
    static func commandPath(_ arguments: [String]) -> [String] {
        var path = [Caseload._commandName]
        var current: ParsableCommand.Type = Caseload.self
        for argument in arguments {
            guard let sub = current.configuration.subcommands.first(where: { $0._commandName == argument }) else { continue }
            path.append(argument)
            current = sub
        }
        return path
    }
}
