/// The agency's sites and people. Fixed (not seeded) so demos and tests can name them: `dlee` is
/// always a supervisor, `arahman` always a caseworker at London Central.
struct DemoStaffing: Sendable {
    static let siteNames = ["London Central", "London East", "St. Thomas"]
    /// Share of clients per site, in site order.
    static let siteWeights = [45, 35, 20]

    struct Person: Sendable {
        let fullName: String
        let role: StaffRole
        let siteIndex: Int?
    }

    private static let admins = [Person(fullName: "Margaret Okafor", role: .admin, siteIndex: nil)]
    private static let supervisors = [
        Person(fullName: "Daniel Lee", role: .supervisor, siteIndex: 0),
        Person(fullName: "Sylvie Tremblay", role: .supervisor, siteIndex: 2),
    ]
    /// Sites repeat so each has a caseworker from the first three, and London Central gets the most.
    private static let caseworkerPool: [(String, Int)] = [
        ("Aisha Rahman", 0), ("Marc-André Gagnon", 1), ("Karen Doxtator", 2), ("Jennifer MacDonald", 0),
        ("Raj Patel", 1), ("Lucía Fernández", 0), ("Thomas Nguyen", 2), ("Samantha O'Neil", 1),
        ("Olena Kovalenko", 0), ("Mei Chen", 1), ("Kwame Mensah", 0), ("Isabelle Roy", 2),
        ("Gurpreet Sandhu", 0), ("Rachel Goldberg", 1), ("Ahmed Hassan", 0), ("Brianna Antone", 2),
        ("Paolo Russo", 1), ("Natalie Kowalski", 0), ("Hiroshi Tanaka", 1), ("Fatima Yusuf", 0),
    ]
    private static let frontDesk = [
        Person(fullName: "Emily Brooks", role: .frontDesk, siteIndex: 0),
        Person(fullName: "Yusuf Ali", role: .frontDesk, siteIndex: 1),
        Person(fullName: "Chantal Bouchard", role: .frontDesk, siteIndex: 2),
        Person(fullName: "Grace Kim", role: .frontDesk, siteIndex: 0),
    ]

    /// 12 caseworkers for up to 12,500 clients, one more per further 12,500, at most 20.
    static func caseworkerCount(clientCount: Int) -> Int {
        min(caseworkerPool.count, 12 + max(0, clientCount) / 12_500)
    }

    let people: [Person]
    let usernames: [String]
    let caseworkersBySite: [[Int]]
    let supervisorIndices: [Int]

    init(clientCount: Int) {
        let caseworkers = DemoStaffing.caseworkerPool.prefix(DemoStaffing.caseworkerCount(clientCount: clientCount))
            .map { Person(fullName: $0.0, role: .caseworker, siteIndex: $0.1) }
        people = DemoStaffing.admins + DemoStaffing.supervisors + caseworkers + DemoStaffing.frontDesk
        usernames = DemoStaffing.usernames(for: people.map(\.fullName))
        var bySite = Array(repeating: [Int](), count: DemoStaffing.siteNames.count)
        for (i, p) in people.enumerated() where p.role == .caseworker { bySite[p.siteIndex!].append(i) }
        caseworkersBySite = bySite
        let everyone = people
        supervisorIndices = everyone.indices.filter { everyone[$0].role == .supervisor }
    }

    /// First initial and surname ("Daniel Lee" → "dlee"), numbered when two people would collide.
    static func usernames(for names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.map { name in
            let parts = name.split(separator: " ")
            let base = DemoText.asciiSlug(String(parts.first!.prefix(1))) + DemoText.asciiSlug(parts.dropFirst().joined())
            let n = seen[base, default: 0] + 1
            seen[base] = n
            return n == 1 ? base : base + String(n)
        }
    }
}
