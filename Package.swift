// swift-tools-version: 6.0
// Caseload: a terminal case-management system for Employment Ontario service providers.
// Layering (arrows point at what a target may import) is described in README.md#architecture.
import PackageDescription

let package = Package(
    name: "Caseload",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "caseload", targets: ["caseload"]),
        .executable(name: "caseload-bench", targets: ["caseload-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Domain: records, rules, calendar, permissions. No SQL, no UI.
        .target(name: "CaseloadCore"),
        // SQLite through GRDB: schema, migrations, queries, audit.
        .target(name: "CaseloadStore", dependencies: [
            "CaseloadCore",
            .product(name: "GRDB", package: "GRDB.swift"),
            // SQLite's C API, for the bulk reads that must not pay for a Swift value per column
            // (follow-up facts, the client list's number index) and the import's bulk inserts.
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            // The logging API only (slow queries, refusals): where lines go is the executable's choice.
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Cells, keys, widgets, themes. Knows nothing of ncurses or clients.
        .target(name: "TerminalKit", dependencies: [
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        // The only code that imports ncurses.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "CursesBackend", dependencies: ["CNcursesw", "TerminalKit"]),
        // Screens: state, messages, update, view.
        .target(name: "CaseloadApp", dependencies: [
            "TerminalKit", "CaseloadCore", "CaseloadStore", .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "caseload", dependencies: [
            "CaseloadApp", "CursesBackend", "CaseloadStore", "CaseloadCore", "TerminalKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            // The log file's handler (LogFile) is the only code that writes log lines anywhere.
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Region-scale figures against the issues' targets: swift run -c release caseload-bench
        .executableTarget(name: "caseload-bench", dependencies: ["CaseloadApp", "CaseloadStore", "CaseloadCore", "TerminalKit"]),

        .testTarget(name: "CaseloadCoreTests", dependencies: ["CaseloadCore"]),
        .testTarget(name: "CaseloadStoreTests", dependencies: [
            "CaseloadStore", "CaseloadCore", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
        .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "TerminalKit"]),
        .testTarget(name: "CaseloadAppTests", dependencies: ["CaseloadApp", "TerminalKit", "CaseloadCore", "CaseloadStore",
                                                            .product(name: "Logging", package: "swift-log")],
                    exclude: ["Snapshots"]),  // whole-screen text files, read by path (SnapshotFile)
        // Runs the built `caseload` binary: as a command, and in tmux as a person would.
        .testTarget(name: "EndToEndTests", dependencies: ["caseload", "caseload-bench", "CaseloadCore"]),   // Core: the role table the command matrix is checked against
    ]
)
