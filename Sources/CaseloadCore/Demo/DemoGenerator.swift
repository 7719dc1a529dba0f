/// Synthetic demo data for `caseload demo --clients N --seed S`.
///
/// Streaming and deterministic: `client(at:)` depends only on (seed, today, clientCount, index), so
/// the store can write 100,000 clients one at a time in any order, and the same inputs always give
/// the same people. `clientCount` only decides how many caseworkers there are (and so who is
/// assigned to whom); everything else about a client ignores it.
public struct DemoGenerator: Sendable {
    public let seed: UInt64
    public let today: LocalDate
    public let clientCount: Int
    let staffing: DemoStaffing

    public init(seed: UInt64, today: LocalDate, clientCount: Int = 1_000) {
        self.seed = seed
        self.today = today
        self.clientCount = clientCount
        self.staffing = DemoStaffing(clientCount: clientCount)
    }

    /// London Central, London East, St. Thomas.
    public func sites() -> [Site] { DemoStaffing.siteNames.map { Site(name: $0) } }

    /// One administrator, two supervisors, 12–20 caseworkers (more for bigger demos), four front desk.
    /// `siteID` is nil: resolve it with `staffSiteIndex(at:)`.
    public func staff() -> [StaffMember] {
        zip(staffing.people, staffing.usernames).map { person, username in
            StaffMember(username: username, fullName: person.fullName, role: person.role)
        }
    }

    /// The site (index into `sites()`) a staff member works at; nil for the administrator, who covers all.
    public func staffSiteIndex(at staffIndex: Int) -> Int? { staffing.people[staffIndex].siteIndex }

    /// Size of the employer pool; `DemoEmployment.employerKey` and `DemoFinancialSupport.employerKey`
    /// are below it.
    public var employerCount: Int { DemoEmployers.count }

    public func employer(at key: Int) -> Employer { DemoEmployers.employer(at: key, seed: seed) }

    public func client(at index: Int) -> DemoClientBundle {
        precondition(index >= 0, "client index \(index) is negative")
        let rng = SplitMix64(seed: seed, index: index, stream: DemoStream.story)
        var identityRng = SplitMix64(seed: seed, index: index, stream: DemoStream.identity)
        var scenario = DemoScenario.random(today: today, &identityRng)
        if index < DemoFixedPeople.count { DemoFixedPeople.apply(index: index, today: today, to: &scenario) }
        var story = DemoStory(index: index, scenario: scenario, generator: self, rng: rng)
        return story.build()
    }

    /// A 9-digit CaMS reference, unique per index for a seed: an affine map with a multiplier
    /// coprime to 10^9 is a bijection on 0 ..< 10^9, so distinct indices never collide, and about one
    /// in ten starts with a zero.
    static func camsReference(seed: UInt64, index: Int) -> String {
        let modulus = 1_000_000_000
        var a = Int(SplitMix64.mix(seed ^ 0xCA45) % UInt64(modulus)) | 1
        if a % 5 == 0 { a += 2 }
        let b = Int(SplitMix64.mix(seed ^ 0x5EED) % UInt64(modulus))
        // Both factors are below 10^9 + 2, so the product fits in 64 bits.
        return DemoText.pad(((index % modulus) * a % modulus + b) % modulus, 9)
    }
}
