import Testing
import CaseloadCore

@Suite struct DemoStaffTests {
    @Test func sitesAreTheThreeOffices() {
        #expect(DemoSample.generator.sites().map(\.name) == ["London Central", "London East", "St. Thomas"])
    }

    @Test func staffHasEveryRoleAndUniqueLogins() {
        let staff = DemoSample.staff
        let byRole = Dictionary(grouping: staff, by: \.role).mapValues(\.count)
        #expect(byRole[.admin] == 1)
        #expect(byRole[.supervisor] == 2)
        #expect((12...20).contains(byRole[.caseworker] ?? 0))
        #expect((3...4).contains(byRole[.frontDesk] ?? 0))
        #expect(Set(staff.map(\.username)).count == staff.count)
        #expect(staff.allSatisfy { $0.username.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) } })
        #expect(staff.contains { $0.username == "dlee" && $0.fullName == "Daniel Lee" && $0.role == .supervisor })
        #expect(staff.allSatisfy { $0.id == nil && $0.siteID == nil && $0.isActive })
        let g = DemoSample.generator
        for site in 0..<3 {
            #expect(staff.indices.contains { staff[$0].role == .caseworker && g.staffSiteIndex(at: $0) == site })
            #expect(staff.indices.contains { staff[$0].role == .frontDesk && g.staffSiteIndex(at: $0) == site })
        }
    }

    @Test func caseworkersScaleWithTheClientCount() {
        func caseworkers(_ n: Int) -> Int {
            DemoGenerator(seed: 1, today: DemoSample.today, clientCount: n).staff().filter { $0.role == .caseworker }.count
        }
        #expect(caseworkers(500) == 12)
        #expect(caseworkers(25_000) == 14)
        #expect(caseworkers(100_000) == 20)
        #expect(caseworkers(1_000_000) == 20)
    }

    @Test func employerPoolHasDistinctNamedBusinesses() {
        let g = DemoSample.generator
        let employers = (0..<g.employerCount).map { g.employer(at: $0) }
        #expect(g.employerCount >= 2_000)
        #expect(Set(employers.map(\.name)).count == employers.count)
        #expect(employers.allSatisfy { $0.id == nil && ($0.employeeCount ?? 0) > 0 && $0.contact != nil })
        #expect(employers.contains(where: \.isMajor) && employers.contains { !$0.isMajor })
        #expect(employers.contains { $0.isRegisteredInCaMS && $0.hasSignedPlacementAgreement })
    }
}
