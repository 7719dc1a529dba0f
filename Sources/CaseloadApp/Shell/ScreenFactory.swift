/// Builds the screen for a route. The one place that knows every screen type.
@MainActor enum ScreenFactory {
    static func make(_ route: Route, env: AppEnvironment) -> any Screen {
        switch route {
        case .clientList: return ScreenHost(ClientListModel(context: env.context), env: env)
        case .profile(let id, let tab):
            return ScreenHost(ClientProfileModel(context: env.context, clientID: id, tab: tab, asciiBorders: env.asciiBorders), env: env)
        case .recordCheckpoint(let id, let checkpointID):
            return ScreenHost(ClientProfileModel(context: env.context, clientID: id, tab: .employment, asciiBorders: env.asciiBorders,
                                                 openingCheckpoint: checkpointID), env: env)
        case .intake(let id): return ScreenHost(IntakeModel(context: env.context, clientID: id, ascii: env.asciiBorders, clock: env.clock), env: env)
        case .followUps(let caseworkerID): return ScreenHost(FollowUpQueueModel(context: env.context, caseworkerID: caseworkerID, remembered: env.choices.queue, ascii: env.asciiBorders), env: env)
        case .team: return ScreenHost(TeamLoadModel(context: env.context, ascii: env.asciiBorders), env: env)
        case .frontDesk: return ScreenHost(DaySheetModel(context: env.context, ascii: env.asciiBorders), env: env)
        case .booking(let id, let day):
            return ScreenHost(BookingModel(context: env.context, clientID: id, day: day, ascii: env.asciiBorders), env: env)
        case .walkIn: return ScreenHost(WalkInModel(context: env.context, ascii: env.asciiBorders), env: env)
        case .noteEntry(let id, let amends): return ScreenHost(NoteEntryModel(context: env.context, clientID: id, amends: amends, ascii: env.asciiBorders, clock: env.clock), env: env)
        case .planEditor(let id): return ScreenHost(PlanEditorModel(context: env.context, clientID: id, ascii: env.asciiBorders, clock: env.clock), env: env)
        case .employmentEntry(let id): return ScreenHost(EmploymentEntryModel(context: env.context, clientID: id, ascii: env.asciiBorders, clock: env.clock), env: env)
        case .supports(let id): return ScreenHost(ClientSupportsModel(context: env.context, clientID: id, ascii: env.asciiBorders), env: env)
        case .supportQueue: return ScreenHost(SupportQueueModel(context: env.context, ascii: env.asciiBorders), env: env)
        case .employers: return ScreenHost(EmployersModel(context: env.context, ascii: env.asciiBorders), env: env)
        case .reports: return ScreenHost(ReportsModel(context: env.context), env: env)
        case .assessmentEntry(let id, let startsNew):
            return ScreenHost(AssessmentEntryModel(context: env.context, clientID: id, startsNew: startsNew), env: env)
        case .statusAction(let id, let action):
            return ScreenHost(ClientStatusActionModel(context: env.context, clientID: id, action: action), env: env)
        case .referralsOut(let id, let changing):
            return ScreenHost(ReferralsOutModel(context: env.context, clientID: id, changing: changing), env: env)
        }
    }
}
