/// Maps every role to a style, plus the text markers that carry state without colour.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [ThemeRole: Style]
    public var markers: ThemeMarkers

    public init(name: String, styles: [ThemeRole: Style], markers: ThemeMarkers = ThemeMarkers()) {
        self.name = name; self.styles = styles; self.markers = markers
    }

    /// The style for `role`; a role the theme lacks draws plain.
    public subscript(role: ThemeRole) -> Style {
        get { styles[role] ?? .plain }
        set { styles[role] = newValue }
    }

    /// Shorthands for the markers, so screens read `theme.overdueMarker`.
    public var overdueMarker: String { markers.overdue }
    public var selectedMarker: String { markers.selected }
    public var warningMarker: String { markers.warning }
    public var errorMarker: String { markers.error }
}

/// Text shown beside state so nothing depends on colour alone (htop #905).
public struct ThemeMarkers: Sendable, Equatable {
    public var overdue: String
    public var selected: String
    public var warning: String
    public var error: String

    public init(overdue: String = "!", selected: String = ">", warning: String = "~", error: String = "!") {
        self.overdue = overdue; self.selected = selected; self.warning = warning; self.error = error
    }
}

extension Theme {
    /// The compiled-in default theme (the same text as `Themes/default.toml`), so the binary works anywhere.
    public static let `default`: Theme = builtIn(BuiltInThemes.defaultTOML, file: "default.toml")

    /// The compiled-in colourless theme for `NO_COLOR` and `--no-color`: bold, reverse, underline, dim only.
    public static let monochrome: Theme = builtIn(BuiltInThemes.monochromeTOML, file: "monochrome.toml")

    private static func builtIn(_ text: String, file: String) -> Theme {
        do { return try ThemeParser.parse(text, file: "<built-in \(file)>", base: nil) }
        catch { fatalError("compiled-in theme is broken: \(error)") }   // caught by ThemeTests
    }
}
