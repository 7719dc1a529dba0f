import CaseloadCore
import Foundation
import GRDB

/// The administrator-edited lists (Communication, Type, plan item types …).
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

    public func addValueListEntry(kind: ValueListKind, value: String, template: String? = nil,
                                  by staff: StaffMember) throws -> ValueListEntry {
        let value = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { throw StoreError.invalid([.init(field: "value", message: "Enter a value.")]) }
        return try write { db in
            let actor = try acting(staff, needs: .manageValueLists, in: db)
            if try ValueListEntry.filter(ValueListEntry.Columns.kind == kind && ValueListEntry.Columns.value == value)
                .fetchOne(db) != nil {
                throw StoreError.invalid([.init(field: "value", message: "'\(value)' is already in \(kind.title); reactivate it instead.")])
            }
            let last = try Int.fetchOne(db, ValueListEntry.filter(ValueListEntry.Columns.kind == kind)
                .select(max(ValueListEntry.Columns.position))) ?? 0
            var entry = ValueListEntry(kind: kind, value: value, position: last + 1, template: template)
            try db.insertAudited(&entry, by: actor, at: Date())
            return entry
        }
    }

    /// Retires (or brings back) an entry. Entries are never deleted: old records still name them.
    public func setValueListEntryActive(id: Int64, isActive: Bool, by staff: StaffMember) throws -> ValueListEntry {
        try write { db in
            let actor = try acting(staff, needs: .manageValueLists, in: db)
            guard var entry = try ValueListEntry.fetchOne(db, key: id) else {
                throw StoreError.notFound(recordType: ValueListEntry.databaseTableName, id: id)
            }
            entry.isActive = isActive
            try db.updateAudited(entry, by: actor, at: Date())
            return entry
        }
    }
}

extension ValueListEntry {
    static func entries(_ kind: ValueListKind, includeInactive: Bool) -> QueryInterfaceRequest<ValueListEntry> {
        var request = ValueListEntry.filter(Columns.kind == kind)
        if !includeInactive { request = request.filter(Columns.isActive == true) }
        return request.order(Columns.position, Columns.value)
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
