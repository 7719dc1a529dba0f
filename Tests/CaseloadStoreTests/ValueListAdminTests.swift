import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Administrators editing the value lists and Type templates, on a real file: every change is
/// audited, every refusal says why and changes nothing.
@Suite struct ValueListAdminTests {
    static let jobFairTemplate = "Employer:\r\nRoles discussed:\r\nFollow-up booked:\r\n"

    /// The audit rows of value-list entries, oldest first.
    private func audit(_ f: Fixture) throws -> [AuditEntry] {
        try f.db.pool.read { db in
            try AuditEntry.filter(AuditEntry.Columns.recordType == "value_list_entry").order(AuditEntry.Columns.id).fetchAll(db)
        }
    }

    /// An audit row's changes: {"field": [old, new]} for updates.
    private func changes(_ entry: AuditEntry?) throws -> [String: [Any]] {
        let object = try JSONSerialization.jsonObject(with: Data((entry?.changes ?? "{}").utf8)) as? [String: Any] ?? [:]
        return object.compactMapValues { $0 as? [Any] }
    }

    private func refusal(_ error: StoreError?) -> String {
        guard case .invalid(let problems)? = error else { return "not a refusal: \(String(describing: error))" }
        return problems.map(\.message).joined(separator: " ")
    }

    @Test func anAddedTypeIsTrimmedOfferedLastWithItsTemplateAndAudited() throws {
        let f = try Fixture()
        let added = try f.db.addValueListEntry(kind: .noteType, value: "  Job   Fair ", template: Self.jobFairTemplate, by: f.admin)
        #expect(added.value == "Job Fair")
        #expect(added.position == ValueListKind.noteType.seedValues.count + 1)
        #expect(added.template == "Employer:\nRoles discussed:\nFollow-up booked:\n", "line endings as the note editor keeps them")
        #expect(try f.db.valueList(.noteType).last == added)
        #expect(try f.db.noteTemplate(forType: "Job Fair") == added.template)
        #expect(try f.db.valueListEntry(kind: .noteType, value: "job fair") == added)
        #expect(try f.db.valueListEntry(kind: .noteType, value: " JOB  FAIR") == added)
        #expect(try f.db.valueListEntry(kind: .communication, value: "Job Fair") == nil)

        let rows = try f.db.audit(recordType: "value_list_entry", recordID: added.id!)
        #expect(rows.map(\.action) == ["insert"])
        #expect(rows.first?.staffID == f.admin.id)
        #expect(rows.first?.changes.contains("Job Fair") == true)
    }

    @Test(arguments: ["", "   ", "N/A", "n/a", "-", "?", "TBD", "none", "Unknown", "xxx"])
    func emptyAndPlaceholderValuesAreRefused(_ value: String) throws {
        let f = try Fixture()
        let error = storeError { _ = try f.db.addValueListEntry(kind: .communication, value: value, by: f.admin) }
        let message = refusal(error)
        #expect(message.contains("placeholder") || message == "Enter a Communication value.", "\(message)")
        #expect(try f.db.valueList(.communication, includeInactive: true).count == ValueListKind.communication.seedValues.count)
        #expect(try audit(f).isEmpty)
    }

    @Test func seededValuesAndRealAnswersAreNotPlaceholders() throws {
        for kind in ValueListKind.allCases {
            for value in kind.seedValues { #expect(try ValueListEntry.cleaned(value, kind: kind) == value) }
        }
        let f = try Fixture()
        #expect(try f.db.addValueListEntry(kind: .closureReason, value: "Declined", by: f.admin).value == "Declined")
        #expect(try f.db.addValueListEntry(kind: .communication, value: "Courriel 王", by: f.admin).value == "Courriel 王")
        #expect(refusal(storeError { _ = try f.db.addValueListEntry(kind: .communication, value: "Fax\u{7}", by: f.admin) })
                .contains("control character"))
    }

    @Test func aDuplicateInAnyCaseIsRefusedAndARetiredOneIsToBeRestored() throws {
        let f = try Fixture()
        #expect(refusal(storeError { _ = try f.db.addValueListEntry(kind: .communication, value: " phone ", by: f.admin) })
                == "'Phone' is already in Communication: nothing to add.")
        let phone = try #require(try f.db.valueListEntry(kind: .communication, value: "Phone"))
        _ = try f.db.setValueListEntryActive(id: phone.id!, isActive: false, by: f.admin)
        #expect(refusal(storeError { _ = try f.db.addValueListEntry(kind: .communication, value: "PHONE", by: f.admin) })
                == "'Phone' is already in Communication, retired: restore it instead of adding it again.")
        // The same word in another list is another entry.
        #expect(try f.db.valueListEntry(kind: .contactMethod, value: "phone")?.isActive == true)
        #expect(try f.db.valueList(.communication, includeInactive: true).filter { $0.value.lowercased() == "phone" }.count == 1)
    }

    @Test func onlyAdministratorsEditListsAndTemplates() throws {
        let f = try Fixture()
        let general = try #require(try f.db.valueListEntry(kind: .noteType, value: "General"))
        for who in [f.caseworker, f.supervisor, f.frontDesk] {
            #expect(storeError { _ = try f.db.addValueListEntry(kind: .noteType, value: "Job Fair", by: who) } == .notPermitted(.manageValueLists))
            #expect(storeError { _ = try f.db.setValueListEntryActive(id: general.id!, isActive: false, by: who) } == .notPermitted(.manageValueLists))
            #expect(storeError { _ = try f.db.setNoteTemplate(type: "General", template: "Purpose:\n", by: who) } == .notPermitted(.manageValueLists))
            #expect(storeError { _ = try f.db.moveValueListEntry(id: general.id!, to: 1, by: who) } == .notPermitted(.manageValueLists))
            // Asked first, before any other check: a refused role learns nothing else.
            #expect(storeError { _ = try f.db.addValueListEntry(kind: .noteType, value: "N/A", by: who) } == .notPermitted(.manageValueLists))
        }
        #expect(StoreError.notPermitted(.manageValueLists).message == "Only an administrator edits value lists.")
        #expect(try f.db.valueListEntry(kind: .noteType, value: "General") == general)
        #expect(try f.db.valueListEntry(kind: .noteType, value: "Job Fair") == nil)
        #expect(try audit(f).isEmpty)
    }

    @Test func onlyTypeEntriesHaveTemplates() throws {
        let f = try Fixture()
        #expect(refusal(storeError { _ = try f.db.addValueListEntry(kind: .communication, value: "Fax", template: "To:\n", by: f.admin) })
                == "Only Type entries have a note template; Communication entries have none.")
        #expect(try f.db.valueListEntry(kind: .communication, value: "Fax") == nil)
        // "Phone" is a Communication and a contact method, not a Type.
        #expect(refusal(storeError { _ = try f.db.setNoteTemplate(type: "Phone", template: "To:\n", by: f.admin) })
                == "There is no Type 'Phone': check the spelling, or add the Type first.")
        // A blank template is no template, on any list.
        #expect(try f.db.addValueListEntry(kind: .communication, value: "Fax", template: " \n", by: f.admin).template == nil)
        #expect(try audit(f).map(\.action) == ["insert"])
    }

    @Test func aTypesTemplateIsSetReplacedAndClearedWithAnAuditRowEach() throws {
        let f = try Fixture()
        let set = try f.db.setNoteTemplate(type: "general", template: "Purpose:\nOutcome:\n", by: f.admin)
        #expect(set.value == "General" && set.template == "Purpose:\nOutcome:\n")
        #expect(try f.db.noteTemplate(forType: "General") == "Purpose:\nOutcome:\n")
        let consent = try f.db.setNoteTemplate(type: "Consent", template: "\u{FEFF}Topic:\r\nGiven or withdrawn:\r\n", by: f.admin)
        #expect(consent.template == "Topic:\nGiven or withdrawn:\n")
        let cleared = try f.db.setNoteTemplate(type: "General", template: nil, by: f.admin)
        #expect(cleared.template == nil)
        #expect(try f.db.noteTemplate(forType: "General") == nil)
        // Clearing what is already clear writes nothing.
        _ = try f.db.setNoteTemplate(type: "General", template: "  ", by: f.admin)

        let rows = try f.db.audit(recordType: "value_list_entry", recordID: set.id!)
        #expect(rows.map(\.action) == ["update", "update"])
        let first = try changes(rows.first)
        #expect(first.keys.sorted() == ["template"])
        #expect(first["template"]?.last as? String == "Purpose:\nOutcome:\n")
        #expect(try changes(rows.last)["template"]?.last is NSNull)
        #expect(try f.db.audit(recordType: "value_list_entry", recordID: consent.id!).map(\.action) == ["update"])
    }

    @Test func retiringAndRestoringKeepThePlaceAndAreAudited() throws {
        let f = try Fixture()
        let email = try #require(try f.db.valueListEntry(kind: .communication, value: "Email"))
        let retired = try f.db.setValueListEntryActive(id: email.id!, isActive: false, by: f.admin)
        #expect(!retired.isActive && retired.position == email.position)
        #expect(try !f.db.valueList(.communication).map(\.value).contains("Email"), "no longer offered")
        #expect(try f.db.valueListEntry(kind: .communication, value: "email") == retired, "still found: old records name it")
        let restored = try f.db.setValueListEntryActive(id: email.id!, isActive: true, by: f.admin)
        #expect(restored == email)
        #expect(try f.db.valueList(.communication).map(\.value) == ValueListKind.communication.seedValues)

        let rows = try f.db.audit(recordType: "value_list_entry", recordID: email.id!)
        #expect(rows.map(\.action) == ["update", "update"])
        #expect(try changes(rows.first)["is_active"]?.map { ($0 as? NSNumber)?.intValue } == [1, 0])
        #expect(try changes(rows.last)["is_active"]?.map { ($0 as? NSNumber)?.intValue } == [0, 1])
    }

    @Test(arguments: [ValueListKind.communication, .noteType])
    func theLastActiveEntryOfARequiredListStays(_ kind: ValueListKind) throws {
        let f = try Fixture()
        let entries = try f.db.valueList(kind)
        for entry in entries.dropLast() { _ = try f.db.setValueListEntryActive(id: entry.id!, isActive: false, by: f.admin) }
        let last = try #require(entries.last)
        let auditedBefore = try audit(f).count
        #expect(refusal(storeError { _ = try f.db.setValueListEntryActive(id: last.id!, isActive: false, by: f.admin) })
                == "'\(last.value)' is the last active \(kind.title) entry and every case note needs one (R-19): "
                + "add or restore another \(kind.title) entry first, then retire this one.")
        #expect(try f.db.valueList(kind).map(\.value) == [last.value])
        #expect(try audit(f).count == auditedBefore)

        // With another one offered, it may go.
        _ = try f.db.setValueListEntryActive(id: entries[0].id!, isActive: true, by: f.admin)
        #expect(try !f.db.setValueListEntryActive(id: last.id!, isActive: false, by: f.admin).isActive)
        #expect(try f.db.valueList(kind).map(\.value) == [entries[0].value])
    }

    @Test func aListNoRecordRequiresMayBeEmptied() throws {
        let f = try Fixture()
        for entry in try f.db.valueList(.supportCategory) {
            _ = try f.db.setValueListEntryActive(id: entry.id!, isActive: false, by: f.admin)
        }
        #expect(try f.db.valueList(.supportCategory).isEmpty)
        #expect(try f.db.valueList(.supportCategory, includeInactive: true).count == ValueListKind.supportCategory.seedValues.count)
    }

    @Test func movingAnEntryShiftsTheOthersAndTheDropdownFollows() throws {
        let f = try Fixture()
        let seeds = ValueListKind.noteType.seedValues
        let jobFair = try f.db.addValueListEntry(kind: .noteType, value: "Job Fair", by: f.admin)
        let intake = try #require(try f.db.valueListEntry(kind: .noteType, value: "Intake"))
        let auditedBefore = try audit(f).count

        let moved = try f.db.moveValueListEntry(id: jobFair.id!, to: 1, by: f.admin)
        #expect(moved.position == 1)
        #expect(try f.db.valueList(.noteType).map(\.value) == ["Job Fair"] + seeds)
        #expect(try f.db.valueList(.noteType, includeInactive: true).map(\.position) == Array(1...seeds.count + 1))
        // One audit row per entry whose place changed: all of them here.
        #expect(try audit(f).count == auditedBefore + seeds.count + 1)
        #expect(try changes(f.db.audit(recordType: "value_list_entry", recordID: jobFair.id!).last)["position"]?
            .map { ($0 as? NSNumber)?.intValue } == [seeds.count + 1, 1])
        #expect(try changes(f.db.audit(recordType: "value_list_entry", recordID: intake.id!).last)["position"]?
            .map { ($0 as? NSNumber)?.intValue } == [1, 2])

        // Retired entries keep a place (they come back there); the active ones offered follow the order.
        _ = try f.db.setValueListEntryActive(id: intake.id!, isActive: false, by: f.admin)
        let general = try #require(try f.db.valueListEntry(kind: .noteType, value: "General"))
        _ = try f.db.moveValueListEntry(id: general.id!, to: 3, by: f.admin)
        #expect(try f.db.valueList(.noteType, includeInactive: true).prefix(4).map(\.value) == ["Job Fair", "Intake", "General", "Common Assessment"])
        #expect(try f.db.valueList(.noteType).prefix(3).map(\.value) == ["Job Fair", "General", "Common Assessment"])

        // Where it already is: nothing written.
        let before = try audit(f).count
        _ = try f.db.moveValueListEntry(id: general.id!, to: 3, by: f.admin)
        #expect(try audit(f).count == before)
    }

    @Test(arguments: [0, -1, 18])
    func aPositionOutsideTheListIsRefused(_ position: Int) throws {
        let f = try Fixture()
        let general = try #require(try f.db.valueListEntry(kind: .noteType, value: "General"))
        #expect(refusal(storeError { _ = try f.db.moveValueListEntry(id: general.id!, to: position, by: f.admin) })
                == "Type has 17 entries (retired ones included): choose a position from 1 to 17.")
        #expect(try f.db.valueList(.noteType).map(\.value) == ValueListKind.noteType.seedValues)
        #expect(storeError { _ = try f.db.moveValueListEntry(id: 99_999, to: 1, by: f.admin) } == .notFound(recordType: "value_list_entry", id: 99_999))
    }
}
