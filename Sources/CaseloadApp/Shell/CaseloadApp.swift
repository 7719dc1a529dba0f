import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// The whole program as the run loop sees it: a stack of screens under a title bar, a status line
/// and a footer, with the global keys, the F10 menu, the `?` overlay and the quit question on top.
@MainActor public final class CaseloadApp: TerminalProgram {
    public static let minimumSize = Size(width: 80, height: 24)

    public private(set) var env: AppEnvironment
    private(set) var stack: [(route: Route, screen: any Screen)] = []
    private var status = StatusLineState()
    private var modal: Modal?
    private var size = CaseloadApp.minimumSize
    private let watcher: ChangeWatcher?
    /// The user quit; the loop can also end without this (the terminal went away).
    public private(set) var isFinished = false
    /// A refresh slower than this is logged (tests lower it to see the measuring).
    var slowRefreshThreshold = AppLog.slowRefreshThreshold
    /// The screen had its `idle()` since the last key or change: later idle ticks have nothing to do.
    private var idleDone = false
    /// Idle ticks in a row that changed nothing (see `tickChangedScreen`).
    private var quietTicks = 0
    public private(set) var tickChangedScreen = true
    /// A change was applied that no frame has shown yet (the run loop draws right after a poll
    /// that saw one, so the tick after it need not draw again).
    private var undrawnChange = false
    /// How often, in milliseconds, the run loop looks for other sessions' commits between ticks.
    public static let pollMilliseconds = 100
    /// Check-ins up to this moment were announced (or happened before the session began).
    private var arrivalsAnnouncedUntil: Date

    enum Modal {
        case menu(MainMenu)
        case help(HelpOverlayState, keymap: Keymap<Int>)
        case confirmQuit(ConfirmDialog)
        case confirmLeave(ConfirmDialog, then: Route)
        /// A form asked to go back with unsaved typing (`AppCommand.leave`).
        case confirmBack(LeaveQuestion)
    }

    public init(env: AppEnvironment, start: Route = .clientList, startupMessage: String? = nil) {
        self.env = env
        arrivalsAnnouncedUntil = env.now
        watcher = try? env.db.makeChangeWatcher()
        open(start)
        if let startupMessage { status.show(startupMessage, kind: .error, ticks: 20) }
    }

    var currentScreen: any Screen { stack[stack.count - 1].screen }
    public var currentRoute: Route { stack[stack.count - 1].route }

    // MARK: events

    public func handle(_ event: TerminalEvent) -> Bool {
        let pending = currentScreen.takePendingCommands()
        apply(pending)
        switch event {
        case .resize(let s): size = s; idleDone = false
        case .tick: tick(); if !pending.isEmpty { tickChangedScreen = true }
        case .key(let key): handleKey(key); idleDone = false
        }
        return !isFinished
    }

    /// Between ticks: another session's commit shows without waiting for the next tick.
    public func poll() -> Bool {
        apply(currentScreen.takePendingCommands())
        guard refreshIfChanged() else { return false }
        idleDone = false
        return true
    }

    /// Idle costs nothing (issue #23): after the screen's one `idle()` since the last key or change,
    /// a tick only looks at the change feed's head and draws nothing unless something changed (a
    /// status message ran out, a commit) — but every 30 quiet ticks the screen's idle work runs and
    /// the screen is drawn again, for the clock's sake (the day sheet's "past their time").
    private func tick() {
        var changed = status.tick()
        if refreshIfChanged() { idleDone = false }
        quietTicks += 1
        let clockDue = quietTicks >= 30
        if clockDue { idleDone = false }
        if modal == nil && !idleDone {
            // Drawn when the idle work asked for anything (it may have loaded something), or for the clock.
            let response = currentScreen.idleResponse()
            apply(response.commands)
            idleDone = true
            if response.handled || clockDue { changed = true }
        }
        if undrawnChange { changed = true }
        flushAccessLog(force: false)
        if changed { quietTicks = 0 }
        tickChangedScreen = changed
    }

    /// PRAGMA data_version moves when another connection commits; the change feed then says what
    /// changed, and the screen refreshes only that, keeping the selection. True when the screen
    /// (or the status line) may look different: a change the screen had nothing to do for draws nothing.
    private func refreshIfChanged() -> Bool {
        guard let watcher, let change = try? watcher.changes() else { return false }
        let response = AppLog.timed("refresh", screen: "\(currentRoute)", db: env.db.path, threshold: slowRefreshThreshold) {
            currentScreen.changeResponse(change)
        }
        apply(response.commands)
        // Only an appointment written can be a check-in: other commits ask the store nothing more.
        let announced = (change.isEverything || change.clientsByKind["appointment"] != nil) && announceArrivals()
        guard response.handled || announced else { return false }
        undrawnChange = true
        return true
    }

    /// "Zoë Côté has arrived for 10:00": the front desk checked in one of this person's clients
    /// (seen within a tick of the commit). On the status line, never a modal: typing goes on.
    /// True when one was shown.
    private func announceArrivals() -> Bool {
        guard env.actor.role == .caseworker || env.actor.role == .supervisor else { return false }
        do {
            let arrivals = try env.db.arrivals(since: arrivalsAnnouncedUntil, on: env.today, by: env.actor)
            guard let last = arrivals.last else { return false }
            arrivalsAnnouncedUntil = last.checkedInAt
            status.show(arrivals.map(\.notice).joined(separator: " · "), kind: .info, ticks: 24)
            return true
        } catch {
            AppLog.logger.error("could not read arrivals: \(error)", metadata: ["login": "\(env.actor.username)"])
            return false
        }
    }

    /// Writes the queued views to the access log: when due on an idle tick, or all of them now
    /// (the session is ending). A failure is logged and the views stay queued for the next try.
    @discardableResult
    public func flushAccessLog(force: Bool = true) -> Int {
        do {
            return force ? try env.accessLog.flush(db: env.db, by: env.actor)
                         : try env.accessLog.flushIfDue(now: env.now, db: env.db, by: env.actor)
        } catch {
            AppLog.logger.error("could not write the access log: \(error)", metadata: ["login": "\(env.actor.username)"])
            return 0
        }
    }

    private func handleKey(_ key: Key) {
        if let modal { handleModal(modal, key); return }
        let global = GlobalKeys.keymap(role: env.actor.role)
        // Function and control keys work everywhere, even while typing; screens never see them first.
        if GlobalKeys.worksWhileTyping(key) {
            let lookup = global.lookup(key)
            if case .unbound = lookup {} else { runGlobal(lookup); return }
        }
        // Asked before the screen sees the key: Esc that closes a field's popup must not also go back.
        let wasEditing = currentScreen.isEditingText
        let response = currentScreen.handleKey(key)
        if response.handled || wasEditing || currentScreen.isEditingText { apply(response.commands); return }
        runGlobal(global.lookup(key))
    }

    private func runGlobal(_ lookup: KeyLookup<GlobalAction>) {
        switch lookup {
        case .unbound: break
        case .disabled(let reason):
            AppLog.logger.notice("refused: \(reason)", metadata: ["login": "\(env.actor.username)"])
            status.show(reason, kind: .error)
        case .run(let action):
            switch action {
            case .help: showHelp()
            case .menu: modal = .menu(MainMenu(role: env.actor.role))
            case .clients: go(to: .clientList)
            case .frontDesk: go(to: .frontDesk)
            case .followUps: go(to: .followUps(caseworkerID: nil))
            case .back: apply([.back])
            case .quit: stack.count == 1 ? requestQuit() : apply([.back])
            case .quitEverywhere, .interrupt: requestQuit()
            }
        }
    }

    private func handleModal(_ m: Modal, _ key: Key) {
        switch m {
        case .menu(var menu):
            switch menu.handle(key) {
            case .none: modal = .menu(menu)
            case .close: modal = nil
            case .open(let route): modal = nil; go(to: route)
            case .refused(let why):
                AppLog.logger.notice("refused: \(why)", metadata: ["login": "\(env.actor.username)"])
                modal = .menu(menu); status.show(why, kind: .error)
            }
        case .help(var state, let keymap):
            let rows = HelpOverlay<Int>.visibleRows(in: Rect(x: 0, y: 0, width: size.width, height: size.height))
            let lines = HelpOverlay(keymap).lines.count
            modal = state.handle(key, lineCount: lines, visibleRows: rows) == .cancelled ? nil : .help(state, keymap: keymap)
        case .confirmQuit(let dialog):
            switch dialog.answer(for: key) {
            case .yes: isFinished = true
            case .no: modal = nil
            case nil: break
            }
        case .confirmLeave(let dialog, let route):
            switch dialog.answer(for: key) {
            case .yes: modal = nil; go(to: route, confirmed: true)
            case .no: modal = nil
            case nil: break
            }
        case .confirmBack(let question):
            guard let answer = question.dialog.answer(for: key) else { break }
            modal = nil
            apply(question.commands(for: answer))
        }
    }

    private func showHelp() {
        let keymap = Keymap<Int>(currentScreen.helpKeymap.bindings + GlobalKeys.keymap(role: env.actor.role).forHelp.bindings)
        modal = .help(HelpOverlayState(), keymap: keymap)
    }

    private func requestQuit() {
        if stack.contains(where: { $0.screen.hasUnsavedInput }) {
            modal = .confirmQuit(ConfirmDialog(title: "Quit Caseload?", message: ["Typed text that was not saved will be lost."], defaultAnswer: .no))
        } else {
            isFinished = true
        }
    }

    /// The session is ending without a goodbye (the terminal went away, SIGHUP, SIGTERM): every open
    /// form's unsaved typing is kept for its next opening. Returns how many drafts were kept.
    @discardableResult
    public func keepUnsavedTyping() throws -> Int {
        let drafts = stack.compactMap { $0.screen.draftToKeep }
        try env.db.keepDrafts(drafts, by: env.actor)
        return drafts.count
    }

    // MARK: navigation

    private func apply(_ commands: [AppCommand]) {
        for c in commands {
            switch c {
            case .open(let route): open(route)
            case .replace(let route):
                stack.removeLast(); open(route)
            case .leave(let question):
                if currentScreen.hasUnsavedInput { modal = .confirmBack(question) } else { apply([.back]) }
            case .back:
                if stack.count > 1 {
                    status.clear()   // a message belongs to the screen it was said on
                    stack.removeLast()
                    apply(currentScreen.handle(.reappeared))
                }
            // Long enough to read after looking back from the client (8 s for news, 8 s more for errors).
            case .status(let text, let isError): status.show(text, kind: isError ? .error : .info, ticks: isError ? 32 : 16)
            case .quit: requestQuit()
            case .remember(let choice): env.choices.remember(choice)
            }
        }
    }

    /// F2 and the menu go to a top-level screen: reuse it if it is on the stack, else start fresh.
    /// Screens that would close with typed text in them ask first, as quitting does.
    private func go(to route: Route, confirmed: Bool = false) {
        let keep = stack.firstIndex(where: { $0.route == route }).map { $0 + 1 } ?? 0
        if !confirmed, stack[keep...].contains(where: { $0.screen.hasUnsavedInput }) {
            modal = .confirmLeave(LeaveQuestion.standard.dialog, then: route)
            return
        }
        status.clear()
        if let i = stack.firstIndex(where: { $0.route == route }) {
            stack.removeSubrange((i + 1)...)
            apply(currentScreen.summoned())
        } else {
            stack.removeAll(); open(route)
        }
    }

    private func open(_ route: Route) {
        status.clear()   // a message belongs to the screen it was said on; the new one may say its own
        let screen = ScreenFactory.make(route, env: env)
        stack.append((route, screen))
        apply(screen.handle(.reload))
    }

    // MARK: drawing

    public func render(into buffer: inout ScreenBuffer) {
        undrawnChange = false
        size = Size(width: buffer.width, height: buffer.height)
        let theme = env.theme
        if TooSmallView.isTooSmall(size, need: Self.minimumSize) {
            TooSmallView.render(into: &buffer, need: Self.minimumSize, theme: theme)
            return
        }
        buffer.fill(buffer.area, style: theme[.normal])
        let w = buffer.width, h = buffer.height
        TitleBar.render(into: &buffer, in: Rect(x: 0, y: 0, width: w, height: 1), env: env, screenTitle: currentScreen.title)
        let content = Rect(x: 0, y: 1, width: w, height: h - 3)
        currentScreen.render(into: &buffer, in: content, theme: theme)
        status.render(into: &buffer, in: Rect(x: 0, y: h - 2, width: w, height: 1), theme: theme)
        currentScreen.renderFooter(into: &buffer, in: Rect(x: 0, y: h - 1, width: w, height: 1), theme: theme)
        currentScreen.renderOverlay(into: &buffer, theme: theme)
        OpenPopup.redraw(into: &buffer, theme: theme)
        switch modal {
        case .menu(let menu):
            buffer.cursor = nil
            menu.render(into: &buffer, in: content, theme: theme, ascii: env.asciiBorders)
        case .help(let state, let keymap):
            buffer.cursor = nil
            HelpOverlay(keymap).render(state, into: &buffer, in: buffer.area, theme: theme, ascii: env.asciiBorders)
        case .confirmQuit(let dialog), .confirmLeave(let dialog, _):
            buffer.cursor = nil
            dialog.render(into: &buffer, in: buffer.area, theme: theme, ascii: env.asciiBorders)
        case .confirmBack(let question):
            buffer.cursor = nil
            question.dialog.render(into: &buffer, in: buffer.area, theme: theme, ascii: env.asciiBorders)
        case nil: break
        }
    }
}
