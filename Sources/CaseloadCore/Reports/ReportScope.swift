/// Whose figures: the whole agency, one site's clients, or one caseworker's clients (by the
/// client's site and caseworker as recorded now).
public enum ReportScope: Hashable, Sendable {
    case agency
    case site(Int64)
    case caseworker(Int64)
}
