import CaseloadCore
import GRDB

extension Site: AuditedRecord {
    public static let databaseTableName = "site"
    public enum Columns: String, ColumnExpression, Sendable { case id, name }

    public init(row: Row) throws {
        self.init(id: try row.at(Columns.id), name: try row.at(Columns.name))
    }
    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id; container[Columns.name] = name
    }
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension StaffMember: VersionedRecord {
    public static let databaseTableName = "staff"
    public enum Columns: String, ColumnExpression, Sendable {
        case id, username, fullName = "full_name", role, siteID = "site_id", isActive = "is_active", version
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(id: try row.at(C.id), username: try row.at(C.username), fullName: try row.at(C.fullName),
                  role: try row.at(C.role), siteID: try row.at(C.siteID), isActive: try row.at(C.isActive),
                  version: try row.at(C.version))
    }
    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.username] = username; container[C.fullName] = fullName
        container[C.role] = role; container[C.siteID] = siteID; container[C.isActive] = isActive
        container[C.version] = version
    }
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension ClosureDay: AuditedRecord {
    public static let databaseTableName = "closure_day"
    public enum Columns: String, ColumnExpression, Sendable { case id, siteID = "site_id", day, reason }

    public init(row: Row) throws {
        self.init(id: try row.at(Columns.id), siteID: try row.at(Columns.siteID),
                  day: try row.at(Columns.day), reason: try row.at(Columns.reason))
    }
    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id; container[Columns.siteID] = siteID
        container[Columns.day] = day; container[Columns.reason] = reason
    }
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension ValueListEntry: AuditedRecord {
    public static let databaseTableName = "value_list_entry"
    public enum Columns: String, ColumnExpression, Sendable { case id, kind, value, position, isActive = "is_active", template }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(id: try row.at(C.id), kind: try row.at(C.kind), value: try row.at(C.value),
                  position: try row.at(C.position), isActive: try row.at(C.isActive), template: try row.at(C.template))
    }
    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.kind] = kind; container[C.value] = value
        container[C.position] = position; container[C.isActive] = isActive; container[C.template] = template
    }
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension AuditEntry: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "audit"
    public enum Columns: String, ColumnExpression, Sendable {
        case id, at, staffID = "staff_id", action, recordType = "record_type", recordID = "record_id", changes, login
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(id: try row.at(C.id), at: try row.at(C.at), staffID: try row.at(C.staffID),
                  action: try row.at(C.action), recordType: try row.at(C.recordType),
                  recordID: try row.at(C.recordID), changes: try row.at(C.changes), login: try row.at(C.login))
    }
    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.at] = at; container[C.staffID] = staffID; container[C.action] = action
        container[C.recordType] = recordType; container[C.recordID] = recordID; container[C.changes] = changes
        container[C.login] = login
    }
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
