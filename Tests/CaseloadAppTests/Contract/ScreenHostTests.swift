import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// The shell's half of the contract: effects run in order, a read sees one moment of the database,
/// a failure becomes one sentence on the status line and a `.failed` input, and whether a key was
/// used is the model's explicit answer.
@MainActor @Suite struct ScreenHostTests {
    /// A model that records what it was told and asks for whatever the test scripts.
    struct Probe: ScreenModel {
        enum Message { case counted(Int, inSnapshot: Bool), saved }
        var script: [Effect<Message>] = []
        var seen: [String] = []
        var title: String { "Probe" }
        var footerKeys: Keymap<Int> { Keymap([KeyBinding([.char("x")], 0, help: "Probe", showInFooter: true)]) }
        mutating func update(_ input: ScreenInput<Message>) -> [Effect<Message>] {
            switch input {
            case .key(.char("x")): seen.append("x"); return script
            case .key(.char("h")): seen.append("h"); return [.handled]
            case .key: seen.append("other key"); return []
            case .loaded(.counted(let n, let inSnapshot)): seen.append("counted \(n) \(inSnapshot)"); return []
            case .loaded(.saved): seen.append("saved"); return [.status("Saved.")]
            case .failed(let failure): seen.append("failed: \(failure.sentence)"); return []
            case .reload: seen.append("reload"); return []
            default: return []
            }
        }
        func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {}
    }

    @Test func effectsRunInOrderEachResultFedBackBeforeTheNext() throws {
        let f = try AppFixture()
        var probe = Probe()
        probe.script = [
            .read("count clients") { env in .counted(try env.db.clientListCount(ClientListQuery()), inSnapshot: env.db.isInSnapshot) },
            .status("between"),
            .write("save") { _ in .saved },
        ]
        let host = ScreenHost(probe, env: f.env(as: f.caseworker))
        let response = host.handleKey(.char("x"))
        #expect(response.handled)
        #expect(host.model.seen == ["x", "counted 3 true", "saved"])
        #expect(response.commands == [.status("between", isError: false), .status("Saved.", isError: false)])
    }

    @Test func aFailureBecomesOneSentenceWithoutFieldIdsAndTheModelIsTold() throws {
        let f = try AppFixture()
        var probe = Probe()
        probe.script = [.write("save the job") { _ in
            throw StoreError.invalid([FieldError(field: "start_date", message: "the start date cannot be in the future")])
        }]
        let host = ScreenHost(probe, env: f.env(as: f.caseworker))
        let response = host.handleKey(.char("x"))
        let sentence = "Could not save the job: The start date cannot be in the future."
        #expect(response.commands == [.status(sentence, isError: true)])
        #expect(host.model.seen.last == "failed: \(sentence)")
        #expect(!sentence.contains("start_date"))
    }

    @Test func aKeyIsUsedOnlyWhenTheModelSaysSo() throws {
        let f = try AppFixture()
        let host = ScreenHost(Probe(), env: f.env(as: f.caseworker))
        #expect(host.handleKey(.char("h")).handled, "`.handled` alone counts as used")
        #expect(!host.handleKey(.char("z")).handled, "no effect: the shell's global keys may have it")
    }

    @Test func theFooterIsDrawnByTheShellFromTheModelsKeys() throws {
        let f = try AppFixture()
        let host = ScreenHost(Probe(), env: f.env(as: f.caseworker))
        var buffer = ScreenBuffer(width: 40, height: 1)
        host.renderFooter(into: &buffer, in: Rect(x: 0, y: 0, width: 40, height: 1), theme: f.env(as: f.caseworker).theme)
        #expect(buffer.lines()[0].contains("x Probe"))
    }
}
