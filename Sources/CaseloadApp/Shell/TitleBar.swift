import TerminalKit

/// Row 0: DEMO on a demo database, the screen's title, the agency and site, who is acting with
/// their role, and today's date.
/// At 80 columns the agency name is the first thing to go; the person and the date always stay.
enum TitleBar {
    static func render(into buffer: inout ScreenBuffer, in rect: Rect, env: AppEnvironment, screenTitle: String) {
        let theme = env.theme
        buffer.fill(rect, style: theme[.title])
        let right = "\(env.actor.fullName) (\(env.actor.role.title)) · \(env.today.long) "
        let place = [env.agencyName, env.siteName].compactMap { $0 }.joined(separator: " · ")
        let room = rect.width - right.terminalWidth - 1
        var left = (env.isDemo ? " DEMO │ " : " ") + screenTitle
        if left.terminalWidth + 3 + place.terminalWidth <= room { left += " │ " + place }
        else if let site = env.siteName, left.terminalWidth + 3 + site.terminalWidth <= room { left += " │ " + site }
        buffer.put(left, x: rect.x, y: rect.y, style: theme[.title], maxWidth: max(0, room))
        if room > 0 { buffer.put(right, x: rect.maxX - right.terminalWidth, y: rect.y, style: theme[.title]) }
    }
}
