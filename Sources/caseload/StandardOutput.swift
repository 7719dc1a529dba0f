#if canImport(Glibc)
@preconcurrency import Glibc   // C's `stdout` is a mutable global; only the main thread ends the process
#endif

/// Commands write their results with `print`, which buffers in C's stdout and drops write errors.
/// This is the one place that makes sure all of it arrived: a full disk or `> /dev/full` must not
/// end with status 0 and a cut-off file.
enum StandardOutput {
    /// Flushes stdout; throws when this or any earlier write to it failed.
    static func flush() throws {
        let flushed = fflush(stdout) == 0
        // The reason is known when this flush failed; a failure during `print` left only the flag.
        let reason = flushed ? "" : " (\(String(cString: strerror(errno))))"
        guard flushed, ferror(stdout) == 0 else {
            clearerr(stdout)
            throw CommandError("could not write all of the output\(reason): it is incomplete; "
                               + "free some disk space or write it elsewhere, then run the command again")
        }
    }
}
