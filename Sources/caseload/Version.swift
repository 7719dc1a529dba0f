/// Caseload's version, printed by `caseload --version` and written at the top of every log session.
/// The release step sets it (edit this line, commit, tag the commit `v` + the same number).
enum CaseloadVersion {
    static let number = "0.1.0"
}
