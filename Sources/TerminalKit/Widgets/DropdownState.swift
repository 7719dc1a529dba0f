/// A closed field showing the chosen option; Enter/Space opens a popup list filtered by typing.
public struct DropdownState: Hashable, Sendable {
    public var options: [String]
    /// Index into `options` of the chosen value, nil when nothing is chosen yet.
    public var selectedIndex: Int?
    public private(set) var isOpen = false
    /// What the user typed while the popup is open.
    public private(set) var filter = ""
    /// Highlighted row within `matches`.
    public private(set) var highlighted = 0
    public var placeholder: String
    /// Rows the popup shows at most before it scrolls.
    public var maxVisibleOptions: Int

    public init(options: [String], selectedIndex: Int? = nil, placeholder: String = "Choose…", maxVisibleOptions: Int = 8) {
        self.options = options; self.selectedIndex = selectedIndex; self.placeholder = placeholder
        self.maxVisibleOptions = max(1, maxVisibleOptions)
    }

    public var selectedValue: String? { selectedIndex.flatMap { options.indices.contains($0) ? options[$0] : nil } }

    /// Option indices matching the filter (prefix matches first), case- and accent-insensitive.
    public var matches: [Int] { TextMatching.filter(options, by: filter) }

    /// Closed: Enter/Space open. Open: typing filters, Backspace un-types, Up/Down move,
    /// Enter chooses (`.changed` if different), Esc closes without changing, Tab closes and is passed on.
    public mutating func handle(_ key: Key) -> KeyOutcome {
        guard isOpen else {
            switch key {
            case .enter, .char(" "): open(); return .consumed
            default: return .ignored
            }
        }
        let found = matches
        switch key {
        case .escape: close(); return .consumed
        case .tab, .backTab: close(); return .ignored
        case .up, .ctrl("p"): highlighted = max(0, highlighted - 1); return .consumed
        case .down, .ctrl("n"): highlighted = min(max(0, found.count - 1), highlighted + 1); return .consumed
        case .pageUp: highlighted = max(0, highlighted - maxVisibleOptions); return .consumed
        case .pageDown: highlighted = min(max(0, found.count - 1), highlighted + maxVisibleOptions); return .consumed
        case .home: highlighted = 0; return .consumed
        case .end: highlighted = max(0, found.count - 1); return .consumed
        case .enter:
            guard found.indices.contains(highlighted) else { return .consumed }
            let choice = found[highlighted]
            close()
            if choice == selectedIndex { return .consumed }
            selectedIndex = choice
            return .changed
        case .backspace, .ctrl("h"):
            if !filter.isEmpty { filter.removeLast(); highlighted = 0 }
            return .consumed
        case .ctrl("u"): filter = ""; highlighted = 0; return .consumed
        case .char(let c):
            filter.append(c); highlighted = 0
            return .consumed
        default: return .consumed   // the popup is modal: nothing leaks to the screen behind it
        }
    }

    public mutating func open() {
        isOpen = true; filter = ""
        highlighted = selectedIndex.flatMap { matches.firstIndex(of: $0) } ?? 0
    }

    public mutating func close() { isOpen = false; filter = "" }
}
