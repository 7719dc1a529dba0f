import Foundation

/// Command-line options, parsed by hand (a handful of flags do not need a parser dependency).
struct BenchOptions {
    var clients = 100_000
    var dataFolder: String?
    var skipImport = false
    var skipTUI = false
    var regenerate = false
    var seed: UInt64 = 2026
    /// Sessions the refresh figure runs at once.
    var sessions = 50
    /// Figures to take (nil: all of them); `--only queue,search` while working on one part.
    var only: Set<Figure>?

    /// The benchmark's figures, by the names `--only` takes.
    enum Figure: String, CaseIterable {
        case `import`, startup, search, queue, daysheet, render, save, memory, report, refresh, sessions
    }

    /// Whether `figure` is to be measured this run.
    func takes(_ figure: Figure) -> Bool {
        if let only { return only.contains(figure) }
        switch figure {
        case .import: return !skipImport
        case .memory, .refresh: return !skipTUI
        default: return true
        }
    }

    static let usage = """
        usage: caseload-bench [--clients N] [--quick] [--data DIR] [--seed S] [--skip-import] [--skip-tui] [--only F,…] [--sessions N] [--regenerate]

          --clients N     demo clients in the bench database (default 100000)
          --quick         10,000 clients: a smoke run
          --data DIR      where the cached database and extract live
                          (default $XDG_CACHE_HOME/caseload-bench, else ~/.cache/caseload-bench)
          --seed S        demo generator seed (default 2026)
          --skip-import   leave out the import figure (the slowest one)
          --skip-tui      leave out the figures that run the caseload binary in tmux
          --only F,…      take only these figures: import, startup, search, queue,
                          daysheet, render, save, memory, report, refresh, sessions
          --sessions N    caseload processes the refresh figure runs at once (default 50)
          --regenerate    rebuild the cached database and extract even if present
        Run it in release, with every product built:
          swift build -c release && .build/release/caseload-bench
        """

    /// Parses `arguments` (without the program name); nil after printing usage or an error.
    static func parse(_ arguments: [String]) -> BenchOptions? {
        var o = BenchOptions()
        var args = arguments[...]
        while let a = args.popFirst() {
            switch a {
            case "--clients":
                guard let n = args.popFirst().flatMap(Int.init), n >= 100 else { return fail("--clients needs a number of at least 100") }
                o.clients = n
            case "--quick": o.clients = 10_000
            case "--data":
                guard let dir = args.popFirst() else { return fail("--data needs a folder") }
                o.dataFolder = dir
            case "--seed":
                guard let s = args.popFirst().flatMap(UInt64.init) else { return fail("--seed needs a number") }
                o.seed = s
            case "--sessions":
                guard let n = args.popFirst().flatMap(Int.init), n >= 4 else { return fail("--sessions needs a number of at least 4") }
                o.sessions = n
            case "--skip-import": o.skipImport = true
            case "--skip-tui": o.skipTUI = true
            case "--regenerate": o.regenerate = true
            case "--only":
                guard let list = args.popFirst() else { return fail("--only needs figure names") }
                var figures = Set<Figure>()
                for name in list.split(separator: ",") {
                    guard let f = Figure(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
                        return fail("--only: unknown figure \(name); known: \(Figure.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    figures.insert(f)
                }
                o.only = figures
            case "-h", "--help": print(usage); return nil
            default: return fail("unknown option \(a)")
            }
        }
        return o
    }

    private static func fail(_ message: String) -> BenchOptions? {
        progress("caseload-bench: \(message)\n\n\(usage)")
        return nil
    }

    /// The cache folder: --data, else $XDG_CACHE_HOME (absolute only, as the spec says), else ~/.cache.
    var folder: String {
        if let dataFolder { return URL(fileURLWithPath: dataFolder).standardizedFileURL.path }
        let env = ProcessInfo.processInfo.environment
        let cache = env["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? (NSHomeDirectory() + "/.cache")
        return cache + "/caseload-bench"
    }
}
