import CaseloadCore
import Foundation
import Logging
import Synchronization
import Testing
@testable import CaseloadStore

/// The store's log lines: refusals and failures with ids and logins, never a client's name; slow
/// queries by measuring.
@Suite("The store's log", .serialized)
struct StoreLogTests {
    @Test func aRefusalAndAnErrorAreLoggedWithoutTheClientsName() throws {
        let lines = CapturedLog.start()
        let fixture = try Fixture()
        let planted = try fixture.client("Plantedname", "Xylophant", cams: "123456789")
        // The on-screen message names the client who has the reference; the log must not.
        let taken = storeError { try fixture.client("Other", "Person", cams: "123456789") }
        #expect(taken?.message.contains("Plantedname") == true)
        #expect(storeError { _ = try fixture.db.addStaff(username: "x", fullName: "X", role: .caseworker, by: fixture.caseworker) }
                == .notPermitted(.manageStaff))

        let mine = lines.entries(for: fixture.path)
        #expect(mine.contains { $0.level == .notice && $0.text.contains("refused: CaMS reference taken by client #\(planted.id!)") }, "\(mine)")
        #expect(mine.contains { $0.level == .notice && $0.text.contains("refused: not permitted: manageStaff") }, "\(mine)")
        let all = mine.map(\.text).joined(separator: "\n")
        #expect(!all.contains("Plantedname") && !all.contains("Xylophant"), "\(all)")
    }

    @Test func aSlowQueryIsLoggedWithWhatItWas() throws {
        let lines = CapturedLog.start()
        let fixture = try Fixture()
        _ = try fixture.db.read { _ in Thread.sleep(forTimeInterval: 0.01) }
        #expect(!lines.entries(for: fixture.path).contains { $0.text.contains("slow query") })
        _ = try fixture.db.read { _ in Thread.sleep(forTimeInterval: 0.25) }
        let slow = lines.entries(for: fixture.path).filter { $0.text.contains("slow query") }
        #expect(slow.count == 1 && slow[0].text.contains("operation=aSlowQueryIsLoggedWithWhatItWas()"), "\(slow)")
    }
}

/// Collects the store's log lines (as `text` with its metadata) for the tests to read.
final class CapturedLog: Sendable {
    struct Entry: Sendable { let level: Logger.Level; let text: String; let db: String? }
    private let lines = Mutex<[Entry]>([])

    static let shared: CapturedLog = {
        let log = CapturedLog()
        StoreLog.use(Logger(label: "caseload.store") { _ in Handler(log: log) })
        return log
    }()

    static func start() -> CapturedLog { shared }

    func entries(for db: String) -> [Entry] { lines.withLock { $0 }.filter { $0.db == db } }

    struct Handler: LogHandler {
        let log: CapturedLog
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            let fields = (event.metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            let entry = Entry(level: event.level, text: ([event.message.description] + fields).joined(separator: " "),
                              db: event.metadata?["db"].map { "\($0)" })
            log.lines.withLock { $0.append(entry) }
        }
    }
}
