import CaseloadCore

/// Every command prints through this `print`, which shadows the standard library's in this module,
/// so no command can print data raw: a name or note holding `ESC ] 0 ; … BEL` or `ESC [ 2 J`
/// (retitle the window, clear the screen, OSC 52 set the clipboard) or a bidi override arrives
/// as U+FFFD instead. Line breaks and tabs stay; JSON escapes its own first (`ScriptFormat.json`).
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { String(describing: $0) }.joined(separator: separator)
    Swift.print(UnsafeCharacters.neutralised(text, keepingLineBreaks: true), terminator: terminator)
}
