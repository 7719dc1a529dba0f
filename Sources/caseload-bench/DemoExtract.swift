import CaseloadCore
import Foundation

/// A CaMS client extract drawn from the demo generator: the people, referrals, assessments and first
/// jobs of `count` demo clients, in the columns `CamsExtractParser` reads. Caseworker and site columns
/// are left out because they name accounts that a fresh database does not have, and so are clients
/// under 18: their attestation is Caseload's record, not a CaMS column, so the intake rules
/// would rightly reject those rows.
enum DemoExtract {
    static let columns: [CamsColumn] = [
        .camsReference, .firstName, .lastName, .preferredName, .dateOfBirth, .phone, .email, .address,
        .preferredLanguage, .referralSource, .referralReceivedOn, .saCaseworkerName, .saCaseworkerContact,
        .caSubmittedOn, .clientStream, .employmentStartDate, .employerName, .hoursPerWeek, .newEmployer, .jobTitle,
    ]

    /// The cached file for (count, seed, day), written when missing.
    static func file(count: Int, seed: UInt64, today: LocalDate, zone: TimeZone, in folder: String, regenerate: Bool) throws -> String {
        let path = "\(folder)/extract-v2-\(count)-s\(seed)-\(today.iso).csv"
        if !regenerate, FileManager.default.fileExists(atPath: path) { return path }
        progress("Writing a \(count)-row CaMS extract to \(path)…")
        let generator = DemoGenerator(seed: seed, today: today, clientCount: count)
        var out = columns.map(\.rawValue).joined(separator: ",") + "\n"
        out.reserveCapacity(count * 260)
        var written = 0, index = 0
        while written < count {
            let bundle = generator.client(at: index)
            index += 1
            if bundle.client.under18Attestation { continue }
            out += row(bundle, generator: generator, zone: zone).map(quoted).joined(separator: ",")
            out += "\n"
            written += 1
        }
        try out.write(toFile: path + ".partial", atomically: false, encoding: .utf8)
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: path + ".partial", toPath: path)
        return path
    }

    private static func row(_ bundle: DemoClientBundle, generator: DemoGenerator, zone: TimeZone) -> [String] {
        let c = bundle.client
        // Clients not yet linked to CaMS get a 10-digit reference, which no 9-digit demo one can equal.
        let reference = c.camsReference ?? "10" + String(format: "%08d", bundle.index)
        let job = bundle.employments.first
        let submitted = bundle.assessment?.submittedAt.map { LocalDate($0, in: zone).iso }
        return [
            reference, c.firstName, c.lastName, c.preferredName ?? "", c.dateOfBirth?.iso ?? "", c.phone ?? "",
            c.email ?? "", c.address ?? "", c.preferredLanguage ?? "", c.referralSource.rawValue,
            c.referralReceivedOn?.iso ?? "", c.saCaseworkerName ?? "", c.saCaseworkerContact ?? "",
            submitted ?? "", c.clientStream ?? "",
            job?.employment.startDate.iso ?? "",
            job.map { generator.employer(at: $0.employerKey).name } ?? "",
            job.map { hours($0.employment.hoursPerWeek) } ?? "",
            job.map { $0.employment.isNewEmployer ? "yes" : "no" } ?? "",
            job?.employment.jobTitle ?? "",
        ]
    }

    private static func hours(_ h: Double) -> String { h == h.rounded() ? String(Int(h)) : String(h) }

    /// RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes.
    private static func quoted(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
