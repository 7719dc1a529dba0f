import Foundation
import Logging

/// swift-log's handler for the log file: one line per entry,
/// `2026-12-07T02:00:00.123Z notice [4711] caseload.store: refused: … key=value …`.
struct FileLogHandler: LogHandler {
    let label: String
    let file: LogFile
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var all = metadata
        if let extra = event.metadata { all.merge(extra) { $1 } }
        let fields = all.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted("\($0.value)"))" }
        let text = Self.oneLine(event.message.description)
        let line = ([Self.timestamp(), event.level.rawValue, "[\(getpid())]", "\(label):", text] + fields).joined(separator: " ")
        file.append(line + "\n")
    }

    /// One entry, one line: newlines inside a message are shown, not obeyed.
    static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }

    static func quoted(_ value: String) -> String {
        let plain = !value.isEmpty && !value.contains { $0 == " " || $0 == "\"" || $0 == "=" || $0.isNewline }
        return plain ? value : "\"" + oneLine(value).replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func timestamp(_ date: Date = Date()) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
