/// Builds the screen for a route. The one place that knows every screen type.
@MainActor enum ScreenFactory {
    static func make(_ route: Route, env: AppEnvironment) -> any Screen {
        switch route {
        case .clientList: return ClientListScreen(env: env)
        case .profile(let id, let tab): return ClientProfileScreen(env: env, clientID: id, tab: tab)
        case .intake(let id): return IntakeScreen(env: env, clientID: id)
        case .followUps(let caseworkerID): return ScreenHost(FollowUpQueueModel(context: env.context, caseworkerID: caseworkerID, remembered: env.choices.queue, ascii: env.asciiBorders), env: env)
        case .team: return ScreenHost(TeamLoadModel(context: env.context, ascii: env.asciiBorders), env: env)
        case .frontDesk: return ScreenHost(DaySheetModel(context: env.context, ascii: env.asciiBorders), env: env)
        case .booking(let id): return ScreenHost(BookingModel(context: env.context, clientID: id, ascii: env.asciiBorders), env: env)
        case .walkIn: return ScreenHost(WalkInModel(context: env.context, ascii: env.asciiBorders), env: env)
        case .noteEntry(let id, let amends): return NoteEntryScreen(env: env, clientID: id, amends: amends)
        case .planEditor(let id): return PlanEditorScreen(env: env, clientID: id)
        case .employmentEntry(let id): return EmploymentEntryScreen(env: env, clientID: id)
        }
    }
}
