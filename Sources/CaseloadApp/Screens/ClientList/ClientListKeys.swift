import CaseloadCore
import TerminalKit

enum ClientListAction: Sendable {
    case search, clearSearch, open, add, note, toggleMine, caseworker, status, source, stream, order, clearFilters
    /// Listed for help only: the list widget moves the selection itself.
    case navigate
}

extension ClientListState {
    /// The list's one key table: dispatch, footer and `?` help all read it.
    var keymap: Keymap<ClientListAction> {
        Keymap([
            KeyBinding([.char("/")], .search, help: "Search", group: "Clients", showInFooter: true),
            KeyBinding([.right], .navigate, help: "After /: edit the last search (typing replaces it)", group: "Clients"),
            KeyBinding([.tab], .navigate, help: "While searching: keep the text, back to the list", group: "Clients"),
            KeyBinding([.escape], .clearSearch, help: "Clear the search", group: "Clients"),
            KeyBinding([.enter], .open, help: "Open", group: "Clients", showInFooter: true,
                       disabledReason: selectedRow == nil ? "no client selected" : nil),
            KeyBinding([.char("a")], .add, help: "Add client", group: "Clients", showInFooter: true,
                       disabledReason: role.allows(.editClient) ? nil : "front desk registers walk-ins from the Front desk screen"),
            KeyBinding([.char("n")], .note, help: "Note", group: "Clients", showInFooter: true,
                       disabledReason: !role.allows(.writeNotes) ? Permission.writeNotes.refusal : selectedRow == nil ? "no client selected" : nil),
            KeyBinding([.char("m")], .toggleMine, help: scope == .mine ? "All clients" : "My clients", group: "Filters", showInFooter: true,
                       disabledReason: role == .caseworker ? nil : "only caseworkers have clients of their own"),
            KeyBinding([.char("w")], .caseworker, help: "Caseworker", group: "Filters", showInFooter: false,
                       disabledReason: role == .frontDesk ? Permission.viewClientDetails.refusal : nil),
            KeyBinding([.char("s")], .status, help: "Status", group: "Filters", showInFooter: true),
            KeyBinding([.char("r")], .source, help: "Referral source", group: "Filters", showInFooter: false),
            KeyBinding([.char("t")], .stream, help: "Stream", group: "Filters", showInFooter: false,
                       disabledReason: streams.isEmpty ? "no client has a stream yet" : nil),
            KeyBinding([.char("o")], .order, help: "Sort", group: "Filters", showInFooter: true),
            KeyBinding([.char("c")], .clearFilters, help: "Clear search and filters", group: "Filters", showInFooter: false),
            KeyBinding([.up, .char("k")], .navigate, help: "Move up", group: "Navigation"),
            KeyBinding([.down, .char("j")], .navigate, help: "Move down", group: "Navigation"),
            KeyBinding([.pageUp, .pageDown], .navigate, help: "Page up / down", group: "Navigation"),
            KeyBinding([.home, .char("g"), .end, .char("G")], .navigate, help: "First / last", group: "Navigation"),
        ])
    }
}
