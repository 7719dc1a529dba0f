/// Copies of `Themes/default.toml` and `Themes/monochrome.toml`, compiled in so the binary works
/// without its theme folder. ThemeTests check they match the files byte for byte.
enum BuiltInThemes {
    static let defaultTOML = #"""
# Caseload default theme: terminal default background, no dark blue on black.
# Each role is { fg, bg, attrs } or a shorthand string like "bold red" or "black on cyan".
# Colours: black red green yellow blue magenta cyan white, bright-*, default, or 0-255.
name = "default"
description = "Terminal colours with the terminal's own background"

[markers]
overdue = "!"
selected = ">"
warning = "~"
error = "!"

[roles]
normal = "default"
title = { fg = "cyan", attrs = ["bold"] }
header = { attrs = ["bold", "underline"] }
selected = { fg = "black", bg = "cyan" }
selected-unfocused = { attrs = ["reverse"] }
muted = { attrs = ["dim"] }
border = { fg = "cyan" }
input = { attrs = ["underline"] }
input-focused = { fg = "black", bg = "white" }
label = { attrs = ["bold"] }
error = { fg = "red", attrs = ["bold"] }
warning = { fg = "yellow" }
overdue = { fg = "red", attrs = ["bold"] }
success = { fg = "green" }
footer-key = { fg = "black", bg = "cyan" }
footer-text = "default"
tab-active = { fg = "black", bg = "cyan", attrs = ["bold"] }
tab-inactive = "default"
dialog = "default"
dialog-border = { fg = "yellow", attrs = ["bold"] }
status-info = { fg = "green" }
status-error = { fg = "bright-white", bg = "red", attrs = ["bold"] }

"""#

    static let monochromeTOML = #"""
# Caseload monochrome theme, used for NO_COLOR and --no-color: attributes only, no colours.
# State is carried by markers and bold/reverse/underline, never by colour.
name = "monochrome"
description = "No colours: bold, reverse, underline and dim only"

[markers]
overdue = "!"
selected = ">"
warning = "~"
error = "!"

[roles]
normal = "default"
title = "bold"
header = "bold underline"
selected = "reverse"
selected-unfocused = "underline"
muted = "dim"
border = "default"
input = "underline"
input-focused = "reverse"
label = "bold"
error = "bold"
warning = "bold"
overdue = "bold"
success = "default"
footer-key = "reverse"
footer-text = "default"
tab-active = "reverse bold"
tab-inactive = "default"
dialog = "default"
dialog-border = "bold"
status-info = "default"
status-error = "reverse bold"

"""#
}
