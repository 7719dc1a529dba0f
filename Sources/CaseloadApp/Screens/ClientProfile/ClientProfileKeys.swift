import CaseloadCore
import TerminalKit

enum ClientProfileAction: Sendable {
    case tabNumber, nextTab, previousTab, edit, linkCams, reassign, grantAccess, readNote, newNote, amendNote
    case planEditor, recordJob, recordCheckpoint, book
    /// Issue #19: correct the selected job, end it (or correct its end).
    case correctJob, endJob
    /// #20: the client's financial supports.
    case supports
    /// The case lifecycle (#18): assessment entry, close as unable to contact, reopen, referrals out.
    case assessment(startsNew: Bool), closeUnableToContact, reopen, referralsOut
    /// On the Referrals tab: change the selected referral out (status, outcome, follow-up).
    case changeReferral
    /// §3a: the client or the provider declined the referral.
    case closeDeclined
    /// The Notes tab's filters (keys bound on that tab only).
    case notes(NotesTabAction)
    /// Listed for help only: the tab's table or lines move themselves.
    case navigate
    /// Issue #19: merge a duplicate file into this one (supervisors); on a retired file, open the kept one.
    case merge, openKeptFile

    /// Actions on the tab's selected row: with no row to select they do nothing, so the footer leaves
    /// them out (the `?` help still lists them, with the reason).
    var actsOnSelectedRow: Bool {
        switch self {
        case .readNote, .amendNote, .changeReferral, .recordCheckpoint, .correctJob, .endJob: return true
        default: return false
        }
    }

    /// Actions that change the client's file: a merged (retired) file refuses them with its pointer.
    var changesFile: Bool {
        switch self {
        case .edit, .linkCams, .reassign, .grantAccess, .newNote, .amendNote, .planEditor, .recordJob, .recordCheckpoint, .book,
             .supports, .assessment, .closeUnableToContact, .closeDeclined, .reopen, .referralsOut, .changeReferral, .merge, .correctJob, .endJob:
            return true
        case .tabNumber, .nextTab, .previousTab, .readNote, .notes, .navigate, .openKeptFile:
            return false
        }
    }
}

extension ClientProfileState {
    /// The profile's one key table: dispatch, footer and `?` help all read it.
    var keymap: Keymap<ClientProfileAction> {
        let loading = data?.client == nil && role.allows(.viewClientDetails) ? "the client is still loading" : nil
        let linked = data?.summary.camsReference != nil
        let bindings: [KeyBinding<ClientProfileAction>] = (notesTabBindings + referralsTabBindings + [
            KeyBinding([.right, .tab], .nextTab, help: "Next tab", group: "Tabs", showInFooter: true),
        ] + employmentTabBindings + [
            KeyBinding([.left, .backTab], .previousTab, help: "Previous tab", group: "Tabs"),
            numberKeys,
            KeyBinding([.char("n")], .newNote, help: "Note", group: "Notes", showInFooter: true,
                       disabledReason: role.allows(.writeNotes) ? nil : Permission.writeNotes.refusal),
            KeyBinding([.char("e")], .edit, help: "Edit", group: "Client", showInFooter: true,
                       disabledReason: role.allows(.editClient) ? loading : Permission.editClient.refusal),
            KeyBinding([.char("l")], .linkCams, help: linked ? "Change CaMS ref" : "Link CaMS ref", group: "Client", showInFooter: true,
                       disabledReason: role.allows(.editClient) ? loading : Permission.editClient.refusal),
            KeyBinding([.char("r")], .reassign, help: "Reassign", group: "Client", showInFooter: true,
                       disabledReason: role.allows(.reassignClient) ? loading : Permission.reassignClient.refusal),
            KeyBinding([.char("G")], .grantAccess, help: "Grant access to a caseworker of another site", group: "Client",
                       disabledReason: role.allows(.grantClientAccess) ? loading : Permission.grantClientAccess.refusal),
            KeyBinding([.char("M")], .merge, help: "Merge a duplicate file into this one", group: "Client",
                       disabledReason: role.allows(.mergeClients) ? loading : Permission.mergeClients.refusal),
        ] + readNoteBindings + [
            KeyBinding([.char("A")], .amendNote, help: "Amend note", group: "Notes",
                       disabledReason: role.allows(.writeNotes) ? readNoteRefusal : Permission.writeNotes.refusal),
            KeyBinding([.char("b")], .book, help: "Book appointment", group: "Appointments", showInFooter: tab == .appointments,
                       disabledReason: role.allows(.manageAppointments) ? nil : Permission.manageAppointments.refusal),
            // EAP (not front desk).
            KeyBinding([.char("p")], .planEditor, help: "Plan editor", group: "EAP", showInFooter: tab == .eap,
                       disabledReason: role.allows(.editActionPlan) ? nil : Permission.viewActionPlan.refusal),
            KeyBinding([.char("$")], .supports, help: "Financial supports", group: "EAP", showInFooter: tab == .eap,
                       disabledReason: role.allows(.viewMoney) ? nil : Permission.viewMoney.refusal),
            KeyBinding([.char("S")], .assessment(startsNew: false), help: "Record / edit the assessment", group: "Assessment",
                       showInFooter: tab == .assessment, disabledReason: role.allows(.editClient) ? loading : Permission.editClient.refusal),
            KeyBinding([.char("R")], .assessment(startsNew: true), help: "Re-administer the assessment", group: "Assessment",
                       showInFooter: tab == .assessment, disabledReason: role.allows(.editClient) ? loading : Permission.editClient.refusal),
            KeyBinding([.char("U")], .closeUnableToContact, help: "Close as unable to contact (R-03)", group: "Client",
                       disabledReason: role.allows(.editClient) ? loading : Permission.editClient.refusal),
            KeyBinding([.char("D")], .closeDeclined, help: "Close a declined referral (client or provider)", group: "Client",
                       disabledReason: role.allows(.editClient) ? loading : Permission.editClient.refusal),
            KeyBinding([.char("O")], .reopen, help: "Reopen a closed file", group: "Client",
                       disabledReason: role.allows(.editActionPlan) ? loading : Permission.editActionPlan.refusal),
        ] + (tab == .referrals ? [] : [referralsOutBinding]) + [
            KeyBinding([.up, .char("k"), .down, .char("j")], .navigate, help: "Move / scroll", group: "Navigation"),
            KeyBinding([.pageUp, .pageDown], .navigate, help: "Page up / down", group: "Navigation"),
            KeyBinding([.home, .char("g"), .end], .navigate, help: "First / last", group: "Navigation"),
        ]).map(offeredOnlyWithRows)
        guard let refusal = mergedRefusal else { return Keymap(bindings) }
        // A retired file is a read-only pointer: Enter (or o) opens the kept file, and every key that
        // would change this one says where to work when pressed, but the footer no longer offers it.
        let openKept = KeyBinding<ClientProfileAction>([.enter, .char("o")], .openKeptFile, help: "Open kept file",
                                                       group: "Client", showInFooter: true)
        return Keymap([openKept] + bindings.compactMap { binding in
            if case .readNote = binding.action { return nil }
            var binding = binding
            if binding.action.changesFile { binding.disabledReason = refusal; binding.showInFooter = false }
            return binding
        })
    }

    /// A row action stays out of the footer while the current tab has no row to act on.
    private func offeredOnlyWithRows(_ binding: KeyBinding<ClientProfileAction>) -> KeyBinding<ClientProfileAction> {
        guard binding.action.actsOnSelectedRow, rowCount(tab) == 0 else { return binding }
        var binding = binding
        binding.showInFooter = false
        return binding
    }

    /// Why a merged file refuses changes (nil for a file in use).
    var mergedRefusal: String? {
        data?.mergedInto.map { "Read-only: merged into \($0.keptName) (#\($0.keptClientID)); Enter opens that file." }
    }

    /// Jobs and checkpoints (not front desk), first in the footer on the Employment tab so they fit at
    /// 80 columns. J and K, not j and k, which move the selection.
    private var employmentTabBindings: [KeyBinding<ClientProfileAction>] {
        [
            KeyBinding([.char("J")], .recordJob, help: "New job", group: "EAP", showInFooter: tab == .employment,
                       disabledReason: role.allows(.editActionPlan) ? nil : Permission.viewActionPlan.refusal),
            KeyBinding([.char("K")], .recordCheckpoint, help: selectedCheckpoint?.checkpoint.recordedOn == nil ? "Checkpoint" : "Correct checkpoint",
                       group: "EAP", showInFooter: tab == .employment, disabledReason: recordCheckpointRefusal),
            KeyBinding([.char("C")], .correctJob, help: "Correct job", group: "EAP", showInFooter: tab == .employment,
                       disabledReason: selectedJobRefusal),
            KeyBinding([.char("E")], .endJob, help: selectedCheckpoint?.job.employment.endDate == nil ? "End job" : "Correct job end",
                       group: "EAP", showInFooter: tab == .employment, disabledReason: selectedJobRefusal),
        ]
    }

    /// Enter reads the selected note, except on the Referrals tab, where it changes a referral.
    private var readNoteBindings: [KeyBinding<ClientProfileAction>] {
        guard tab != .referrals else { return [] }
        return [KeyBinding([.enter], .readNote, help: "Read note", group: "Notes", showInFooter: tab == .notes, disabledReason: readNoteRefusal)]
    }

    /// 1–9 for the first nine tabs, 0 for a tenth.
    private var numberKeys: KeyBinding<ClientProfileAction> {
        let count = ProfileTab.offered(to: role).count
        return KeyBinding((0..<count).map { Key.char(ProfileTab.numberKey(at: $0)) }, .tabNumber,
                          help: count > 9 ? "Go to tab 1–9, 0" : "Go to tab 1–\(count)", group: "Tabs")
    }

    private var referralsOutBinding: KeyBinding<ClientProfileAction> {
        KeyBinding([.char("F")], .referralsOut, help: "Referrals out (R-24)", group: "EAP", showInFooter: tab == .eap || tab == .referrals,
                   disabledReason: role.allows(.viewActionPlan) ? nil : Permission.viewActionPlan.refusal)
    }

    /// On the Referrals tab, first in the footer so they fit at 80 columns: F, and Enter to change the
    /// selected referral (elsewhere Enter reads a note).
    private var referralsTabBindings: [KeyBinding<ClientProfileAction>] {
        guard tab == .referrals else { return [] }
        let refusal = role.allows(.editActionPlan) ? (selectedReferral == nil ? "no referral yet: F adds one" : nil)
                                                   : Permission.editActionPlan.refusal
        return [referralsOutBinding,
                KeyBinding([.enter], .changeReferral, help: "Change the referral", group: "EAP", showInFooter: true, disabledReason: refusal)]
    }

    /// On the Notes tab only, so these letters stay free on the other tabs.
    private var notesTabBindings: [KeyBinding<ClientProfileAction>] {
        guard tab == .notes, role.allows(.readNoteBodies) else { return [] }
        let none = (data?.notes ?? []).isEmpty ? "this client has no notes yet" : nil
        return [
            KeyBinding([.char("a")], .amendNote, help: "Amend", group: "Notes", showInFooter: true,
                       disabledReason: role.allows(.writeNotes) ? readNoteRefusal : Permission.writeNotes.refusal),
            KeyBinding([.char("t")], .notes(.filterType), help: "Filter by Type", group: "Notes", disabledReason: none),
            KeyBinding([.char("c")], .notes(.filterCommunication), help: "Filter by Communication", group: "Notes", disabledReason: none),
            KeyBinding([.char("w")], .notes(.filterAuthor), help: "Filter by author (who wrote it)", group: "Notes", disabledReason: none),
            KeyBinding([.char("/")], .notes(.search), help: "Search words in subjects and notes", group: "Notes", disabledReason: none),
            KeyBinding([.char("x")], .notes(.clearFilters), help: "Clear the filters", group: "Notes",
                       disabledReason: notesTab.hasFilters ? nil : "no filter is set"),
        ]
    }

    private var readNoteRefusal: String? {
        if !role.allows(.readNoteBodies) { return Permission.readNoteBodies.refusal }
        if tab != .notes { return "open the Notes tab (5) and choose a note first" }
        guard selectedNote == nil else { return nil }
        return (data?.notes ?? []).isEmpty ? "this client has no notes yet" : "no note matches the filters: x clears them"
    }
}
