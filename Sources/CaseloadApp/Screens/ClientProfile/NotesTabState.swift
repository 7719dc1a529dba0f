import CaseloadCore
import CaseloadStore
import TerminalKit

enum NotesTabAction: Sendable { case filterType, filterCommunication, filterAuthor, search, clearFilters }

/// One row of the Notes tab: a note, indented under the note it amends.
struct NoteRow: Hashable {
    var header: CaseNoteHeader
    var depth: Int
}

/// The Notes tab's filters (Type, Communication, author, words) and how they pick rows. The words
/// are matched by the store (bodies never reach this state); the rest is pure.
struct NotesTabState {
    enum Chooser: Hashable { case type, communication, author }

    var type: String?
    var communication: String?
    var authorID: Int64?
    var search = TextFieldState("", placeholder: "words in subject or note")
    var isSearching = false
    /// Notes whose subject or body hold every searched word; nil when nothing is searched.
    var matchingIDs: Set<Int64>?
    /// The open Type / Communication / author chooser, with its options' values.
    var chooser: (kind: Chooser, dropdown: DropdownState, values: [String?])?

    var isCapturingKeys: Bool { isSearching || chooser != nil }
    var searchWords: String { search.text.trimmingCharacters(in: .whitespaces) }
    var hasFilters: Bool { type != nil || communication != nil || authorID != nil || !searchWords.isEmpty }

    /// Newest first; each amendment right under the note it corrects. A whole chain shows when any
    /// note of it passes the filters, so a correction is never read without its original.
    func rows(_ notes: [CaseNoteHeader]) -> [NoteRow] {
        let ids = Set(notes.map(\.id))
        var children: [Int64: [CaseNoteHeader]] = [:]
        for n in notes { if let parent = n.amends, ids.contains(parent) { children[parent, default: []].append(n) } }
        var out: [NoteRow] = []
        for root in notes where root.amends.map({ !ids.contains($0) }) ?? true {
            var chain: [NoteRow] = []
            func walk(_ n: CaseNoteHeader, _ depth: Int) {
                chain.append(NoteRow(header: n, depth: depth))
                for c in (children[n.id] ?? []).sorted(by: { ($0.enteredAt, $0.id) < ($1.enteredAt, $1.id) }) { walk(c, depth + 1) }
            }
            walk(root, 0)
            if chain.contains(where: { passes($0.header) }) { out += chain }
        }
        return out
    }

    func passes(_ n: CaseNoteHeader) -> Bool {
        (type == nil || n.type == type) && (communication == nil || n.communication == communication)
            && (authorID == nil || n.authorID == authorID) && (matchingIDs?.contains(n.id) ?? true)
    }

    /// "Type: all · Communication: Phone · Author: all · Words: —"
    func summary(_ notes: [CaseNoteHeader]) -> String {
        let author = authorID.flatMap { id in notes.first { $0.authorID == id }?.authorName }
        return "Type: \(type ?? "all") · Communication: \(communication ?? "all") · Author: \(author ?? "all")"
    }

    // MARK: choosers (pure)

    mutating func openChooser(_ kind: Chooser, notes: [CaseNoteHeader]) {
        let labels: [String], values: [String?], current: String?
        switch kind {
        case .type:
            let all = Array(Set(notes.map(\.type))).sorted()
            labels = ["All types"] + all; values = [nil] + all; current = type
        case .communication:
            let all = Array(Set(notes.map(\.communication))).sorted()
            labels = ["All communications"] + all; values = [nil] + all; current = communication
        case .author:
            var seen: [Int64: String] = [:]
            for n in notes { seen[n.authorID] = n.authorName }
            let all = seen.sorted { $0.value < $1.value }
            labels = ["All authors"] + all.map(\.value); values = [nil] + all.map { String($0.key) }
            current = authorID.map(String.init)
        }
        var d = DropdownState(options: labels, selectedIndex: values.firstIndex(of: current) ?? 0)
        d.open()
        chooser = (kind, d, values)
    }

    /// Keys for the open chooser; true when a new choice was made (the selection should reset).
    mutating func handleChooser(_ key: Key) -> Bool {
        guard var c = chooser else { return false }
        let outcome = c.dropdown.handle(key)
        guard !c.dropdown.isOpen else { chooser = c; return false }
        chooser = nil
        guard outcome == .changed, let i = c.dropdown.selectedIndex else { return false }
        let value = c.values[i]
        switch c.kind {
        case .type: type = value
        case .communication: communication = value
        case .author: authorID = value.flatMap { Int64($0) }
        }
        return true
    }

    mutating func clear() {
        type = nil; communication = nil; authorID = nil
        search.text = ""; matchingIDs = nil; isSearching = false
    }
}
