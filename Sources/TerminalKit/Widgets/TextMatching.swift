import Foundation

/// Case- and accent-insensitive matching for type-to-search ("cote" finds "Côté").
public enum TextMatching {
    /// Lower-cased text with diacritics removed.
    public static func folded(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// Indices of `options` containing `query`: those starting with it first, then the rest, each in original order.
    public static func filter(_ options: [String], by query: String) -> [Int] {
        let q = folded(query)
        guard !q.isEmpty else { return Array(options.indices) }
        let folded = options.map(Self.folded)
        let prefix = folded.indices.filter { folded[$0].hasPrefix(q) }
        let inside = folded.indices.filter { !folded[$0].hasPrefix(q) && folded[$0].contains(q) }
        return prefix + inside
    }
}
