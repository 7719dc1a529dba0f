@testable import TerminalKit

/// Draws into a fresh buffer of the given size, so a test reads `draw(20, 3) { ... }.lines()`.
func draw(_ width: Int, _ height: Int, _ body: (inout ScreenBuffer) -> Void) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    body(&buffer)
    return buffer
}

/// The whole-screen theme tests use unless they check styles of a specific theme.
let theme = Theme.default

/// Path of the repository's Themes folder (works from the package and from a symlinked dev package).
let themesDirectory: String = {
    let parts = #filePath.split(separator: "/").dropLast(3)   // …/Tests/TerminalKitTests/Support.swift
    return "/" + parts.joined(separator: "/") + "/Themes"
}()

/// Each row with trailing spaces trimmed, keeping empty rows (so a reader sees the screen's height).
func trimmedLines(_ buffer: ScreenBuffer) -> [String] {
    buffer.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}
