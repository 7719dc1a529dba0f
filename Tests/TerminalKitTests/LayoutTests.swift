import Testing
@testable import TerminalKit

struct LayoutTests {
    @Test(arguments: [
        // header 1, body fills, footer 1
        (24, [LayoutConstraint.fixed(1), .fill(), .fixed(1)], [1, 22, 1]),
        // two fills share by weight, leftovers to the first
        (11, [.fill(1), .fill(1)], [6, 5]),
        (12, [.fill(1), .fill(2)], [4, 8]),
        // min grows with spare room
        (10, [.min(3), .fixed(2)], [8, 2]),
        // too little space: earlier parts keep theirs
        (3, [.fixed(2), .fixed(2), .fill()], [2, 1, 0]),
        (0, [.fixed(1), .fill()], [0, 0]),
    ])
    func splitSizes(total: Int, constraints: [LayoutConstraint], expected: [Int]) {
        let rows = Rect(x: 0, y: 5, width: 3, height: total).splitVertically(constraints)
        #expect(rows.map(\.height) == expected)
        // parts are contiguous from the top
        var y = 5
        for r in rows { #expect(r.y == y); y += r.height }
        let cols = Rect(x: 2, y: 0, width: total, height: 1).splitHorizontally(constraints)
        #expect(cols.map(\.width) == expected)
        #expect(cols.first?.x == 2)
    }

    @Test func centeredClipsToTheRect() {
        #expect(Rect(x: 0, y: 0, width: 80, height: 24).centered(Size(width: 20, height: 4)) == Rect(x: 30, y: 10, width: 20, height: 4))
        #expect(Rect(x: 0, y: 0, width: 10, height: 3).centered(Size(width: 20, height: 4)) == Rect(x: 0, y: 0, width: 10, height: 3))
    }
}
