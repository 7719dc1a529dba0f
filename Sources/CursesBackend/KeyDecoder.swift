import CNcursesw
import TerminalKit

/// Turns what `wget_wch` returned into a `Key`. Pure: no terminal is needed, so every mapping
/// is unit-tested. Resize and mouse codes are handled by `CursesTerminal`, which must ask
/// ncurses for the new size or the mouse event first.
public enum KeyDecoder {
    /// The key for one `wget_wch` result: `code` is the `wint_t` it filled in, `isFunctionKey`
    /// whether it returned `KEY_CODE_YES`. Nil for codes the app has no name for.
    public static func key(code: UInt32, isFunctionKey: Bool) -> Key? {
        isFunctionKey ? functionKey(Int32(bitPattern: code)) : character(code)
    }

    /// What ESC followed at once by `next` means. Only a printable character makes Alt+key;
    /// anything else was two separate presses (nil), e.g. Esc pressed twice quickly.
    public static func alt(following next: Key?) -> Key? {
        if case .char(let c)? = next { return .alt(c) }
        return nil
    }

    /// The code of the escape key as `wget_wch` reports it.
    public static let escapeCode: UInt32 = 27

    private static func character(_ code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter          // 10 with nl(), 13 after nonl(): accept both
        case 9: return .tab
        case 8, 127: return .backspace       // ^H or DEL, depending on the terminal's kbs
        case 27: return .escape
        case 1...26:
            // Ctrl+letter arrives as letter - 96; raw() makes ^C, ^Z, ^S arrive here too.
            return .ctrl(Character(Unicode.Scalar(UInt8(code + 96))))
        case 0..<32, 128..<160: return nil   // other C0/C1 controls have no key name
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }   // e.g. a lone surrogate
            return .char(Character(scalar))
        }
    }

    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_FIND: return .home          // vt220-style terminals send Find/Select
        case KEY_END, KEY_SELECT, KEY_LL: return .end   // for the Home/End keys
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_IC: return .insert
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case (KEY_F0 + 1)...(KEY_F0 + 12): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// A mouse report from `getmouse`: a left press or click selects, buttons 4 and 5 are the wheel.
    /// Anything else (releases, drags, other buttons) is nil.
    public static func mouse(buttonState: UInt32, x: Int, y: Int) -> Key? {
        let state = mmask_t(buttonState)
        let kind: MouseEvent.Kind
        if state & (nc_button1_clicked() | nc_button1_pressed()) != 0 {
            kind = .click
        } else if state & nc_button4_pressed() != 0 {
            kind = .wheelUp
        } else if state & nc_button5_pressed() != 0 {
            kind = .wheelDown
        } else {
            return nil
        }
        return .mouse(MouseEvent(kind: kind, x: x, y: y))
    }
}
