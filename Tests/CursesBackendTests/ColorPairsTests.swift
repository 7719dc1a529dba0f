import Testing
import TerminalKit
@testable import CursesBackend

struct ColorPairsTests {
    /// Records what would have been sent to init_extended_pair.
    final class Recorder: @unchecked Sendable {
        var calls: [(Int32, Int32, Int32)] = []
        var refuse = false
    }

    func cache(capacity: Int32 = 10, colors: Int32 = 256, _ recorder: Recorder) -> ColorPairs {
        ColorPairs(capacity: capacity, colorCount: colors) { pair, fg, bg in
            if recorder.refuse { return false }
            recorder.calls.append((pair, fg, bg)); return true
        }
    }

    @Test func defaultOnDefaultIsPairZeroWithoutAllocating() {
        let r = Recorder(); var pairs = cache(r)
        #expect(pairs.pair(foreground: .default, background: .default) == 0)
        #expect(r.calls.isEmpty)
    }

    @Test func allocatesOncePerCombinationFromOne() {
        let r = Recorder(); var pairs = cache(r)
        #expect(pairs.pair(foreground: .red, background: .default) == 1)
        #expect(pairs.pair(foreground: .white, background: .blue) == 2)
        #expect(pairs.pair(foreground: .red, background: .default) == 1)
        #expect(r.calls.map { [$0.0, $0.1, $0.2] } == [[1, 1, -1], [2, 7, 4]])
    }

    @Test func pastTheCapFallsBackToPairZero() {
        let r = Recorder(); var pairs = cache(capacity: 2, r)
        #expect(pairs.pair(foreground: .red, background: .default) == 1)
        #expect(pairs.pair(foreground: .green, background: .default) == 2)
        #expect(pairs.pair(foreground: .blue, background: .default) == 0)
        #expect(pairs.pair(foreground: .red, background: .default) == 1)   // earlier pairs still work
        #expect(r.calls.count == 2)
    }

    @Test func refusedPairFallsBackAndIsNotRetried() {
        let r = Recorder(); r.refuse = true; var pairs = cache(r)
        #expect(pairs.pair(foreground: .red, background: .default) == 0)
        r.refuse = false
        #expect(pairs.pair(foreground: .red, background: .default) == 0)
        #expect(r.calls.isEmpty)
        #expect(pairs.pair(foreground: .green, background: .default) == 1)   // the refusal used no number
    }

    @Test func colorsTheTerminalLacksAreMappedDown() {
        let r = Recorder(); let pairs = cache(colors: 8, r)
        #expect(pairs.resolve(.default) == -1)
        #expect(pairs.resolve(.red) == 1)
        #expect(pairs.resolve(.indexed(9)) == 1)      // bright red → red
        #expect(pairs.resolve(.indexed(200)) == -1)   // no 256 colours: terminal default
        #expect(cache(colors: 256, r).resolve(.indexed(200)) == 200)
    }

    @Test func noPairsAtAllMeansPairZero() {
        let r = Recorder(); var pairs = cache(capacity: 0, r)
        #expect(pairs.pair(foreground: .red, background: .black) == 0)
        #expect(r.calls.isEmpty)
    }
}
