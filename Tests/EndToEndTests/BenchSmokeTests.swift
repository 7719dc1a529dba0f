import Foundation
import Testing

/// `caseload-bench` still runs end to end and prints its table (figures at 500 clients mean nothing;
/// this only guards against the bench rotting). Needs `caseload-bench` built beside the tests.
@Suite(.timeLimit(.minutes(6)))
struct BenchSmokeTests {
    @Test func quick_run_prints_the_table() throws {
        let bench = try E2EEnvironment.product("caseload-bench")
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var arguments = ["--quick", "--clients", "500", "--data", folder.path]
        if !E2EEnvironment.runsTmux { arguments.append("--skip-tui") }
        let run = try ProcessRunner.run(bench, arguments, timeout: .seconds(200))
        #expect(run.status == 0, "\(run.errorOutput)")
        let table = run.output
        #expect(table.contains("figure") && table.contains("measured") && table.contains("target"))
        for figure in ["import of a 500-row CaMS extract", "open to drawn client list", "search keystroke",
                       "whole follow-up queue", "one caseworker's queue", "day sheet", "monthly report", "full-screen render", "peak resident memory"] {
            #expect(table.contains(figure), "no row for \(figure):\n\(table)")
        }
        #expect(!table.contains("not measured: could") && !table.contains("not measured: the"), "a figure failed:\n\(table)")
    }

    @Test func only_takes_the_named_figures() throws {
        let bench = try E2EEnvironment.product("caseload-bench")
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ProcessRunner.run(bench, ["--clients", "200", "--data", folder.path, "--only", "queue,render"], timeout: .seconds(120))
        #expect(run.status == 0, "\(run.errorOutput)")
        #expect(run.output.contains("whole follow-up queue") && run.output.contains("full-screen render"), "\(run.output)")
        for absent in ["import of", "open to drawn client list", "search keystroke", "day sheet", "monthly report", "peak resident memory"] {
            #expect(!run.output.contains(absent), "\(absent) was taken:\n\(run.output)")
        }
        let wrong = try ProcessRunner.run(bench, ["--only", "queues"], timeout: .seconds(30))
        #expect(wrong.status == 2 && wrong.errorOutput.contains("unknown figure queues"), "\(wrong.errorOutput)")
    }
}
