import CaseloadCore
import CaseloadStore
import TerminalKit

/// How a retired file (issue #19) says where its records went: on the line under the tabs of every
/// tab, and in full at the top of the Summary.
enum MergedFileNotice {
    /// "Merged into Silva, Ana (#12) on 2026-12-07 14:05 by Dana Lee because registered twice".
    static func sentence(_ pointer: MergePointer, format: ProfileFormat) -> String {
        "Merged into \(pointer.keptName) (#\(pointer.keptClientID)) on \(format.dateTime(pointer.mergedAt)) by \(pointer.mergedByName) because \(pointer.reason)"
    }

    /// The one line under the tabs: where it went and what Enter does first (80 columns cut the
    /// rest), then when, by whom and why as room allows.
    static func line(_ pointer: MergePointer, format: ProfileFormat) -> String {
        "Merged into \(pointer.keptName) (#\(pointer.keptClientID)), Enter opens it · on \(format.dateTime(pointer.mergedAt)) by \(pointer.mergedByName) because \(pointer.reason)"
    }

    /// In place of a status (header, Client Info): the status it had froze at the merge and means nothing now.
    static func status(_ pointer: MergePointer) -> String {
        "Merged into \(pointer.keptName) (#\(pointer.keptClientID))"
    }

    /// The Summary's first lines: the whole sentence, wrapped, and what Enter does.
    static func summaryLines(_ pointer: MergePointer, format: ProfileFormat, width: Int) -> [StyledLine] {
        StyledLine.field("Merged", sentence(pointer, format: format) + ".", labelWidth: SummaryTab.labelWidth, width: width, role: .warning)
            + StyledLine.field("", "This file is read-only. Enter opens the kept file, where its records now are.",
                               labelWidth: SummaryTab.labelWidth, width: width, role: .muted)
            + [StyledLine("")]
    }
}
