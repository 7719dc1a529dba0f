import CaseloadCore
import TerminalKit

enum FollowUpQueueAction: Sendable {
    case open, complete, snooze, record, manual, search, rule, caseworker, site, clear, team, calendar
    /// R-03's item: close the referral as unable to contact (#18).
    case closeUnableToContact
    /// Listed for help only: the list widget moves the selection itself.
    case navigate
}

extension FollowUpQueueState {
    /// The queue's one key table: dispatch, footer and `?` help all read it. Disabled actions say why.
    var keymap: Keymap<FollowUpQueueAction> {
        let none = selected == nil ? "no item selected" : nil
        let act = readOnlyReason ?? none
        let record: String? = act ?? selected.flatMap { item in
            FollowUpDialog.recordKind(for: item.rule) == nil
                ? "r records contacts for R-01, R-02, R-04 and R-11 items; press Enter to open the client for this one" : nil
        }
        // A caseworker's queue is their own (the store refuses any other scope to them).
        let team = seesTeam ? nil : Permission.viewTeamFollowUps.refusal
        let addReason: String? = readOnlyReason.map { _ in "Read only: switch to your own queue (w) to add a follow-up" }
        return Keymap([
            KeyBinding([.enter], .open, help: "Open", group: "Follow-ups", showInFooter: true, disabledReason: none),
            KeyBinding([.char("U")], .closeUnableToContact, help: "Close as unable to contact", group: "Follow-ups",
                       showInFooter: selected?.rule == .r03,
                       disabledReason: act ?? (selected?.rule == .r03 ? nil : "U closes a referral from its R-03 item (May close as unable to contact)")),
            KeyBinding([.char("c")], .complete, help: "Complete", group: "Follow-ups", showInFooter: true, disabledReason: act),
            KeyBinding([.char("z")], .snooze, help: "Snooze", group: "Follow-ups", showInFooter: true, disabledReason: act),
            KeyBinding([.char("r")], .record, help: "Contact", group: "Follow-ups", showInFooter: true, disabledReason: record),
            KeyBinding([.char("m")], .manual, help: "New", group: "Follow-ups", showInFooter: true, disabledReason: addReason),
            KeyBinding([.char("/")], .search, help: "Client name filter", group: "Filters", showInFooter: false),
            KeyBinding([.char("f")], .rule, help: "Rule", group: "Filters", showInFooter: true),
            KeyBinding([.char("w")], .caseworker, help: "Whose", group: "Filters", showInFooter: true, disabledReason: team),
            KeyBinding([.char("s")], .site, help: "Site", group: "Filters", showInFooter: false,
                       disabledReason: sites.count < 2 ? "there is only one site" : nil),
            KeyBinding([.char("x")], .clear, help: "Clear filters", group: "Filters", showInFooter: false,
                       disabledReason: hasFilters ? nil : "no filter is on"),
            KeyBinding([.char("t")], .team, help: "Team", group: "Views", showInFooter: true, disabledReason: team),
            KeyBinding([.char("C")], .calendar, help: "Closure days and holidays", group: "Views", showInFooter: actor.role == .admin,
                       disabledReason: actor.role.allows(.manageCalendar) ? nil : Permission.manageCalendar.refusal),
            KeyBinding([.up, .char("k")], .navigate, help: "Move up", group: "Navigation"),
            KeyBinding([.down, .char("j")], .navigate, help: "Move down", group: "Navigation"),
            KeyBinding([.pageUp, .pageDown], .navigate, help: "Page up / down", group: "Navigation"),
            KeyBinding([.home, .char("g"), .end, .char("G")], .navigate, help: "First / last", group: "Navigation"),
        ])
    }
}
