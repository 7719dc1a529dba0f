import CaseloadCore

/// Shared inputs for the demo tests: a fixed Wednesday, so "today" has a day sheet, and samples
/// generated once (global lets are lazy and thread-safe) because every suite reads them.
enum DemoSample {
    static let today = LocalDate(year: 2026, month: 3, day: 11)!
    static let yesterday = today.adding(days: -1)
    static let generator = DemoGenerator(seed: 20_260_311, today: today, clientCount: 2_000)
    static let staff = generator.staff()
}

let demoClients2000: [DemoClientBundle] = (0..<2_000).map { DemoSample.generator.client(at: $0) }
