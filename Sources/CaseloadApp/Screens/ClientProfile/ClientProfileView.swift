import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Draws the profile: a header line with who the client is, the tab row, and the active tab's body.
struct ClientProfileView {
    let state: ClientProfileState
    let format: ProfileFormat
    let now: Date

    /// Header, tab row and a spacer line, then the body.
    static func bodyRect(in rect: Rect) -> Rect { rect.inset(top: 3, left: 1, right: 1) }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > 4 else { return }
        renderHeader(into: &buffer, in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), theme: theme)
        ProfileTabBar.render(role: state.role, active: state.tab, into: &buffer,
                             in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: 1), theme: theme)
        let body = Self.bodyRect(in: rect)
        if let pointer = state.data?.mergedInto {
            // The spacer line under the tabs: on every tab, a retired file says where its records went.
            buffer.put(" " + MergedFileNotice.line(pointer, format: format), x: rect.x, y: rect.y + 2, style: theme[.warning], maxWidth: rect.width)
        }
        guard let data = state.data else {
            EmptyState.render(state.loadError ?? "Loading…", into: &buffer, in: body, theme: theme)
            return
        }
        if state.tab == .employment {
            renderEmployment(data, into: &buffer, in: body, theme: theme)
            return
        }
        if let lines = lines(data, width: body.width) {
            LinesView.render(lines, scroll: state.scrolls[state.tab] ?? 0, into: &buffer, in: body, theme: theme)
            return
        }
        let tables = TableTabs(data: data, format: format)
        let list = state.list(state.tab)
        switch state.tab {
        case .eap:
            let plan = PlanTab(data: data, format: format, width: body.width)
            let header = plan.headerLines()
            LinesView.render(header, scroll: 0, into: &buffer, in: body, theme: theme)
            guard plan.plan != nil else { return }
            let table = tableRect(in: body)
            plan.items().render(list, into: &buffer, in: table, theme: theme)
            if plan.showsExpectedDates { buffer.put(PlanTab.legend, x: body.x, y: table.maxY, style: theme[.muted], maxWidth: body.width) }
            let details = plan.details(selected: list.selected, width: body.width)
            LinesView.render(details, scroll: 0, into: &buffer, in: Rect(x: body.x, y: table.maxY + 1, width: body.width, height: 2), theme: theme)
        case .notes: NotesTab(data: data, format: format, filter: state.notesTab).render(list, into: &buffer, in: body, theme: theme)
        case .appointments: tables.appointments().render(list, into: &buffer, in: body, theme: theme)
        case .followUps: tables.followUps().render(list, into: &buffer, in: body, theme: theme)
        case .referrals:
            let tab = ReferralsTab(data: data, width: body.width)
            LinesView.render(tab.headerLines(), scroll: 0, into: &buffer, in: body, theme: theme)
            let table = tableRect(in: body)
            tab.table().render(list, into: &buffer, in: table, theme: theme)
            LinesView.render(tab.details(selected: list.selected), scroll: 0,
                             into: &buffer, in: Rect(x: body.x, y: table.maxY, width: body.width, height: ReferralsTab.rowsBelow), theme: theme)
        default: break
        }
        if ClientProfileState.tableTabs.contains(state.tab), state.rowCount(state.tab) > 0, !state.notesTab.isSearching || state.tab != .notes {
            let table = tableRect(in: body)
            let top = list.visibleOffset(itemCount: state.rowCount(state.tab), visibleRows: Table.bodyRows(forHeight: table.height))
            buffer.cursor = (table.x, table.y + 1 + list.selected - top)
        }
    }

    /// Employment scrolls to keep the selected checkpoint in sight, with the cursor on it.
    private func renderEmployment(_ data: ProfileData, into buffer: inout ScreenBuffer, in body: Rect, theme: Theme) {
        let tab = EmploymentTab(data: data, format: format, width: body.width,
                                selected: state.rowCount(.employment) > 0 ? state.list(.employment).selected : nil)
        let lines = tab.lines()
        let line = tab.selectedLine ?? 0
        let scroll = max(0, line - body.height + 2)
        LinesView.render(lines, scroll: scroll, into: &buffer, in: body, theme: theme)
        if tab.selectedLine != nil { buffer.cursor = (body.x, body.y + line - min(scroll, LinesView.maxScroll(lineCount: lines.count, height: body.height))) }
    }

    /// Where a table tab's table sits: under the plan's status lines on the EAP tab, else the whole body.
    func tableRect(in body: Rect) -> Rect {
        if state.tab == .notes { return body.inset(top: NotesTab.filterRows) }
        if state.tab == .referrals { return body.inset(top: ReferralsTab.rowsAbove, bottom: ReferralsTab.rowsBelow) }
        guard state.tab == .eap, let data = state.data else { return body }
        let header = PlanTab(data: data, format: format, width: body.width).headerLines().count
        return body.inset(top: header + 1, bottom: 3)   // legend and the selected item's details below
    }

    /// How far the current lines tab can scroll in `body` (0 for tables).
    func maxScroll(in body: Rect) -> Int {
        guard let data = state.data, let lines = lines(data, width: body.width) else { return 0 }
        return LinesView.maxScroll(lineCount: lines.count, height: body.height)
    }

    /// The body of a lines tab; nil for the table tabs.
    private func lines(_ data: ProfileData, width: Int) -> [StyledLine]? {
        switch state.tab {
        case .summary:
            let notice = data.mergedInto.map { MergedFileNotice.summaryLines($0, format: format, width: width) } ?? []
            return notice + SummaryTab(data: data, format: format, role: state.role, width: width).lines()
        case .info: return InfoTab(data: data, format: format, canEdit: state.role.allows(.editClient), width: width).lines()
        case .assessment: return AssessmentTab(data: data, format: format, width: width, now: now).lines()
        case .employment: return EmploymentTab(data: data, format: format, width: width).lines()
        case .history: return HistoryTab(entries: data.history ?? [], format: format, width: width).lines()
        case .eap, .notes, .appointments, .followUps, .referrals: return nil
        }
    }

    /// `Côté, Zoë · CaMS 001234567 · born 1998-07-05 (age 27) · TRF · Active`; a retired file:
    /// `Cote, Zoe · Merged into Côté, Zoë (#12) · CaMS not linked · born …`
    private func renderHeader(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard let data = state.data else {
            buffer.put(" " + state.clientName, x: rect.x, y: rect.y, style: theme[.label], maxWidth: rect.width)
            return
        }
        let s = data.summary
        // A retired file's own status froze at the merge: first (80 columns cut the end), where it went.
        var facts: [String] = data.mergedInto.map { [MergedFileNotice.status($0)] } ?? []
        if let client = data.client {
            facts.append(s.camsReference.map { "CaMS \($0)" } ?? "CaMS not linked")
            facts.append("born \(format.birth(s.dateOfBirth))")
            facts.append(client.referralSource == .selfReferred ? "Self" : client.referralSource.rawValue)
        } else {
            facts.append("born \(format.birth(s.dateOfBirth))")
            facts.append(s.phone.map { "phone \($0)" } ?? "no phone")
        }
        if data.mergedInto == nil { facts.append(s.status.rawValue) }
        let x = rect.x + buffer.put(" " + s.sortName, x: rect.x, y: rect.y, style: theme[.label], maxWidth: rect.width)
        buffer.put((" · " + facts.joined(separator: " · ")).truncated(toWidth: rect.maxX - x), x: x, y: rect.y, style: theme[.muted])
    }
}
