import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Book an appointment, from the day sheet (client chosen here) or a client's profile (client given).
@MainActor final class BookingScreen: Screen {
    private let env: AppEnvironment
    private let clientID: Int64?
    private(set) var state: BookingState

    init(env: AppEnvironment, clientID: Int64?) {
        self.env = env
        self.clientID = clientID
        state = BookingState(today: env.today)
    }

    var title: String { "Book appointment" }
    var hasUnsavedInput: Bool { state.isDirty }
    var isEditingText: Bool { state.confirmOverlap != nil || !state.isChoosingClient || !state.picker.listFocused }
    var helpKeymap: Keymap<Int> { state.keymap.forHelp }

    func handle(_ event: ScreenEvent) -> [AppCommand] {
        switch event {
        case .reload, .reappeared: return prepare()
        case .key(let key):
            if let confirm = state.confirmOverlap {
                switch confirm.answer(for: key) {
                case .yes?: state.confirmOverlap = nil; return book(allowOverlap: true)
                case .no?: state.confirmOverlap = nil
                case nil: break
                }
                return []
            }
            return state.isChoosingClient ? handlePicker(key) : handleForm(key)
        }
    }

    // MARK: update

    private func handlePicker(_ key: Key) -> [AppCommand] {
        switch state.picker.handle(key) {
        case .none: return []
        case .cancelled: return [.back]
        case .searchChanged: return search()
        case .picked(let client):
            state.startForm(for: client, actor: env.actor)
            return loadDay()
        }
    }

    private func handleForm(_ key: Key) -> [AppCommand] {
        if key == .enter, state.form.focusedID == BookingState.ID.purpose { return book(allowOverlap: false) }
        switch state.form.handle(key, width: 60) {
        case .submitted: return book(allowOverlap: false)
        case .cancelled: return [.back]
        default: return loadDay()
        }
    }

    // MARK: effects

    private func prepare() -> [AppCommand] {
        do {
            if state.caseworkers.isEmpty {
                state.caseworkers = try env.db.bookableStaff()
                state.sites = try env.db.sites()
                if let clientID { state.startForm(for: try env.db.clientSummary(id: clientID, by: env.actor), actor: env.actor) }
            }
            state.dayRowsFor = nil
            return state.isChoosingClient ? search() : loadDay()
        } catch {
            return [.status("Could not start booking: \(error)", isError: true)]
        }
    }

    private func search() -> [AppCommand] { state.picker.refresh(from: env.db, by: env.actor) }

    /// Reads the caseworker's day when the caseworker or date changed (not on every key).
    private func loadDay() -> [AppCommand] {
        guard let staffID = state.caseworker?.id, let day = state.day else { state.dayRows = []; state.dayRowsFor = nil; return [] }
        if let loaded = state.dayRowsFor, loaded.staffID == staffID, loaded.day == day { return [] }
        do {
            state.dayRows = try env.db.caseworkerDay(staffID: staffID, day: day, by: env.actor)
            state.dayRowsFor = (staffID, day)
            return []
        } catch {
            return [.status("Could not read \(state.caseworker?.fullName ?? "the caseworker")'s day: \(error)", isError: true)]
        }
    }

    private func book(allowOverlap: Bool) -> [AppCommand] {
        let draft = state.draft()
        guard let appointment = draft.appointment else {
            state.form.setErrors(draft.problems)
            return [.status("Fix the marked fields, then ^S to book.", isError: true)]
        }
        do {
            let booked = try env.db.bookAppointment(appointment, allowOverlap: allowOverlap, now: env.now, by: env.actor)
            state.initialValues = state.form.values
            let who = state.client?.displayName ?? "the client"
            return [.back, .status("Booked \(who) with \(state.caseworker?.fullName ?? "") on \(booked.day.medium) at \(booked.startText)", isError: false)]
        } catch StoreError.invalid(let problems) {
            if !allowOverlap, let overlap = problems.first(where: { $0.field == "start" && $0.message.contains("already has") }) {
                state.confirmOverlap = ConfirmDialog(title: "Double-book?", message: [overlap.message, "", "Book at this time anyway?"])
                return []
            }
            let ids: [String: String] = ["start": BookingState.ID.time, "length": BookingState.ID.length, "purpose": BookingState.ID.purpose,
                                         "caseworker": BookingState.ID.caseworker, "site": BookingState.ID.site]
            state.form.setErrors(Dictionary(problems.map { (ids[$0.field] ?? BookingState.ID.time, $0.message) }, uniquingKeysWith: { a, _ in a }))
            return [.status("Fix the marked fields, then ^S to book.", isError: true)]
        } catch {
            return [.status("Not booked: \(error)", isError: true)]
        }
    }

    // MARK: view

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        BookingView.render(&state, into: &buffer, in: rect, theme: theme)
    }

    func renderFooter(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        state.keymap.renderFooter(into: &buffer, in: rect, theme: theme)
    }

    func renderOverlay(into buffer: inout ScreenBuffer, theme: Theme) {
        guard let confirm = state.confirmOverlap else { return }
        buffer.cursor = nil
        confirm.render(into: &buffer, in: buffer.area, theme: theme, ascii: env.asciiBorders)
    }
}
