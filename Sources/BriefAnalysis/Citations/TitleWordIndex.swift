/// Sources by the surname of their first author *and* one word of their title, for the
/// surnames with many sources.
///
/// A citation's title is the ``TitleMatch/same`` as a source's only when the source's title
/// holds the cited title's first two words (a short title's words all stand in the full
/// title; a main title is the opening of the cited one), or when the source has no title
/// words at all. So the sources worth comparing are those listed under the rarer of those
/// two words, plus the untitled ones, instead of every work of the author: in a long
/// bibliography with many works per surname, resolution stays linear. An author with a
/// few works is cheaper to scan than to index.
struct TitleWordIndex {
    /// Open-addressed on the combined key; each slot holds an entry index plus one, 0 empty.
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    private var entryKeys: [UInt64] = []
    /// Each entry's first and last posting, and how many it has.
    private var heads: [Int32] = []
    private var tails: [Int32] = []
    private var counts: [Int32] = []
    /// Postings: a source, and the next posting of the same entry (-1 ends).
    private var postingSource: [Int32] = []
    private var postingNext: [Int32] = []
    /// For each source, how many sources of its surname come before it.
    private(set) var ranks: [Int32] = []

    /// The word standing for "no title words" and the one counting a surname's sources:
    /// keys the title pool cannot produce collide with a real word at worst, which only
    /// adds sources to compare.
    private static let untitled: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let everySource: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    /// Words of a title indexed, as ``TitleMatch`` compares no more.
    static let wordsPerTitle = 256
    /// Surnames with more sources than this have their titles' words indexed.
    static let indexedAbove = 16

    init() {}

    /// Counts every surname's sources, then indexes the title words of the sources of
    /// surnames with more than ``indexedAbove``.
    init(_ keys: [SourceKeys], words: [UInt64]) {
        var capacity = 64
        while capacity < keys.count * 4 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        ranks.reserveCapacity(keys.count)
        for key in keys {
            guard let surname = key.surname else {
                ranks.append(0)
                continue
            }
            ranks.append(insert(Self.combine(surname, Self.everySource), ranks.count))
        }
        for (source, key) in keys.enumerated() {
            guard let surname = key.surname, isIndexed(surname) else { continue }
            addWords(source: source, surname: surname, title: words[key.titleWords])
        }
    }

    /// True when the titles of `surname`'s sources are indexed: look them up with
    /// ``candidates(surname:first:second:)``; else scan them.
    func isIndexed(_ surname: UInt64) -> Bool {
        guard let entry = find(Self.combine(surname, Self.everySource)) else { return false }
        return counts[entry] > Self.indexedAbove
    }

    private mutating func addWords(source: Int, surname: UInt64, title: ArraySlice<UInt64>) {
        let words = title.prefix(Self.wordsPerTitle)
        if words.isEmpty {
            _ = insert(Self.combine(surname, Self.untitled), source)
            return
        }
        for word in words {
            // A word met twice in one title is one posting.
            _ = insert(Self.combine(surname, word), source)
        }
    }

    /// The sources to compare for a citation of `surname` whose title opens with `first`
    /// (and `second`): ascending, each list at most once per source.
    func candidates(surname: UInt64, first: UInt64, second: UInt64?) -> (titled: Postings, untitled: Postings) {
        var titled = postings(Self.combine(surname, first))
        if let second {
            let other = postings(Self.combine(surname, second))
            if other.count < titled.count { titled = other }
        }
        return (titled, postings(Self.combine(surname, Self.untitled)))
    }

    private func postings(_ key: UInt64) -> Postings {
        guard let entry = find(key) else { return Postings(sources: [], links: [], current: -1, count: 0) }
        return Postings(sources: postingSource, links: postingNext, current: Int(heads[entry]), count: Int(counts[entry]))
    }

    /// Appends `source` to the entry of `key` unless it is already its last; returns how many
    /// postings the entry had before.
    private mutating func insert(_ key: UInt64, _ source: Int) -> Int32 {
        let posting = Int32(truncatingIfNeeded: postingSource.count)
        if let entry = find(key) {
            let before = counts[entry]
            if postingSource[Int(tails[entry])] == Int32(truncatingIfNeeded: source) { return before }
            postingSource.append(Int32(truncatingIfNeeded: source))
            postingNext.append(-1)
            postingNext[Int(tails[entry])] = posting
            tails[entry] = posting
            counts[entry] = before + 1
            return before
        }
        if (entryKeys.count + 1) * 2 > slots.count { grow() }
        postingSource.append(Int32(truncatingIfNeeded: source))
        postingNext.append(-1)
        entryKeys.append(key)
        heads.append(posting)
        tails.append(posting)
        counts.append(1)
        place(entryKeys.count - 1)
        return 0
    }

    private func find(_ key: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return nil }
            if entryKeys[stored - 1] == key { return stored - 1 }
            slot = (slot + 1) & mask
        }
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entryKeys[entry] >> 7) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(truncatingIfNeeded: entry + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for entry in entryKeys.indices { place(entry) }
    }

    /// The surname and word keys are already hashes; a multiply mixes them so that one
    /// surname's words spread over the table.
    private static func combine(_ surname: UInt64, _ word: UInt64) -> UInt64 {
        (surname &* 0xFF51_AFD7_ED55_8CCD) ^ word
    }

    /// One entry's sources, ascending.
    struct Postings: Sequence, IteratorProtocol {
        fileprivate let sources: [Int32]
        fileprivate let links: [Int32]
        fileprivate var current: Int
        let count: Int

        mutating func next() -> Int? {
            guard current >= 0, current < sources.count else { return nil }
            let value = Int(sources[current])
            current = Int(links[current])
            return value
        }
    }
}
