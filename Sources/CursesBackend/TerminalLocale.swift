import CNcursesw
import Glibc

/// ncursesw draws wide and combining characters only under a UTF-8 LC_CTYPE. Use the user's
/// locale when it is UTF-8; otherwise C.UTF-8 (the only UTF-8 locale on minimal Debian images).
enum TerminalLocale {
    static func adoptUTF8() {
        if setlocale(LC_ALL, "") == nil || !isUTF8 { _ = setlocale(LC_ALL, "C.UTF-8") }
    }

    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return String(cString: codeset) == "UTF-8"
    }
}
