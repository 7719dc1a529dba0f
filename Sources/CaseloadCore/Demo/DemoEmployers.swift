/// The pool of local employers clients are hired by. Every key in 0 ..< `count` names a different
/// business, so the writer can insert employers lazily, the first time a key is used.
enum DemoEmployers {
    static let count = 3_000

    private static let stems = [
        "Forest City", "Thames Valley", "Middlesex", "Elgin", "Covent Market", "Richmond Row", "Wortley",
        "Byron", "Masonville", "Westmount", "Hyde Park", "Pond Mills", "White Oaks", "Lambeth", "Komoka",
        "Port Stanley", "Talbot", "Aylmer", "Dorchester", "Ilderton", "Arva", "Springbank", "Oakridge",
        "Riverbend", "Carling Heights", "Old East", "SoHo", "Huron Heights", "Argyle", "Belmont",
        "Southwold", "Sparta", "Iona", "Shedden", "Caradoc", "Mount Brydges", "Glencoe", "Delaware",
        "Lucan", "Thorndale", "Patel", "Nguyen", "Tremblay", "Van Dyk", "Russo", "Khoury", "Singh",
        "Okafor", "Santos", "Kowalski", "Gill", "MacLeod", "Bélanger", "Haddad", "Park", "Ferreira",
        "Doxtator", "Chen", "Mensah", "Hernández",
    ]
    private static let kinds: [(String, ClosedRange<Int>)] = [
        ("Bakery", 4...40), ("Auto Body", 3...25), ("Logistics", 20...400), ("Dental Centre", 6...30),
        ("Landscaping", 5...60), ("Cleaning Services", 8...150), ("Home Care", 20...300), ("Manufacturing", 30...900),
        ("Hardware", 5...45), ("Family Restaurant", 8...45), ("Farms", 4...80), ("Greenhouses", 10...200),
        ("Roofing", 5...50), ("Plumbing & Heating", 3...40), ("Electric", 4...60), ("Pharmacy", 6...35),
        ("Grocers", 15...120), ("Fitness Club", 6...40), ("Child Care Centre", 8...50), ("Retirement Residence", 30...180),
        ("Print & Sign", 3...25), ("Cabinetry", 4...50), ("Tool & Die", 10...150), ("Plastics", 40...500),
        ("Moving & Storage", 6...60), ("Veterinary Clinic", 5...30), ("Coffee Roasters", 3...20), ("Catering", 5...60),
        ("Furniture", 5...70), ("Security Services", 20...400), ("Staffing Solutions", 10...90), ("IT Services", 5...120),
        ("Physiotherapy", 4...25), ("Bookkeeping", 2...15), ("Distribution Centre", 50...800), ("Auto Parts", 30...600),
        ("Meat Packers", 40...500), ("Construction", 10...250), ("Property Management", 6...90),
        ("Hotel", 20...150), ("Car Wash", 4...20), ("Garden Centre", 5...40), ("Pet Supplies", 4...30),
        ("Laundry", 4...30), ("Optometry", 3...15), ("Tire & Service", 5...40), ("Community Health Centre", 25...150),
        ("Welding & Fabrication", 5...80), ("Food Processing", 30...700), ("Call Centre", 40...600),
        ("Trucking", 10...200), ("Seniors' Home Support", 15...120),
    ]
    private static let suffixes = ["Inc.", "Ltd.", "", "Co-op", "& Sons", "Group"]

    /// Stems × kinds must cover `count`; the multiplier is coprime with that product, so keys map
    /// to distinct (stem, kind) pairs.
    private static let combinations = stems.count * kinds.count
    private static let multiplier = 7_919

    private static func offset(_ seed: UInt64) -> Int { Int(SplitMix64.mix(seed) % UInt64(combinations)) }

    /// The multiplier's inverse modulo `combinations`, to go from a business back to its key.
    private static let inverse: Int = (1..<combinations).first { $0 * multiplier % combinations == 1 }!
    private static let kindIndex: [String: Int] = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1.0, $0) })

    /// The key of a random business of one kind ("Logistics"), so a forklift operator works at a
    /// logistics firm rather than a bakery.
    static func key(kind: String, seed: UInt64, _ rng: inout SplitMix64) -> Int {
        guard let k = kindIndex[kind] else { preconditionFailure("no employer kind \(kind)") }
        while true {
            let combo = k * stems.count + rng.below(stems.count)
            let key = ((combo - offset(seed) + combinations) % combinations) * inverse % combinations
            if key < count { return key }  // the few combinations past `count` are not in the pool
        }
    }

    static func employer(at key: Int, seed: UInt64) -> Employer {
        precondition((0..<count).contains(key), "employer key \(key) outside 0..<\(count)")
        var rng = SplitMix64(seed: seed, index: key, stream: DemoStream.employer)
        let combo = (key * multiplier + offset(seed)) % combinations
        let stem = stems[combo % stems.count]
        let kind = kinds[combo / stems.count]
        let suffix = suffixes[(combo / 7) % suffixes.count]
        let name = stem + " " + kind.0 + (suffix.isEmpty ? "" : " " + suffix)
        let registered = rng.chance(0.35)
        let person = DemoPeople.name(&rng)
        let contact = person.given + " " + person.family + ", " + rng.pick(contactTitles) + ", " + DemoPeople.phone(&rng)
        return Employer(name: name, contact: contact, employeeCount: rng.int(in: kind.1),
                        isRegisteredInCaMS: registered, hasRegistrationForm: registered || rng.chance(0.1),
                        hasSignedPlacementAgreement: registered && rng.chance(0.5))
    }

    /// Incentives go only to employers registered in CaMS with a signed agreement, so the
    /// story looks for such a key near a random start.
    static func isIncentiveReady(_ e: Employer) -> Bool { e.isRegisteredInCaMS && e.hasSignedPlacementAgreement }

    private static let contactTitles = ["Owner", "Hiring Manager", "HR Coordinator", "Operations Manager",
                                        "Store Manager", "Office Manager", "Site Supervisor", "General Manager"]
}
