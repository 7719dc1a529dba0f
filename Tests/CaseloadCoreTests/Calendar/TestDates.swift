@testable import CaseloadCore

/// `d("2025-12-24")`: test tables read as ISO dates; a typo fails loudly rather than silently.
func d(_ iso: String) -> LocalDate {
    guard let date = LocalDate(iso: iso) else { fatalError("bad test date \(iso)") }
    return date
}
