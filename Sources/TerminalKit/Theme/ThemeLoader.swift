import Foundation

/// Finds `NAME.toml` in an ordered list of directories (the caller passes
/// `$XDG_CONFIG_HOME/caseload/themes/` first, then the repo's or installed `Themes/`).
public struct ThemeLoader: Sendable {
    public var directories: [String]

    public init(directories: [String]) { self.directories = directories }

    /// What `loadOrDefault` produced: the theme to use and, if something went wrong, a message to show.
    public struct Loaded: Sendable {
        public var theme: Theme
        public var warning: String?
    }

    /// The path of the first `NAME.toml` found, or nil.
    public func path(forTheme name: String) -> String? {
        directories.lazy
            .map { ($0.hasSuffix("/") ? $0 : $0 + "/") + name + ".toml" }
            .first { FileManager.default.isReadableFile(atPath: $0) }
    }

    /// Loads the named theme; missing roles come from `Theme.default`. Throws `ThemeError`.
    public func load(named name: String) throws -> Theme {
        guard let file = path(forTheme: name) else { throw ThemeError.notFound(name: name, searched: directories) }
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw ThemeError.unreadable(file: file)
        }
        return try ThemeParser.parse(text, file: file)
    }

    /// Loads the named theme, or falls back to `fallback` with a warning the app can show in its status line.
    /// `default` and `monochrome` need no file: the compiled-in copies are used when none is found.
    public func loadOrDefault(named name: String, fallback: Theme = .default) -> Loaded {
        do {
            return Loaded(theme: try load(named: name), warning: nil)
        } catch ThemeError.notFound where name == "default" {
            return Loaded(theme: .default, warning: nil)
        } catch ThemeError.notFound where name == "monochrome" {
            return Loaded(theme: .monochrome, warning: nil)
        } catch {
            return Loaded(theme: fallback, warning: "Theme \"\(name)\" not used, showing \"\(fallback.name)\" instead: \(error)")
        }
    }
}
