import CaseloadCore
import CaseloadStore
import TerminalKit

/// Runs one `ScreenModel` for the shell: feeds it inputs, carries out its effects (synchronously,
/// in order, each result fed back before the next effect) and hands the shell the app commands.
/// The only place a screen's reads and writes happen.
@MainActor final class ScreenHost<Model: ScreenModel>: Screen {
    private(set) var model: Model
    private let env: AppEnvironment
    private var laidOut: Rect?

    init(_ model: Model, env: AppEnvironment) {
        self.model = model
        self.env = env
    }

    var title: String { model.title }
    var helpKeymap: Keymap<Int> { model.helpKeys }
    var footerKeymap: Keymap<Int>? { model.footerKeys }
    var hasUnsavedInput: Bool { model.hasUnsavedInput }
    var isEditingText: Bool { model.isEditingText }
    var draftToKeep: FormDraft? { model.draftToKeep }

    func handle(_ event: ScreenEvent) -> [AppCommand] {
        switch event {
        case .key(let key): return handleKey(key).commands
        case .reload: return send(.reload).commands
        case .reappeared: return send(.reappeared).commands
        }
    }

    func handleKey(_ key: Key) -> ScreenResponse { send(.key(key)) }
    func idle() -> [AppCommand] { send(.idle).commands }
    func idleResponse() -> ScreenResponse { send(.idle) }
    func summoned() -> [AppCommand] { send(.summoned).commands }

    /// A committed change: the model's own answer, `.reload` unless it refreshes by what changed.
    func changed(_ change: DatabaseChange) -> [AppCommand] { changeResponse(change).commands }

    /// `handled`: the model asked for anything at all (nothing asked: nothing on it changed).
    func changeResponse(_ change: DatabaseChange) -> ScreenResponse {
        let effects = model.update(changed: change)
        var commands: [AppCommand] = []
        run(effects, into: &commands)
        return ScreenResponse(handled: !effects.isEmpty, commands: commands)
    }

    /// Feeds one input and runs what it asks for. `handled`: the model asked for anything at all
    /// (`.handled` included) in answer to the input itself.
    @discardableResult
    func send(_ input: ScreenInput<Model.Message>) -> ScreenResponse {
        let effects = model.update(input)
        var commands: [AppCommand] = []
        run(effects, into: &commands)
        return ScreenResponse(handled: !effects.isEmpty, commands: commands)
    }

    private func run(_ effects: [Effect<Model.Message>], into commands: inout [AppCommand]) {
        for effect in effects {
            switch effect {
            case .handled: break
            case .command(let command): commands.append(command)
            case .read(let doing, let body): finish(doing, into: &commands) { try env.db.snapshot { try body(env) } }
            case .write(let doing, let body): finish(doing, into: &commands) { try body(env) }
            }
        }
    }

    private func finish(_ doing: String, into commands: inout [AppCommand], _ body: () throws -> Model.Message) {
        let next: [Effect<Model.Message>]
        do {
            next = model.update(.loaded(try body()))
        } catch {
            let failure = ScreenFailure(doing: doing, error: error)
            AppLog.logger.error("\(failure.sentence)", metadata: ["login": "\(env.actor.username)", "error": "\(error)"])
            commands.append(.status(failure.sentence, isError: true))
            next = model.update(.failed(failure))
        }
        run(next, into: &commands)
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        if laidOut != rect {
            laidOut = rect
            // Effects of a layout (rows now visible need their data) run before the first draw.
            var commands: [AppCommand] = []
            run(model.update(.laidOut(rect)), into: &commands)
            pendingCommands += commands
        }
        model.view(into: &buffer, in: rect, theme: theme)
    }

    func renderOverlay(into buffer: inout ScreenBuffer, theme: Theme) {
        model.overlay(into: &buffer, theme: theme)
    }

    /// Commands asked for while drawing (a layout's effects); the shell applies them next.
    var pendingCommands: [AppCommand] = []
    func takePendingCommands() -> [AppCommand] {
        defer { pendingCommands = [] }
        return pendingCommands
    }
}

/// A screen's answer to one input: did it use it, and what should the shell do.
public struct ScreenResponse {
    public init(handled: Bool, commands: [AppCommand]) { self.handled = handled; self.commands = commands }
    public var handled: Bool
    public var commands: [AppCommand]
}
