import Foundation
import Testing
@testable import TerminalKit

struct ThemeTests {
    /// A fresh temporary folder holding the given theme files.
    func folder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tk-themes-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        return dir
    }

    @Test func builtInThemesDefineEveryRole() {
        for builtIn in [Theme.default, Theme.monochrome] {
            #expect(Set(builtIn.styles.keys) == Set(ThemeRole.allCases), "\(builtIn.name)")
        }
        #expect(Theme.default.name == "default")
        #expect(Theme.monochrome.name == "monochrome")
        #expect(Theme.default[.error] == Style(foreground: .red, attributes: .bold))
        #expect(Theme.default.overdueMarker == "!")
        #expect(Theme.monochrome[.selected] == Style(attributes: .reverse))
    }

    @Test func monochromeUsesNoColours() {
        for role in ThemeRole.allCases {
            #expect(Theme.monochrome[role].foreground == .default, "\(role)")
            #expect(Theme.monochrome[role].background == .default, "\(role)")
        }
    }

    @Test(arguments: ["default", "high-contrast", "monochrome"])
    func shippedThemeFilesLoadCompletelyWithoutDarkBlueOnBlack(name: String) throws {
        let text = try String(contentsOfFile: "\(themesDirectory)/\(name).toml", encoding: .utf8)
        let parsed = try ThemeParser.parse(text, file: "\(name).toml", base: nil)   // no base: the file alone must be complete
        #expect(parsed.name == name)
        #expect(Set(parsed.styles.keys) == Set(ThemeRole.allCases))
        for role in ThemeRole.allCases {
            let s = parsed[role]
            #expect(s.foreground != .blue, "\(name) \(role): dark blue text is unreadable on dark terminals")
            #expect(!(s.background == .blue && (s.foreground == .black || s.foreground == .default)), "\(name) \(role)")
        }
    }

    @Test(arguments: [("default", BuiltInThemes.defaultTOML), ("monochrome", BuiltInThemes.monochromeTOML)])
    func compiledInCopiesMatchTheFiles(name: String, embedded: String) throws {
        let text = try String(contentsOfFile: "\(themesDirectory)/\(name).toml", encoding: .utf8)
        #expect(text == embedded, "Themes/\(name).toml and BuiltInThemes.swift differ: update both")
    }

    @Test(arguments: [
        ("bold red", Style(foreground: .red, attributes: .bold)),
        ("black on cyan", Style(foreground: .black, background: .cyan)),
        ("reverse underline", Style(attributes: [.reverse, .underline])),
        ("bright-white on 52", Style(foreground: .indexed(15), background: .indexed(52))),
        ("default", Style()),
    ])
    func shorthandStyles(text: String, expected: Style) throws {
        #expect(try ThemeParser.style(shorthand: text) == expected)
    }

    @Test func goodFileLoadsAndMissingRolesComeFromDefault() throws {
        let dir = try folder(["calm.toml": """
            name = "calm"
            [markers]
            overdue = "OVERDUE"
            [roles]
            title = { fg = "green", bg = 236, attrs = ["bold", "underline"] }
            selected_unfocused = "dim"
            """])
        let loaded = try ThemeLoader(directories: [dir]).load(named: "calm")
        #expect(loaded.name == "calm")
        #expect(loaded[.title] == Style(foreground: .green, background: .indexed(236), attributes: [.bold, .underline]))
        #expect(loaded[.selectedUnfocused] == Style(attributes: .dim))
        #expect(loaded[.error] == Theme.default[.error])
        #expect(loaded.overdueMarker == "OVERDUE")
        #expect(loaded.selectedMarker == ">")
    }

    @Test func firstDirectoryWins() throws {
        let user = try folder(["default.toml": "name = \"mine\"\n[roles]\ntitle = \"underline\"\n"])
        let loader = ThemeLoader(directories: [user, themesDirectory])
        #expect(try loader.load(named: "default").name == "mine")
        #expect(try loader.load(named: "high-contrast").name == "high-contrast")
        #expect(loader.path(forTheme: "high-contrast") == themesDirectory + "/high-contrast.toml")
    }

    @Test func brokenTOMLNamesFileAndLine() throws {
        let dir = try folder(["broken.toml": "name = \"broken\"\n[roles]\ntitle = { fg = \"red\"\nerror = \"bold\"\n"])
        #expect {
            try ThemeLoader(directories: [dir]).load(named: "broken")
        } throws: { error in
            guard case .invalid(let file, let issues)? = error as? ThemeError else { return false }
            return file == dir + "/broken.toml" && issues.first?.line == 3
                && String(describing: error).hasPrefix(dir + "/broken.toml:3:")
        }
    }

    @Test func unknownRolesAndBadColoursAreReportedWithTheirLines() throws {
        let text = """
            name = "typos"
            [roles]
            title = "bold"
            titel = "red"
            error = { fg = "purple" }

            [roles.warning]
            fg = "yellow"
            attrs = ["blink"]
            """
        #expect {
            try ThemeParser.parse(text, file: "typos.toml")
        } throws: { error in
            let message = String(describing: error)
            return message.contains("typos.toml:4: unknown role \"titel\"")
                && message.contains("typos.toml:5: role \"error\": bad fg colour \"purple\"")
                && message.contains("typos.toml:7: role \"warning\": unknown attribute \"blink\"")
        }
    }

    @Test func missingFileFallsBackToDefaultWithAWarning() throws {
        let dir = try folder([:])
        let result = ThemeLoader(directories: [dir]).loadOrDefault(named: "solarized")
        #expect(result.theme == Theme.default)
        let warning = try #require(result.warning)
        #expect(warning.contains("\"solarized\" not found"))
        #expect(warning.contains(dir))
    }

    @Test func brokenFileFallsBackWithTheLineInTheWarning() throws {
        let dir = try folder(["bad.toml": "[roles]\nerror = \"bold purple\"\n"])
        let result = ThemeLoader(directories: [dir]).loadOrDefault(named: "bad", fallback: .monochrome)
        #expect(result.theme == Theme.monochrome)
        #expect(result.warning?.contains("bad.toml:2: role \"error\": bad colour or attribute \"purple\"") == true)
    }

    @Test func builtInNamesNeedNoFile() throws {
        let loader = ThemeLoader(directories: [try folder([:])])
        #expect(loader.loadOrDefault(named: "monochrome").theme == Theme.monochrome)
        #expect(loader.loadOrDefault(named: "monochrome").warning == nil)
        #expect(loader.loadOrDefault(named: "default").warning == nil)
    }

    @Test func roleKeysAcceptKebabSnakeAndCamelCase() {
        #expect(ThemeRole(fileKey: "footer-key") == .footerKey)
        #expect(ThemeRole(fileKey: "footer_key") == .footerKey)
        #expect(ThemeRole(fileKey: "footerKey") == .footerKey)
        #expect(ThemeRole(fileKey: "footer") == nil)
    }
}
