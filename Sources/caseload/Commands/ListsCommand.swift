import ArgumentParser
import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// The value lists staff choose from (Communication, Type, …; domain.md: seeded, then the agency's
/// own) and the note template of each Type. Anyone may look; changes need an administrator (the
/// store refuses everyone else). Entries are retired, never deleted: old records still name them.
struct ListsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lists",
        abstract: "Show the value lists (Communication, Type, …); administrators add, retire, restore and reorder entries and set Type note templates.",
        subcommands: [Show.self, Add.self, Retire.self, Restore.self, Template.self, Move.self],
        defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the lists, or one list, in dropdown order (retired entries and Types with a note template marked).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("The list (default: all): \(ListName.all).", valueName: "kind")) var kind: String?

        func run() throws {
            let kinds = try kind.map { [try ListName.kind($0)] } ?? ValueListKind.allCases
            let db = try Opening.session(global, needs: nil).db
            print(try kinds.map { ListName.listing($0, try db.valueList($0, includeInactive: true)) }.joined(separator: "\n\n"))
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an entry at the end of a list (administrators).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("The list: \(ListName.all).", valueName: "kind")) var kind: String
        @Argument(help: ArgumentHelp("The new entry, as staff will see it in the dropdown.", valueName: "value")) var value: String
        @Option(help: ArgumentHelp("Type only: a UTF-8 text file that pre-fills the body of a new note of this Type (- reads standard input).",
                                   valueName: "file"))
        var templateFile: String?

        func run() throws {
            let kind = try ListName.kind(self.kind)
            if templateFile != nil && kind != .noteType {
                throw CommandError("only Type entries have a note template: drop --template-file, or add the entry to `type`")
            }
            let template = try templateFile.map(TemplateFile.read)
            let (db, actor) = try Opening.session(global, needs: .manageValueLists)
            let added: ValueListEntry
            do {
                added = try db.addValueListEntry(kind: kind, value: value, template: template, by: actor)
            } catch StoreError.invalid(let problems) {
                if let retired = try db.valueListEntry(kind: kind, value: value), !retired.isActive {
                    throw CommandError("'\(retired.value)' is already in \(kind.title), retired: restore it with "
                                       + "`caseload lists restore \(ListName.name(kind)) \(shellQuoted(retired.value))`")
                }
                throw CommandError(problems.map(\.message).joined(separator: " "))
            }
            let count = try db.valueList(kind, includeInactive: true).count
            let withTemplate = added.template.map { " with a note template (\(lineCount($0)) lines)" } ?? ""
            print("Added '\(added.value)' to \(kind.title) at position \(count) of \(count)\(withTemplate); it is offered from now on. "
                  + "Reorder with `caseload lists move \(ListName.name(kind)) \(shellQuoted(added.value)) --to N`.")
        }
    }

    struct Retire: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Stop offering an entry (administrators). Records that name it keep it; `restore` brings it back.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("The list: \(ListName.all).", valueName: "kind")) var kind: String
        @Argument(help: ArgumentHelp("The entry, as shown by `caseload lists show` (any case).", valueName: "value")) var value: String

        func run() throws { try setActive(false, global: global, kind: kind, value: value) }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Offer a retired entry again, at its old position (administrators).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("The list: \(ListName.all).", valueName: "kind")) var kind: String
        @Argument(help: ArgumentHelp("The entry, as shown by `caseload lists show` (any case).", valueName: "value")) var value: String

        func run() throws { try setActive(true, global: global, kind: kind, value: value) }
    }

    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a Type's note template; with --file set it, with --clear remove it (administrators).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("The Type, as shown by `caseload lists show type` (any case).", valueName: "type")) var type: String
        @Option(help: ArgumentHelp("A UTF-8 text file whose contents become the template (- reads standard input).", valueName: "file"))
        var file: String?
        @Flag(help: "Remove the template: new notes of this Type start empty.") var clear = false

        func run() throws {
            if file != nil && clear { throw CommandError("--file and --clear together: give one, or neither to print the template") }
            let text = try file.map(TemplateFile.read)
            // Anyone may print a template; the store refuses a change to one unless an administrator asks.
            let (db, actor) = try Opening.session(global, needs: nil)
            let entry = try ListName.entry(db, .noteType, type)
            let quoted = shellQuoted(entry.value)
            guard clear || text != nil else {
                if let template = entry.template {
                    print(template, terminator: template.hasSuffix("\n") ? "" : "\n")
                } else {
                    print("'\(entry.value)' has no note template: set one with `caseload lists template \(quoted) --file FILE`.")
                }
                return
            }
            let saved = try storeRefusal { try db.setNoteTemplate(type: entry.value, template: text, by: actor) }
            if let template = saved.template {
                print("Set the note template of '\(saved.value)' (\(lineCount(template)) lines): a new note of this Type starts with it. "
                      + "Print it with `caseload lists template \(quoted)`.")
            } else {
                print(entry.template == nil ? "'\(saved.value)' had no note template; nothing changed."
                                            : "Removed the note template of '\(saved.value)': new notes of this Type start empty.")
            }
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move an entry to position N (1 is first; retired entries count); the others shift and dropdowns follow (administrators).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("The list: \(ListName.all).", valueName: "kind")) var kind: String
        @Argument(help: ArgumentHelp("The entry, as shown by `caseload lists show` (any case).", valueName: "value")) var value: String
        @Option(help: ArgumentHelp("The new position, as numbered by `caseload lists show`.", valueName: "n")) var to: Int

        func run() throws {
            let kind = try ListName.kind(self.kind)
            let (db, actor) = try Opening.session(global, needs: .manageValueLists)
            let entry = try ListName.entry(db, kind, value)
            let before = try db.valueList(kind, includeInactive: true)
            let moved = try storeRefusal { try db.moveValueListEntry(id: entry.id!, to: to, by: actor) }
            if before.firstIndex(where: { $0.id == entry.id }).map({ $0 + 1 }) == to {
                print("'\(moved.value)' is already at position \(to) of \(kind.title); nothing changed.")
            } else {
                print("Moved '\(moved.value)' to position \(to) of \(before.count) in \(kind.title); the others shifted and dropdowns follow this order.")
            }
        }
    }
}

/// Retire and restore: the store keeps the last active entry of a required list and checks the role.
private func setActive(_ isActive: Bool, global: GlobalOptions, kind name: String, value: String) throws {
    let kind = try ListName.kind(name)
    let (db, actor) = try Opening.session(global, needs: .manageValueLists)
    let entry = try ListName.entry(db, kind, value)
    // Asked of the store even when nothing changes, so a role that may not edit lists is told so.
    let saved = try storeRefusal { try db.setValueListEntryActive(id: entry.id!, isActive: isActive, by: actor) }
    let command = "caseload lists \(isActive ? "retire" : "restore") \(ListName.name(kind)) \(shellQuoted(saved.value))"
    switch (entry.isActive, isActive) {
    case (true, true): print("'\(saved.value)' is already offered in \(kind.title); nothing changed.")
    case (false, false): print("'\(saved.value)' is already retired from \(kind.title); nothing changed.")
    case (true, false):
        print("Retired '\(saved.value)' from \(kind.title): no longer offered; records that name it keep it. Undo with `\(command)`.")
    case (false, true): print("Restored '\(saved.value)' to \(kind.title): offered again. Undo with `\(command)`.")
    }
}

/// How lists are named on the command line and shown.
enum ListName {
    /// The friendly name: `type` for note types, the stored name with dashes for the rest.
    static func name(_ kind: ValueListKind) -> String {
        kind == .noteType ? "type" : kind.rawValue.replacingOccurrences(of: "_", with: "-")
    }

    static var all: String { ValueListKind.allCases.map(name).joined(separator: ", ") }

    /// The friendly name, the stored name (`note_type`) or the title, in any case, singular or plural.
    static func kind(_ text: String) throws -> ValueListKind {
        func key(_ s: String) -> String {
            s.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: "-")
        }
        let wanted = key(text)
        for kind in ValueListKind.allCases {
            let names = [name(kind), key(kind.rawValue), key(kind.title)]
            if names.contains(wanted) || names.contains(where: { $0 + "s" == wanted }) { return kind }
        }
        throw CommandError("unknown list '\(text)': use one of \(all)")
    }

    static func entry(_ db: CaseloadDatabase, _ kind: ValueListKind, _ value: String) throws -> ValueListEntry {
        guard let entry = try db.valueListEntry(kind: kind, value: value) else {
            throw CommandError("\(kind.title) has no entry '\(value)': see `caseload lists show \(name(kind))`")
        }
        return entry
    }

    /// A heading, then one numbered line per entry in dropdown order, retired and templated ones marked.
    static func listing(_ kind: ValueListKind, _ entries: [ValueListEntry]) -> String {
        let retired = entries.filter { !$0.isActive }.count
        var heading = "\(kind.title) (\(name(kind))): \(entries.count) entries"
        if retired > 0 { heading += ", \(retired) retired" }
        if kind == .noteType { heading += "; \(entries.filter { $0.template != nil }.count) with a note template" }
        let numberWidth = String(entries.count).count
        let valueWidth = entries.map(\.value.terminalWidth).max() ?? 0
        let lines = entries.enumerated().map { index, entry in
            let marks = [entry.isActive ? nil : "retired", entry.template == nil ? nil : "template"].compactMap { $0 }
            let line = "  " + String(index + 1).padded(toWidth: numberWidth, alignRight: true) + "  "
                + entry.value.padded(toWidth: valueWidth) + "  " + marks.joined(separator: ", ")
            return String(line.reversed().drop(while: { $0 == " " }).reversed())
        }
        return ([heading] + lines).joined(separator: "\n")
    }
}

/// A template given as a file (or `-` for standard input).
enum TemplateFile {
    static func read(_ path: String) throws -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CommandError("no template file \(path): check the path")
            }
            if isFolder.boolValue { throw CommandError("\(path) is a folder: give the template's text file") }
            guard let read = FileManager.default.contents(atPath: path) else {
                throw CommandError("cannot read \(path): check its permissions")
            }
            data = read
        }
        let shown = path == "-" ? "standard input" : path
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandError("\(shown) is not UTF-8 text: save the template as UTF-8 and try again")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw CommandError("\(shown) is empty: write the template in it, or remove a template with `--clear`")
        }
        return text
    }
}

/// The store's field refusals as one line, without the form field names (a command has no fields).
private func storeRefusal<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch StoreError.invalid(let problems) {
        throw CommandError(problems.map(\.message).joined(separator: " "))
    }
}

private func lineCount(_ text: String) -> Int {
    text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
}

/// The value as it is typed in a shell: bare when safe, else in single quotes.
private func shellQuoted(_ value: String) -> String {
    let safe = value.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_./".unicodeScalars.contains($0) }
    return safe && !value.isEmpty ? value : "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
