/// One terminal cell. A wide grapheme occupies its cell and the next, whose `isWideTail` is set
/// and whose grapheme is empty; backends never draw a tail.
public struct Cell: Hashable, Sendable {
    public var grapheme: Character?
    public var style: Style
    public var isWideTail: Bool

    public init(_ grapheme: Character? = " ", style: Style = .plain, isWideTail: Bool = false) {
        self.grapheme = grapheme; self.style = style; self.isWideTail = isWideTail
    }
    public static let blank = Cell()
}
