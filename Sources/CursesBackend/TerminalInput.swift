import Glibc

/// Whether the terminal behind standard input is gone. When the terminal closes (window closed,
/// SSH dropped, tmux session killed) while SIGHUP is ignored (`nohup`, `trap '' HUP`), every read
/// returns end of input at once and ncurses reports it like a timeout; a loop that kept asking
/// would spin at full CPU. A hung-up tty polls as POLLHUP (a pipe's writer gone, likewise).
enum TerminalInput {
    static var hasEnded: Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) == 1 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }
}
