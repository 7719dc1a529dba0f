import CaseloadCore
import CaseloadStore
import TerminalKit

/// The follow-up queue on screen: whose, which rule, the items in queue order, and any open prompt.
struct FollowUpQueueState {
    enum Prompt { case complete(FormState), snooze(FormState) }

    var actor: StaffMember
    /// nil: everyone's (supervisors); otherwise one caseworker's.
    var caseworkerID: Int64?
    var rule: FollowUpRule?
    var items: [DueItem] = []
    var list = ListState()
    var visibleRows = 15
    var names: [Int64: String] = [:]
    var prompt: Prompt?

    init(actor: StaffMember, caseworkerID: Int64?) {
        self.actor = actor
        // Caseworkers start on their own queue, supervisors on everyone's unless they drilled in.
        self.caseworkerID = caseworkerID ?? (actor.role.allows(.viewTeamFollowUps) ? nil : actor.id)
    }

    var shown: [DueItem] { rule.map { r in items.filter { $0.rule == r } } ?? items }
    var selected: DueItem? { shown.indices.contains(list.selected) ? shown[list.selected] : nil }
    var isOwnQueue: Bool { caseworkerID == actor.id }
    /// A caseworker may look at another's queue but not act on it.
    var readOnlyReason: String? {
        actor.role.allows(.viewTeamFollowUps) || isOwnQueue ? nil : "this is \(ownerName(caseworkerID))'s queue: read only"
    }

    func ownerName(_ id: Int64?) -> String { id.flatMap { names[$0] } ?? "unassigned" }

    var heading: String {
        let whose = caseworkerID == nil ? "Everyone's follow-ups" : isOwnQueue ? "My follow-ups" : "\(ownerName(caseworkerID))'s follow-ups"
        let overdue = shown.filter { $0.status.isOverdue }.count
        let today = shown.filter { $0.status == .dueToday }.count
        return "\(whose) · \(overdue) overdue · \(today) due today · \(shown.count - overdue - today) upcoming"
            + (rule.map { " · rule \($0.rawValue)" } ?? "")
    }

    var emptyMessage: String {
        rule != nil ? "Nothing for rule \(rule!.rawValue). Press f to show every rule."
            : "Nothing due. Items appear here as the rules fall due (referrals, checkpoints, no-shows…)."
    }

    mutating func cycleRule() {
        let present = FollowUpRule.allCases.filter { r in items.contains { $0.rule == r } }
        rule = ClientListState.next(in: present, after: rule)
        list = ListState()
    }

    static func statusText(_ s: DueStatus, due: LocalDate, today: LocalDate) -> String {
        switch s {
        case .overdue(let n): return n == 0 ? "overdue" : "overdue \(n) bd"
        case .dueToday: return "due today"
        case .upcoming: let d = today.days(until: due); return d == 1 ? "tomorrow" : "in \(d) days"
        }
    }
}
