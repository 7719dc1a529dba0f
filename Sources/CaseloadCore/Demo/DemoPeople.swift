/// Who a demo client is: name, language, date of birth and how to reach them.
struct DemoIdentity: Sendable {
    var firstName: String
    var lastName: String
    var preferredName: String?
    /// Romanised name parts for the e-mail address ("秀英" → "xiuying").
    var latinFirst: String
    var latinLast: String
    var language: String
}

enum DemoPeople {
    private static let cultureWeights = demoCultures.map(\.weight)

    static func identity(_ rng: inout SplitMix64) -> DemoIdentity {
        let culture = demoCultures[rng.weighted(cultureWeights)]
        let language = rng.weighted(culture.languages)
        if culture.scriptShare > 0, rng.chance(culture.scriptShare) {
            let first = rng.pick(culture.scriptGiven), last = rng.pick(culture.scriptFamily)
            return DemoIdentity(firstName: first.text, lastName: last.text, preferredName: nil,
                                latinFirst: first.latin, latinLast: last.latin, language: language)
        }
        let first = rng.pick(culture.given)
        // One in ten people carries a surname from another tradition (marriage, adoption).
        let family = rng.chance(0.1) ? demoCultures[rng.weighted(cultureWeights)].family : culture.family
        let last = rng.pick(family)
        var preferred: String?
        if culture.preferredShare > 0, rng.chance(culture.preferredShare) {
            let candidate = rng.pick(culture.preferred)
            if candidate != first { preferred = candidate }
        }
        return DemoIdentity(firstName: first, lastName: last, preferredName: preferred,
                            latinFirst: first, latinLast: last, language: language)
    }

    /// A staff-style name for SA caseworkers and employer contacts: (given, family).
    static func name(_ rng: inout SplitMix64) -> (given: String, family: String) {
        let culture = demoCultures[rng.weighted(cultureWeights)]
        return (rng.pick(culture.given), rng.pick(culture.family))
    }

    /// Ages 16 to 70, weighted toward working age; the birthday falls anywhere in the year.
    static func dateOfBirth(today: LocalDate, _ rng: inout SplitMix64) -> LocalDate {
        let bracket = rng.weighted([(16...17, 4), (18...24, 20), (25...34, 26), (35...44, 20),
                                    (45...54, 16), (55...64, 11), (65...70, 3)])
        let age = rng.int(in: bracket)
        return today.adding(months: -12 * age).adding(days: -rng.below(365))
    }

    static func age(on day: LocalDate, born: LocalDate) -> Int {
        var years = day.year - born.year
        if (day.month, day.day) < (born.month, born.day) { years -= 1 }
        return years
    }

    private static let areaCodes: [(String, Int)] = [
        ("519", 60), ("226", 25), ("548", 8), ("416", 1), ("647", 2), ("905", 1), ("289", 1), ("613", 1), ("437", 1),
    ]

    /// A valid North American number: exchange 200–999 but never N11, 555 or 958/959 (test
    /// exchanges), and a line that is not four repeated digits, so R-06 never mistakes it for a dummy.
    static func phone(_ rng: inout SplitMix64) -> String {
        let area = rng.weighted(areaCodes)
        var exchange = 0
        repeat { exchange = rng.int(in: 200...999) }
        while exchange % 100 == 11 || exchange == 555 || exchange == 958 || exchange == 959
        var line = 0
        repeat { line = rng.below(10_000) } while line % 1111 == 0 || line == 1234
        return area + "-" + String(exchange) + "-" + DemoText.pad(line, 4)
    }

    private static let mailDomains: [(String, Int)] = [
        ("gmail.com", 45), ("hotmail.com", 14), ("outlook.com", 10), ("yahoo.ca", 7), ("icloud.com", 6),
        ("rogers.com", 5), ("bell.net", 4), ("live.ca", 3), ("execulink.com", 2), ("sympatico.ca", 2), ("yahoo.com", 2),
    ]

    static func email(first: String, last: String, _ rng: inout SplitMix64) -> String {
        let f = DemoText.asciiSlug(first), l = DemoText.asciiSlug(last)
        let number = String(rng.int(in: 1...99))
        let local: String
        switch rng.below(6) {
        case 0: local = f + "." + l
        case 1: local = f + l + number
        case 2: local = String(f.prefix(1)) + l
        case 3: local = f + "_" + l
        case 4: local = f + "." + l + String(rng.int(in: 1975...2008))
        default: local = l + "." + f + number
        }
        return local + "@" + rng.weighted(mailDomains)
    }
}
