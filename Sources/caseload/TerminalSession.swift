import CaseloadApp
import CaseloadCore
import CaseloadStore
import CursesBackend
import Foundation
import TerminalKit

/// Starts the full-screen interface and always gives the terminal back, whatever happens.
@MainActor enum TerminalSession {
    static func run(options: GlobalOptions, display: DisplayOptions, fixedDay: FixedDayOption = FixedDayOption()) throws {
        let db = try Opening.database(options)
        let actor = try Opening.actingStaff(db, options)
        let clock = try fixedDay.clock(for: db)
        let noColorEnv = ProcessInfo.processInfo.environment["NO_COLOR"]
        var (theme, themeWarning) = loadTheme(named: display.theme, noColor: display.noColor || !(noColorEnv ?? "").isEmpty)

        let terminal = CursesTerminal()
        try terminal.start(options: CursesOptions(mouseFlag: display.mouse, noColorFlag: display.noColor, noColorEnvironment: noColorEnv))
        defer { terminal.stop() }
        if !terminal.colorsEnabled, theme.name != Theme.monochrome.name { theme = .monochrome }

        let siteName = try actor.siteID.flatMap { id in try db.sites().first { $0.id == id }?.name }
        let env = AppEnvironment(db: db, actor: actor, theme: theme,
                                 agencyName: (try? db.setting(.agencyName)) ?? "Caseload",
                                 siteName: siteName, clock: clock, asciiBorders: !TerminalSession.isUTF8, isDemo: try db.isDemoDatabase())
        // Front desk lives on the day sheet; everyone else starts from their clients.
        let app = CaseloadApp(env: env, start: actor.role == .frontDesk ? .frontDesk : .clientList, startupMessage: themeWarning)
        // Returns when the person quits, or when the session ends without a goodbye (`terminal.isClosed`:
        // end of input, e.g. the window closed while SIGHUP is ignored, or SIGHUP/SIGTERM arrived).
        runLoop(app, on: terminal, pollMilliseconds: CaseloadApp.pollMilliseconds)
        // Views not yet written (profiles opened, notes read) are recorded however the session ends.
        app.flushAccessLog()
        guard !app.isFinished else { return }
        // The session ended without a goodbye (the terminal went away, SIGHUP, SIGTERM): keep what
        // was typed for the next time each form opens, then end as the signal asked.
        let signal = terminal.terminationSignal
        terminal.stop()
        do {
            let kept = try app.keepUnsavedTyping()
            if kept > 0 { note("the session ended; unsaved typing in \(kept) form\(kept == 1 ? "" : "s") was kept and is offered back when it opens again") }
        } catch {
            note("the session ended and unsaved typing could not be kept: \(error)")
        }
        // Die of the signal as the sender expects (status 128 + N); the terminal is already restored.
        if let signal { exit(128 + signal) }
    }

    /// One line on stderr, where the terminal may already be gone (then it goes nowhere, harmlessly).
    private static func note(_ text: String) {
        FileHandle.standardError.write(Data("caseload: \(text)\n".utf8))
    }

    /// NO_COLOR/--no-color pick monochrome; otherwise the named theme from the user's folder or the
    /// shipped Themes/, falling back to the compiled-in default with a warning for the status line.
    static func loadTheme(named name: String?, noColor: Bool) -> (Theme, String?) {
        if noColor && name == nil { return (.monochrome, nil) }
        let loader = ThemeLoader(directories: [Paths.configHome + "/caseload/themes"] + shippedThemeFolders)
        let result = loader.loadOrDefault(named: name ?? "default", fallback: noColor ? .monochrome : .default)
        return (noColor ? .monochrome : result.theme, result.warning)
    }

    /// `Themes/` beside the executable's checkout (…/.build/debug/caseload → …/Themes) or installed.
    static var shippedThemeFolders: [String] {
        var folders: [String] = []
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = dir.appendingPathComponent("Themes").path
            if FileManager.default.fileExists(atPath: candidate) { folders.append(candidate); break }
            dir.deleteLastPathComponent()
        }
        return folders + ["/usr/local/share/caseload/themes", "/usr/share/caseload/themes"]
    }

    static var isUTF8: Bool {
        let env = ProcessInfo.processInfo.environment
        let locale = env["LC_ALL"] ?? env["LC_CTYPE"] ?? env["LANG"] ?? ""
        return locale.isEmpty || locale.uppercased().contains("UTF-8") || locale.uppercased().contains("UTF8")
    }
}
