import CaseloadApp
import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Everything the figures share: the bench database (open once for the warm figures), its manifest,
/// the people who act, and a fixed "now" on the data's own day.
@MainActor struct BenchContext {
    let options: BenchOptions
    let path: String
    let manifest: DemoManifest
    let db: CaseloadDatabase
    let zone: TimeZone
    /// The demo data's "today" at 10:00 in the agency's zone.
    let today: LocalDate
    let now: Date
    let supervisor: StaffMember
    let busiestCaseworker: StaffMember
    let busiestCaseworkerClients: Int
    let theme: Theme

    var folder: String { options.folder }

    init(options: BenchOptions, path: String, manifest: DemoManifest, zone: TimeZone) throws {
        self.options = options; self.path = path; self.manifest = manifest; self.zone = zone
        today = manifest.day
        now = today.startInstant(in: zone).addingTimeInterval(10 * 3600)
        db = try CaseloadDatabase.open(path: path)
        // The demo's supervisor sees every client: the biggest list any role opens.
        supervisor = try db.resolveActingStaff(username: "dlee")
        var best: (StaffMember, Int)?
        for member in try db.listStaff(includeInactive: false) where member.role == .caseworker {
            let n = try db.clientListCount(ClientListQuery(caseworkerID: member.id))
            if n > best?.1 ?? -1 { best = (member, n) }
        }
        guard let best else { throw BenchError("the bench database has no caseworkers") }
        (busiestCaseworker, busiestCaseworkerClients) = best
        theme = BenchContext.loadTheme()
    }

    /// The app's environment for `actor`, as `TerminalSession` builds it, with the clock fixed.
    func environment(for actor: StaffMember, db: CaseloadDatabase? = nil, at instant: Date? = nil) -> AppEnvironment {
        let clock = instant ?? now
        return AppEnvironment(db: db ?? self.db, actor: actor, theme: theme, clock: { clock }, zone: zone)
    }

    /// The shipped default theme from `Themes/` (found as the app finds it, walking up from the
    /// executable), so the bench draws with the same styles the app loads.
    static func loadTheme() -> Theme {
        var dir = URL(fileURLWithPath: Subprocess.executablePath).deletingLastPathComponent()
        var folders: [String] = []
        for _ in 0..<5 {
            let candidate = dir.appendingPathComponent("Themes").path
            if FileManager.default.fileExists(atPath: candidate) { folders.append(candidate); break }
            dir.deleteLastPathComponent()
        }
        return ThemeLoader(directories: folders).loadOrDefault(named: "default").theme
    }
}
