import CaseloadCore
import Foundation
import GRDB

/// The administrator-edited lists (Communication, Type, plan item types …).
/// Entries are never deleted, only retired: old records still name them.
extension CaseloadDatabase {
    /// Entries in the administrator's order; retired entries only when asked (old records show them).
    public func valueList(_ kind: ValueListKind, includeInactive: Bool = false) throws -> [ValueListEntry] {
        try read { db in try ValueListEntry.entries(kind, includeInactive: includeInactive).fetchAll(db) }
    }

    /// The body skeleton a new note of this Type starts with, if any.
    public func noteTemplate(forType type: String) throws -> String? {
        try read { db in
            try ValueListEntry.entries(.noteType, includeInactive: false)
                .filter(ValueListEntry.Columns.value == type).fetchOne(db)?.template
        }
    }

    /// The entry `value` names, retired ones included: the exact spelling first, else the entry that
    /// differs only in case or spacing ("job  fair" finds "Job Fair"). nil when there is none.
    public func valueListEntry(kind: ValueListKind, value: String) throws -> ValueListEntry? {
        try read { db in try ValueListEntry.named(kind, value, in: db) }
    }

    /// Adds an entry at the end of its list. The value is trimmed (inner spaces collapsed); empty,
    /// placeholder ("N/A", "-") and duplicate values (in any case) are refused; only Type entries
    /// take a template.
    public func addValueListEntry(kind: ValueListKind, value: String, template: String? = nil,
                                  by staff: StaffMember) throws -> ValueListEntry {
        try write { db in
            let actor = try acting(staff, needs: .manageValueLists, in: db)
            let value = try ValueListEntry.cleaned(value, kind: kind)
            let template = ValueListEntry.cleanedTemplate(template)
            if template != nil && kind != .noteType {
                throw ValueListEntry.refusal("template", "Only Type entries have a note template; \(kind.title) entries have none.")
            }
            if let existing = try ValueListEntry.named(kind, value, in: db) {
                throw ValueListEntry.refusal("value", existing.isActive
                    ? "'\(existing.value)' is already in \(kind.title): nothing to add."
                    : "'\(existing.value)' is already in \(kind.title), retired: restore it instead of adding it again.")
            }
            let last = try Int.fetchOne(db, ValueListEntry.filter(ValueListEntry.Columns.kind == kind)
                .select(max(ValueListEntry.Columns.position))) ?? 0
            var entry = ValueListEntry(kind: kind, value: value, position: last + 1, template: template)
            try db.insertAudited(&entry, by: actor, at: Date())
            return entry
        }
    }

    /// Retires (or brings back) an entry. Entries are never deleted: old records still name them.
    /// The last active entry of a list the store requires (Communication, Type …) stays.
    public func setValueListEntryActive(id: Int64, isActive: Bool, by staff: StaffMember) throws -> ValueListEntry {
        try write { db in
            let actor = try acting(staff, needs: .manageValueLists, in: db)
            var entry = try ValueListEntry.stored(id: id, in: db)
            if !isActive, entry.isActive, let neededFor = entry.kind.neededFor {
                let others = try ValueListEntry.entries(entry.kind, includeInactive: false)
                    .filter(ValueListEntry.Columns.id != id).fetchCount(db)
                if others == 0 {
                    let title = entry.kind.title
                    throw ValueListEntry.refusal("value", "'\(entry.value)' is the last active \(title) entry and \(neededFor): "
                                                 + "add or restore another \(title) entry first, then retire this one.")
                }
            }
            entry.isActive = isActive
            try db.updateAudited(entry, by: actor, at: Date())
            return entry
        }
    }

    /// Sets the body skeleton a new note of this Type starts with; nil (or blank) removes it.
    /// Retired Types keep theirs for when they are restored.
    public func setNoteTemplate(type: String, template: String?, by staff: StaffMember) throws -> ValueListEntry {
        let template = ValueListEntry.cleanedTemplate(template)
        return try write { db in
            let actor = try acting(staff, needs: .manageValueLists, in: db)
            guard var entry = try ValueListEntry.named(.noteType, type, in: db) else {
                let shown = type.trimmingCharacters(in: .whitespacesAndNewlines)
                throw ValueListEntry.refusal("type", "There is no Type '\(shown)': check the spelling, or add the Type first.")
            }
            entry.template = template
            try db.updateAudited(entry, by: actor, at: Date())
            return entry
        }
    }

    /// Moves an entry to `position` (1 is first) among its list's entries, retired ones included;
    /// the others shift and the list is numbered 1…n again. Dropdowns follow this order.
    public func moveValueListEntry(id: Int64, to position: Int, by staff: StaffMember) throws -> ValueListEntry {
        try write { db in
            let actor = try acting(staff, needs: .manageValueLists, in: db)
            let moved = try ValueListEntry.stored(id: id, in: db)
            var list = try ValueListEntry.entries(moved.kind, includeInactive: true).fetchAll(db)
            guard (1...list.count).contains(position) else {
                throw ValueListEntry.refusal("position", "\(moved.kind.title) has \(list.count) entries (retired ones included): "
                                             + "choose a position from 1 to \(list.count).")
            }
            list.removeAll { $0.id == id }
            list.insert(moved, at: position - 1)
            let now = Date()
            for (index, var entry) in list.enumerated() where entry.position != index + 1 {
                entry.position = index + 1
                try db.updateAudited(entry, by: actor, at: now)
            }
            return try ValueListEntry.stored(id: id, in: db)
        }
    }
}

extension ValueListKind {
    /// Why the store needs an active entry of this list (it refuses records without one), or nil
    /// when the list may be emptied.
    var neededFor: String? {
        switch self {
        case .communication, .noteType: return "every case note needs one (R-19)"
        case .contactMethod: return "contact attempts and checkpoints need one"
        case .planItemType: return "every plan item needs one"
        case .closureReason: return "closing an action plan needs one"
        case .referralServiceType: return "every referral out needs one"
        case .checkpointEvidence: return "recording a checkpoint needs one (R-25)"
        case .supportCategory, .employerSupportCategory, .endReason: return nil
        }
    }
}

extension ValueListEntry {
    static func entries(_ kind: ValueListKind, includeInactive: Bool) -> QueryInterfaceRequest<ValueListEntry> {
        var request = ValueListEntry.filter(Columns.kind == kind)
        if !includeInactive { request = request.filter(Columns.isActive == true) }
        return request.order(Columns.position, Columns.value)
    }

    /// The exact spelling first, else the first entry equal in any case and spacing.
    static func named(_ kind: ValueListKind, _ value: String, in db: Database) throws -> ValueListEntry? {
        let all = try entries(kind, includeInactive: true).fetchAll(db)
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if let exact = all.first(where: { $0.value == trimmed }) { return exact }
        let key = matchKey(value)
        return all.first { matchKey($0.value) == key }
    }

    static func stored(id: Int64, in db: Database) throws -> ValueListEntry {
        guard let entry = try ValueListEntry.fetchOne(db, key: id) else {
            throw StoreError.notFound(recordType: databaseTableName, id: id)
        }
        return entry
    }

    /// Words separated by single spaces, lowercased: "Job  fair " and "job Fair" are the same entry.
    static func matchKey(_ value: String) -> String { collapsed(value).lowercased() }

    static func collapsed(_ value: String) -> String {
        value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The value as stored, or the refusal: a dropdown choice is one line of real words.
    static func cleaned(_ raw: String, kind: ValueListKind) throws -> String {
        let value = collapsed(raw)
        guard !value.isEmpty else { throw refusal("value", "Enter a \(kind.title) value.") }
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw refusal("value", "The \(kind.title) value contains a control character: type it as plain text.")
        }
        if isPlaceholder(value) {
            throw refusal("value", "'\(value)' is a placeholder, not a \(kind.title) choice: name the choice in words staff will recognise.")
        }
        return value
    }

    /// R-06's placeholders ("N/A", "-", "TBD", "none" …) stand for no choice at all. "Refused" and
    /// "Declined", placeholders in a name field, are real answers in a list.
    static func isPlaceholder(_ value: String) -> Bool {
        let key = String(value.lowercased().filter { $0.isLetter || $0.isNumber })
        return PlaceholderCheck.isPlaceholder(value) && !["refused", "declined"].contains(key)
    }

    /// Line endings as the note editor keeps them; a blank template is no template.
    static func cleanedTemplate(_ raw: String?) -> String? {
        guard var text = raw else { return nil }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
    }

    static func refusal(_ field: String, _ message: String) -> StoreError {
        .invalid([FieldError(field: field, message: message)])
    }
}

extension Database {
    /// Refuses a value that is not an active entry of its list (empty included: the field is required).
    func requireActive(_ kind: ValueListKind, _ value: String) throws {
        let found = try ValueListEntry.entries(kind, includeInactive: false)
            .filter(ValueListEntry.Columns.value == value).fetchCount(self)
        if found == 0 { throw StoreError.notInValueList(kind: kind, value: value) }
    }
}
