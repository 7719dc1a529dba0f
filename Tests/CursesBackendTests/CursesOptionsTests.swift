import Testing
@testable import CursesBackend

struct CursesOptionsTests {
    @Test(arguments: [
        (false, nil as String?, true), (true, nil, false),
        (false, "1", false), (false, "", true),   // NO_COLOR counts only when non-empty (no-color.org)
    ])
    func colorsFollowFlagAndNoColor(flag: Bool, env: String?, colors: Bool) {
        #expect(CursesOptions(mouseFlag: false, noColorFlag: flag, noColorEnvironment: env).colors == colors)
    }

    @Test func mouseIsOptIn() {
        #expect(CursesOptions().mouse == false)
        #expect(CursesOptions(mouseFlag: true, noColorFlag: false, noColorEnvironment: nil).mouse)
    }

    @Test func errorsSayWhatToDo() {
        #expect(CursesError.notATerminal.description.contains("subcommand"))
        #expect(CursesError.cannotOpenTerminal(term: "vt999").description.contains("'vt999'"))
    }
}
