import Synchronization

/// The soft-wrapped rows of an editor's text at one width, kept between keys and frames. Wrapping
/// is the one part of the editor whose cost grows with the text: a key and the frame after it used
/// to wrap the whole text seven times (a 20,000-character note took 21 ms a key in a release build);
/// with the cache it is wrapped once per change.
///
/// Keyed by a revision number that is unique across every editor (`nextRevision`), so copies of an
/// editor that share the cache but have since been edited apart never read each other's rows.
final class WrapCache: Sendable {
    private struct Entry: Sendable { let revision: Int; let width: Int; let wrap: SoftWrap }
    private let entry = Mutex<Entry?>(nil)
    private let builds = Atomic<Int>(0)
    private static let revisions = Atomic<Int>(0)

    /// How many times the text was wrapped: what the tests read to see the cache work.
    var buildCount: Int { builds.load(ordering: .relaxed) }

    /// A revision no editor has had yet.
    static func nextRevision() -> Int { revisions.wrappingAdd(1, ordering: .relaxed).newValue }

    func wrap(_ chars: [Character], revision: Int, width: Int) -> SoftWrap {
        if let hit = entry.withLock({ $0 }), hit.revision == revision, hit.width == width { return hit.wrap }
        let wrap = SoftWrap(chars, width: width)
        builds.add(1, ordering: .relaxed)
        entry.withLock { $0 = Entry(revision: revision, width: width, wrap: wrap) }
        return wrap
    }
}
