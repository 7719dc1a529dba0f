import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// What the walk-in screen's reads and writes hand back to its `update`.
enum WalkInMessage {
    case setup(caseworkers: [StaffMember], sites: [Site])
    /// The matches, with what tells same names apart (caseworker, today's appointment).
    case found([ClientSummary], context: [Int64: ClientMatchContext] = [:])
    /// Checked in: what the status line says.
    case checkedIn(String)
    /// The new client looks like one already registered: ask before registering them again.
    case duplicate(clientID: Int64, clientName: String)
    /// The store refused the check-in; its reasons go on the fields.
    case refused([FieldError])
    /// The picked client's appointment still Scheduled today here (nil: none).
    case bookedToday(DaySheetRow?)
}

/// Walk-in: search before add, then one save creates (if new) and checks in a same-day appointment.
struct WalkInModel: ScreenModel {
    let context: ScreenContext
    /// Boxes in ASCII when the terminal is not UTF-8.
    let ascii: Bool
    private(set) var state: WalkInState

    init(context: ScreenContext, ascii: Bool = false) {
        self.context = context
        self.ascii = ascii
        state = WalkInState(today: context.today, siteID: context.actor.siteID)
    }

    var title: String { "Walk-in" }
    var hasUnsavedInput: Bool { state.isDirty }
    var isEditingText: Bool { state.phase != .search || !state.picker.listFocused }
    var helpKeys: Keymap<Int> { state.keymap.forHelp }
    var footerKeys: Keymap<Int> { state.keymap.forHelp }

    // MARK: update

    mutating func update(_ input: ScreenInput<WalkInMessage>) -> [Effect<WalkInMessage>] {
        switch input {
        case .reload, .reappeared, .summoned:
            if state.caseworkers.isEmpty { return [.loadWalkInSetup] }
            return state.phase == .search ? search() : []
        case .idle, .failed: return []
        case .laidOut(let rect):
            state.picker.layOut(in: WalkInView.bodyRect(in: rect))
            return []
        case .key(let key):
            if state.duplicateQuestion != nil { return answerDuplicate(key) }
            if let offer = state.bookedOffer { return answerBooked(offer, key) }
            return state.phase == .search ? handleSearch(key) : handleDetails(key)
        case .loaded(let message): return loaded(message)
        }
    }

    private mutating func loaded(_ message: WalkInMessage) -> [Effect<WalkInMessage>] {
        switch message {
        case .setup(let caseworkers, let sites):
            state.caseworkers = caseworkers
            state.sites = sites
            if state.siteID == nil { state.siteID = sites.first?.id }
            return state.phase == .search ? search() : []
        case .found(let found, let context):
            state.picker.show(found, context: context)
            return []
        case .checkedIn(let text):
            state.initialValues = state.form.values
            return [.back, .status(text)]
        case .bookedToday(let row):
            if let row, state.phase != .search { state.bookedOffer = WalkInBookedOffer(row: row) }
            return []
        case .duplicate(let clientID, let clientName):
            state.duplicateQuestion = DuplicateQuestion(clientID: clientID, clientName: clientName)
            return [.status("\(clientName) may already be registered: y creates anyway (with the reason), n goes back.", isError: true)]
        case .refused(let found):
            var errors: [String: String] = [:]
            for p in found { errors[state.form[p.field] != nil ? p.field : WalkInState.ID.purpose] = p.message }
            state.form.setErrors(errors)
            return [.status("Fix the marked fields, then ^S to check in.", isError: true)]
        }
    }

    // MARK: keys

    private mutating func handleSearch(_ key: Key) -> [Effect<WalkInMessage>] {
        let typing = !state.picker.listFocused
        if key == .ctrl("n") || (!typing && key == .char("n")) {
            if let reason = state.newClientRefusal { return [.status(reason, isError: true)] }
            state.startDetails(for: nil)
            return [.handled]
        }
        switch state.picker.handle(key) {
        case .none: return [.handled]
        case .ignored: return []
        case .cancelled: return [.back]
        case .searchChanged:
            let effects = search()
            return effects.isEmpty ? [.handled] : effects
        case .picked(let client):
            state.startDetails(for: client)
            guard let siteID = state.siteID else { return [.handled] }
            return [.findBookedToday(clientID: client.id, siteID: siteID)]
        }
    }

    private mutating func handleDetails(_ key: Key) -> [Effect<WalkInMessage>] {
        if key == .up || key == .down, !dropdownOpen {
            return handleDetails(key == .up ? .backTab : .tab)
        }
        let lastField = state.form.focusedID == WalkInState.ID.purpose
        if key == .enter, lastField { return checkIn() }
        switch state.form.handle(key, width: 60) {
        case .submitted: return checkIn()
        case .cancelled: state.phase = .search
        default: break
        }
        return [.handled]
    }

    private var dropdownOpen: Bool {
        guard let id = state.form.focusedID, case .dropdown(let d)? = state.form[id]?.control else { return false }
        return d.isOpen
    }

    /// The clients matching what is typed (none for an empty query, without asking the store).
    private mutating func search() -> [Effect<WalkInMessage>] {
        guard !state.picker.query.isEmpty else { state.picker.show([]); return [] }
        return [.searchWalkInClients(state.picker.query, siteID: state.siteID)]
    }

    /// Already registered? and, after yes, why this walk-in is a different person (issue #19: kept with the new client).
    private mutating func answerDuplicate(_ key: Key) -> [Effect<WalkInMessage>] {
        guard var question = state.duplicateQuestion else { return [.handled] }
        let answer = question.answer(key)
        state.duplicateQuestion = question
        switch answer {
        case .asking: return [.handled]
        case .declined: state.duplicateQuestion = nil; return [.status(DuplicateConfirmation.keptWalkIn)]
        case .missingReason: return [.status("Not checked in: say why this is a different person.", isError: true)]
        case .confirmed(let reason): state.duplicateQuestion = nil; return checkIn(allowingDuplicate: true, reason: reason)
        }
    }

    /// y checks the booked appointment in (and leaves); n goes on with the walk-in.
    private mutating func answerBooked(_ offer: WalkInBookedOffer, _ key: Key) -> [Effect<WalkInMessage>] {
        switch offer.dialog.answer(for: key) {
        case .yes: state.bookedOffer = nil; return [.checkInBooked(offer.row)]
        case .no: state.bookedOffer = nil; return [.handled]
        case nil: return [.handled]
        }
    }

    /// The form's own checks first (the fields say what is wrong); then one save checks them in.
    private mutating func checkIn(allowingDuplicate: Bool = false, reason: String? = nil) -> [Effect<WalkInMessage>] {
        let draft = state.draftClient()
        var problems = draft.problems
        let caseworker = state.chosenCaseworker
        if caseworker == nil { problems[WalkInState.ID.caseworker] = "Choose who will see the client." }
        guard problems.isEmpty, let caseworker, let staffID = caseworker.id, let siteID = state.siteID else {
            state.form.setErrors(problems)
            return [.status(problems.isEmpty ? "No site to check in at: ask an administrator to add one." :
                                "Fix the marked fields, then ^S to check in.", isError: true)]
        }
        guard case .details(let existing) = state.phase else { return [.handled] }
        return [.checkInWalkIn(WalkInRequest(clientID: existing?.id, newClient: draft.client, staffID: staffID, siteID: siteID,
                                             purpose: state.form.values[WalkInState.ID.purpose] ?? "Walk-in",
                                             caseworkerName: caseworker.fullName, allowingDuplicate: allowingDuplicate,
                                             duplicateReason: reason))]
    }

    // MARK: view

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        WalkInView.render(state, into: &buffer, in: rect, theme: theme)
    }

    func overlay(into buffer: inout ScreenBuffer, theme: Theme) {
        if let question = state.duplicateQuestion { question.render(into: &buffer, theme: theme, ascii: ascii); return }
        guard let dialog = state.bookedOffer?.dialog else { return }
        buffer.cursor = nil
        dialog.render(into: &buffer, in: buffer.area, theme: theme, ascii: ascii)
    }
}

/// Everything one walk-in check-in needs, as the form has it.
struct WalkInRequest {
    var clientID: Int64?
    var newClient: Client?
    var staffID: Int64
    var siteID: Int64
    var purpose: String
    var caseworkerName: String
    var allowingDuplicate: Bool
    /// Why a strong match is a different person (issue #19).
    var duplicateReason: String? = nil
}

/// The walk-in screen's reads and writes: the only places it reaches the store.
extension Effect where Message == WalkInMessage {
    static var loadWalkInSetup: Self {
        .read("load the caseworkers") { env in .setup(caseworkers: try env.db.bookableStaff(), sites: try env.db.sites()) }
    }

    static func searchWalkInClients(_ query: String, siteID: Int64?) -> Self {
        .read("search the clients") { env in
            let found = try env.db.searchClients(query: query, limit: 50, by: env.actor)
            return .found(found, context: try ClientMatchContext.read(for: found, siteID: siteID, in: env))
        }
    }

    /// Today, now: the walk-in starts when they are checked in. A likely duplicate and the store's
    /// field refusals come back as messages; anything else fails the effect.
    static func checkInWalkIn(_ r: WalkInRequest) -> Self {
        .write("check in the walk-in") { env in
            do {
                let result = try env.db.checkInWalkIn(
                    clientID: r.clientID, newClient: r.newClient, staffID: r.staffID, siteID: r.siteID, day: env.today,
                    startMinute: FrontDeskTime.minute(of: env.now, in: env.zone), purpose: r.purpose, now: env.now, by: env.actor,
                    allowingDuplicate: r.allowingDuplicate, duplicateReason: r.duplicateReason)
                let who = result.client.displayName + (result.isNewClient ? " (new client)" : "")
                return .checkedIn("Checked in \(who) as a walk-in with \(r.caseworkerName) at \(result.appointment.startText)")
            } catch StoreError.exactDuplicate(let clientID, let clientName) {
                return .duplicate(clientID: clientID, clientName: clientName)
            } catch StoreError.invalid(let found) {
                return .refused(found)
            }
        }
    }
}
