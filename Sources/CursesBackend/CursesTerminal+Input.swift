import CNcursesw
import TerminalKit

extension CursesTerminal {
    /// Waits up to `timeoutMilliseconds` (negative: forever) for a key. `.tick` on timeout,
    /// `.resize` when ncurses reports KEY_RESIZE (it handles SIGWINCH itself). Keys the app has
    /// no name for are skipped without ending the wait early. When the terminal is gone, sets
    /// `inputEnded` and returns `.tick`.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent {
        guard isActive, let window else { return .tick }
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds >= 0 ? clock.now + .milliseconds(timeoutMilliseconds) : nil
        while true {
            var remaining = -1
            if let deadline {
                let left = clock.now.duration(to: deadline).components
                remaining = max(0, Int(left.seconds) * 1000 + Int(left.attoseconds / 1_000_000_000_000_000))
            }
            wtimeout(window, Int32(clamping: remaining))
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            if status == ERR {
                // A timeout, or the terminal has gone away: then the run loop ends (see `isClosed`).
                if TerminalInput.hasEnded { inputEnded = true }
                return .tick
            }
            if let event = event(status: status, code: code, window: window) { return event }
        }
    }

    private func event(status: Int32, code: wint_t, window: UnsafeMutablePointer<WINDOW>) -> TerminalEvent? {
        let isFunctionKey = status == KEY_CODE_YES
        if isFunctionKey && Int32(bitPattern: code) == KEY_RESIZE {
            previousFrame = nil   // every cell must be drawn again at the new size
            return .resize(size)
        }
        if isFunctionKey && Int32(bitPattern: code) == KEY_MOUSE {
            var report = MEVENT()
            guard getmouse(&report) == OK else { return nil }
            return KeyDecoder.mouse(buttonState: UInt32(report.bstate), x: Int(report.x), y: Int(report.y)).map(TerminalEvent.key)
        }
        if !isFunctionKey && code == KeyDecoder.escapeCode { return .key(escapeOrAlt(window: window)) }
        return KeyDecoder.key(code: code, isFunctionKey: isFunctionKey).map(TerminalEvent.key)
    }

    /// Alt+x arrives as ESC then x. Whatever follows at once and is not a character is pushed
    /// back so it is read as its own key.
    private func escapeOrAlt(window: UnsafeMutablePointer<WINDOW>) -> Key {
        wtimeout(window, 0)
        var next: wint_t = 0
        let status = wget_wch(window, &next)
        if status == ERR { return .escape }
        let isFunctionKey = status == KEY_CODE_YES
        if let alt = KeyDecoder.alt(following: KeyDecoder.key(code: next, isFunctionKey: isFunctionKey)) { return alt }
        if isFunctionKey { _ = ungetch(Int32(bitPattern: next)) } else { _ = unget_wch(wchar_t(bitPattern: next)) }
        return .escape
    }
}
