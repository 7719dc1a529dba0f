import CaseloadCore
import TerminalKit

/// The referral-out form's fields and how they become a `ReferralOut` (pure).
enum ReferralOutForm {
    enum ID {
        static let partner = "partner", serviceType = "serviceType", madeOn = "madeOn", status = "status"
        static let followUpOn = "followUpOn", note = "outcomeNote"
    }

    static func fields(_ r: ReferralOut?, serviceTypes: [String], today: LocalDate) -> [FormField] {
        var types = serviceTypes
        if let current = r?.serviceType, !types.contains(current) { types.append(current) }   // a retired type stays readable
        let statuses = ReferralOutStatus.allCases.map(\.rawValue)
        return [
            FormField(id: ID.partner, label: "Partner", control: .text(TextFieldState(r?.partner ?? "", placeholder: "organisation referred to",
                                                                                    maxLength: ReferralOut.partnerLimit))),
            FormField(id: ID.serviceType, label: "Service type", control: .dropdown(DropdownState(
                options: types, selectedIndex: r.flatMap { types.firstIndex(of: $0.serviceType) }, placeholder: "Choose a type"))),
            FormField(id: ID.madeOn, label: "Referred on", control: .date(DateFieldState((r?.madeOn ?? today).iso, today: today,
                                                                                       allowsEmpty: false, accepting: .pastDay(today: today)))),
            FormField(id: ID.status, label: "Status", control: .dropdown(DropdownState(
                options: statuses, selectedIndex: statuses.firstIndex(of: (r?.status ?? .made).rawValue)))),
            FormField(id: ID.followUpOn, label: "Follow up on", control: .date(DateFieldState(r?.followUpOn?.iso ?? "", today: today,
                                                                                            allowsEmpty: true, accepting: .anyDay))),
            FormField(id: ID.note, label: "Outcome note", control: .editor(TextEditorState(r?.outcomeNote ?? "", placeholder: "how it went",
                                                                                         maxLength: ReferralOut.noteLimit), rows: 3)),
        ]
    }

    static func date(_ form: FormState, _ id: String) -> LocalDate? {
        guard case .date(let d)? = form[id]?.control, let day = d.value else { return nil }
        return LocalDate(year: day.year, month: day.month, day: day.day)
    }

    /// The referral the form describes over `base` (id and version kept), or the form's own problems.
    static func referral(_ form: FormState, base: ReferralOut) -> Result<ReferralOut, FieldProblems> {
        var problems: [String: String] = [:]
        for id in [ID.madeOn, ID.followUpOn] {
            if case .date(let d)? = form[id]?.control, let error = d.error { problems[id] = error }
        }
        let v = form.values
        var r = base
        r.partner = v[ID.partner] ?? ""
        r.serviceType = v[ID.serviceType] ?? ""
        if let made = date(form, ID.madeOn) { r.madeOn = made } else if problems[ID.madeOn] == nil { problems[ID.madeOn] = "Enter the day the referral was made." }
        r.status = ReferralOutStatus(rawValue: v[ID.status] ?? "") ?? .made
        r.followUpOn = date(form, ID.followUpOn)
        r.outcomeNote = v[ID.note]
        return problems.isEmpty ? .success(ReferralOut.normalized(r)) : .failure(FieldProblems(byField: problems))
    }
}
