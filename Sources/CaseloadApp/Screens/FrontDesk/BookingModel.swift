import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// What booking's reads and writes hand back to its `update`.
enum BookingMessage {
    /// Who can be booked, where, and the client when booking starts from their profile.
    case setup(caseworkers: [StaffMember], sites: [Site], client: ClientSummary?)
    case found([ClientSummary])
    /// The caseworker's appointments that day.
    case day([DaySheetRow], staffID: Int64, day: LocalDate)
    case booked(Appointment)
    /// The store refused the booking: a clash asks before double-booking, anything else goes on the fields.
    case refused([FieldError], allowOverlap: Bool)
}

/// Book an appointment, from the day sheet (client chosen here) or a client's profile (client given).
struct BookingModel: ScreenModel {
    let context: ScreenContext
    let clientID: Int64?
    /// Boxes in ASCII when the terminal is not UTF-8.
    let ascii: Bool
    private(set) var state: BookingState

    init(context: ScreenContext, clientID: Int64?, day: LocalDate? = nil, ascii: Bool = false) {
        self.context = context
        self.clientID = clientID
        self.ascii = ascii
        state = BookingState(today: context.today, day: day)
    }

    var title: String { "Book appointment" }
    var hasUnsavedInput: Bool { state.isDirty }
    var isEditingText: Bool { state.confirmOverlap != nil || !state.isChoosingClient || !state.picker.listFocused }
    var helpKeys: Keymap<Int> { state.keymap.forHelp }
    var footerKeys: Keymap<Int> { state.keymap.forHelp }

    // MARK: update

    mutating func update(_ input: ScreenInput<BookingMessage>) -> [Effect<BookingMessage>] {
        switch input {
        case .reload, .reappeared, .summoned:
            state.dayRowsFor = nil
            if state.caseworkers.isEmpty { return [.loadBookingSetup(clientID: clientID)] }
            return state.isChoosingClient ? search() : loadDay()
        case .idle: return []
        case .laidOut(let rect):
            state.picker.layOut(in: BookingView.pickerRect(in: rect))
            return []
        case .key(let key):
            if let confirm = state.confirmOverlap {
                switch confirm.answer(for: key) {
                case .yes?: state.confirmOverlap = nil; return book(allowOverlap: true)
                case .no?: state.confirmOverlap = nil
                case nil: break
                }
                return [.handled]
            }
            return state.isChoosingClient ? handlePicker(key) : handleForm(key)
        case .loaded(let message): return loaded(message)
        case .failed: return []
        }
    }

    private mutating func loaded(_ message: BookingMessage) -> [Effect<BookingMessage>] {
        switch message {
        case .setup(let caseworkers, let sites, let client):
            state.caseworkers = caseworkers
            state.sites = sites
            if let client { state.startForm(for: client, actor: context.actor) }
            return state.isChoosingClient ? search() : loadDay()
        case .found(let found):
            state.picker.show(found)
        case .day(let rows, let staffID, let day):
            state.dayRows = rows
            state.dayRowsFor = (staffID, day)
        case .booked(let booked):
            state.initialValues = state.form.values
            let who = state.client?.displayName ?? "the client"
            return [.back, .status("Booked \(who) with \(state.caseworker?.fullName ?? "") on \(booked.day.medium) at \(booked.startText)")]
        case .refused(let problems, let allowOverlap):
            if !allowOverlap, let overlap = problems.first(where: { $0.field == "start" && $0.message.contains("already has") }) {
                state.confirmOverlap = ConfirmDialog(title: "Double-book?", message: [overlap.message, "", "Book at this time anyway?"])
                return []
            }
            // A closed day or a past time comes back on the date or time field, the typing kept.
            let ids: [String: String] = ["day": BookingState.ID.date, "start": BookingState.ID.time, "length": BookingState.ID.length, "purpose": BookingState.ID.purpose,
                                         "caseworker": BookingState.ID.caseworker, "site": BookingState.ID.site]
            state.form.setErrors(Dictionary(problems.map { (ids[$0.field] ?? BookingState.ID.time, $0.message) }, uniquingKeysWith: { a, _ in a }))
            return [.status("Fix the marked fields, then ^S to book.", isError: true)]
        }
        return []
    }

    /// What the shell asks when Esc would lose the typing (nothing is booked until ^S).
    static let leaveQuestion = LeaveQuestion(title: "Discard what you typed?",
                                             message: ["The appointment is not booked yet.", "y discards it; n or Esc goes back to the form."],
                                             leftMessage: "Nothing was booked.", stayedMessage: "Kept your typing.")

    // MARK: keys

    private mutating func handlePicker(_ key: Key) -> [Effect<BookingMessage>] {
        switch state.picker.handle(key) {
        case .none: return [.handled]
        case .ignored: return []
        case .cancelled: return [.back]
        case .searchChanged: return Self.used(search())
        case .picked(let client):
            state.startForm(for: client, actor: context.actor)
            return Self.used(loadDay())
        }
    }

    private mutating func handleForm(_ key: Key) -> [Effect<BookingMessage>] {
        if key == .enter, state.form.focusedID == BookingState.ID.purpose { return book(allowOverlap: false) }
        switch state.form.handle(key, width: 60) {
        case .submitted: return book(allowOverlap: false)
        case .cancelled: return state.isDirty ? [.command(.leave(Self.leaveQuestion))] : [.back]
        default: return Self.used(loadDay())
        }
    }

    /// A key that changed only what is on screen still counts as used.
    private static func used(_ effects: [Effect<BookingMessage>]) -> [Effect<BookingMessage>] { effects.isEmpty ? [.handled] : effects }

    /// The clients matching what is typed (none for an empty query, without asking the store).
    private mutating func search() -> [Effect<BookingMessage>] {
        guard !state.picker.query.isEmpty else { state.picker.show([]); return [] }
        return [.searchBookingClients(state.picker.query)]
    }

    /// Reads the caseworker's day when the caseworker or date changed (not on every key).
    private mutating func loadDay() -> [Effect<BookingMessage>] {
        guard let staffID = state.caseworker?.id, let day = state.day else { state.dayRows = []; state.dayRowsFor = nil; return [] }
        if let loaded = state.dayRowsFor, loaded.staffID == staffID, loaded.day == day { return [] }
        return [.loadCaseworkerDay(staffID: staffID, name: state.caseworker?.fullName ?? "the caseworker", day: day)]
    }

    private mutating func book(allowOverlap: Bool) -> [Effect<BookingMessage>] {
        let draft = state.draft()
        guard let appointment = draft.appointment else {
            state.form.setErrors(draft.problems)
            return [.status("Fix the marked fields, then ^S to book.", isError: true)]
        }
        return [.book(appointment, allowOverlap: allowOverlap)]
    }

    // MARK: view

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        BookingView.render(state, into: &buffer, in: rect, theme: theme)
    }

    func overlay(into buffer: inout ScreenBuffer, theme: Theme) {
        guard let confirm = state.confirmOverlap else { return }
        buffer.cursor = nil
        confirm.render(into: &buffer, in: buffer.area, theme: theme, ascii: ascii)
    }
}

/// Booking's reads and writes: the only places it reaches the store.
extension Effect where Message == BookingMessage {
    static func loadBookingSetup(clientID: Int64?) -> Self {
        .read("start booking") { env in
            .setup(caseworkers: try env.db.bookableStaff(), sites: try env.db.sites(),
                   client: try clientID.map { try env.db.clientSummary(id: $0, by: env.actor) })
        }
    }

    static func searchBookingClients(_ query: String) -> Self {
        .read("search the clients") { env in .found(try env.db.searchClients(query: query, limit: 50, by: env.actor)) }
    }

    static func loadCaseworkerDay(staffID: Int64, name: String, day: LocalDate) -> Self {
        .read("read \(name)'s day") { env in .day(try env.db.caseworkerDay(staffID: staffID, day: day, by: env.actor), staffID: staffID, day: day) }
    }

    /// The store's field refusals come back as `.refused` (a clash may be booked anyway).
    static func book(_ appointment: Appointment, allowOverlap: Bool) -> Self {
        .write("book the appointment") { env in
            do { return .booked(try env.db.bookAppointment(appointment, allowOverlap: allowOverlap, now: env.now, by: env.actor)) }
            catch StoreError.invalid(let problems) { return .refused(problems, allowOverlap: allowOverlap) }
        }
    }
}
