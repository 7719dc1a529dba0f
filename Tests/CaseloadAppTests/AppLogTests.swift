import CaseloadCore
import CaseloadStore
import Logging
import Synchronization
import Testing
import TerminalKit
@testable import CaseloadApp

/// The interface's log lines: a refresh is measured (and logged only past the threshold), and a
/// key a role may not use is logged as refused, with the login and no client's name.
@MainActor @Suite struct AppLogTests {
    @Test func aRefreshIsMeasuredAndLoggedOnlyPastTheThreshold() throws {
        let lines = AppLogCapture.shared
        let f = try AppFixture()
        let d = f.driver(as: f.supervisor)
        let other = try f.otherTerminal()
        var added = 0
        func addClient(_ last: String) throws {
            added += 1   // each another person: the same birth date and phone would be a strong match (issue #19)
            _ = try other.createClient(Client(firstName: "Noël", lastName: last, dateOfBirth: LocalDate(year: 1990, month: 3, day: 4),
                                              phone: "519-555-01\(10 + added)", caseworkerID: f.caseworker.id), by: f.caseworker, today: AppFixture.today)
        }
        #expect(d.program.slowRefreshThreshold == .milliseconds(100))
        d.program.slowRefreshThreshold = .seconds(10)   // far above any refresh, even on a loaded machine
        try addClient("Bélanger")
        d.tick()   // a refresh under the threshold: nothing logged
        #expect(d.screen.contains("Bélanger, Noël"))
        #expect(lines.entries(db: f.path).isEmpty)

        d.program.slowRefreshThreshold = .zero   // now every refresh counts as slow
        d.tick()
        #expect(lines.entries(db: f.path).isEmpty, "nothing changed, so nothing was refreshed")
        try addClient("Gagnon")
        d.tick()
        let logged = lines.entries(db: f.path)
        #expect(logged.count == 1 && logged[0].contains("slow refresh") && logged[0].contains("screen=clientList"), "\(logged)")
        #expect(!logged.joined().contains("Gagnon") && !logged.joined().contains("Noël"))
    }

    @Test func aKeyTheRoleMayNotUseIsLoggedAsRefused() throws {
        let lines = AppLogCapture.shared
        let f = try AppFixture()
        let d = f.driver(as: f.frontDesk, start: .frontDesk)
        d.press(.function(3))
        #expect(lines.all().contains { $0.hasPrefix("refused: Front desk has no follow-up queue.") && $0.contains("login=fdesk") },
                "\(lines.all())")
    }
}

/// Collects the interface's log lines (message and metadata) for the tests to read.
final class AppLogCapture: Sendable {
    private let lines = Mutex<[String]>([])

    static let shared: AppLogCapture = {
        let capture = AppLogCapture()
        AppLog.use(Logger(label: "caseload.app") { _ in Handler(capture: capture) })
        return capture
    }()

    func all() -> [String] { lines.withLock { $0 } }
    func entries(db: String) -> [String] { all().filter { $0.contains("db=\(db)") } }

    struct Handler: LogHandler {
        let capture: AppLogCapture
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            let fields = (event.metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            capture.lines.withLock { $0.append(([event.message.description] + fields).joined(separator: " ")) }
        }
    }
}
