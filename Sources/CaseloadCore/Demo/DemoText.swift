/// Small text helpers for demo data: user names and e-mail addresses need plain ASCII letters.
enum DemoText {
    /// Accented letter (either case) → plain lower-case ASCII, keyed by scalar for speed: user
    /// names and e-mail addresses are built for every demo client.
    private static let folds: [Unicode.Scalar: String] = {
        var map: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("a", "àáâãäåāą"), ("c", "çćč"), ("d", "đď"), ("e", "èéêëēęě"), ("i", "ìíîïī"), ("l", "łľ"),
            ("n", "ñńň"), ("o", "òóôõöøōő"), ("r", "ř"), ("s", "śšş"), ("t", "ť"), ("u", "ùúûüūůű"),
            ("y", "ýÿ"), ("z", "źżž"), ("ae", "æ"), ("oe", "œ"), ("ss", "ß"),
            // Vietnamese letters that are not plain accented Latin ones.
            ("a", "ảạằắẳẵặầấẩẫậ"), ("e", "ẻẽẹềếểễệ"), ("i", "ỉĩị"), ("o", "ỏọồốổỗộơờớởỡợ"),
            ("u", "ủũụưừứửữự"), ("y", "ỳỷỹỵ"),
        ]
        for (plain, accented) in groups {
            for scalar in accented.unicodeScalars {
                map[scalar] = plain
                for upper in String(scalar).uppercased().unicodeScalars where upper != scalar { map[upper] = plain }
            }
        }
        return map
    }()

    /// Lower-case ASCII letters and digits only: "Côté" → "cote", "O'Brien" → "obrien".
    static func asciiSlug(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: out.unicodeScalars.append(scalar)
            case 0x41...0x5A: out.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20)!)
            default: if let plain = folds[scalar] { out += plain }
            }
        }
        return out
    }

    /// "a Cashier", "an Early Childhood Assistant", "an IT Help Desk Technician".
    static func withArticle(_ title: String) -> String {
        ("AEIOU".contains(title.first ?? "x") ? "an " : "a ") + title
    }

    /// "7" → "07".
    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// "$1,234.50" for note bodies.
    static func dollars(cents: Int) -> String {
        let whole = cents / 100, part = cents % 100
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return "$" + digits + grouped + "." + pad(part, 2)
    }
}
