import CaseloadCore
import CaseloadStore

/// A plan item or appointment a note can be about, as its dropdown shows it.
struct NoteLink: Hashable {
    var id: Int64
    var label: String

    /// "Job Search: Warehouse postings (In Progress)"; cancelled items are left out.
    static func planItems(_ plan: ProfilePlan?) -> [NoteLink] {
        (plan?.items ?? []).filter { $0.status != .cancelled }.compactMap { item in
            guard let id = item.id else { return nil }
            let what = item.description.map { "\(item.type): \($0)" } ?? item.type
            return NoteLink(id: id, label: "\(what) (\(item.status.rawValue))")
        }
    }

    /// "2026-01-14 10:00 Intake (Attended)", newest first as the store lists them.
    static func appointments(_ list: [ProfileAppointment]) -> [NoteLink] {
        list.map { p in
            let a = p.appointment
            return NoteLink(id: p.id, label: "\(a.day.iso) \(a.startText) \(a.purpose) (\(a.status.rawValue))")
        }
    }
}
