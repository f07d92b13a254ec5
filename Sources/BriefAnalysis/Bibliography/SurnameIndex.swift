/// Sources by the folded surname of their first author, so that resolving a citation looks
/// at the few sources of one author instead of every source. The keys are already hashes
/// (``TextKey``), so the table is open-addressed on them directly, with each author's
/// sources chained through one array: no `Hasher`, and no array per author.
struct SurnameIndex {
    /// For each slot, an index into ``slotKeys``/``heads`` plus one, or 0 when empty.
    private var slots: [Int32] = []
    private var slotKeys: [UInt64] = []
    /// First source of each key, and for each source the next source with its key (-1 ends).
    private var heads: [Int] = []
    private var tails: [Int] = []
    private var next: [Int] = []

    init(_ keys: [SourceKeys] = []) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        for (index, key) in keys.enumerated() {
            if let surname = key.surname { add(surname, source: index) } else { next.append(-1) }
        }
    }

    /// Indexes of the sources whose first author has this surname key, ascending.
    func sources(_ surname: UInt64) -> Candidates {
        guard let entry = find(surname) else { return Candidates(links: [], current: -1) }
        return Candidates(links: next, current: heads[entry])
    }

    /// Adds source `source`, which must be the next index after those already added.
    mutating func add(_ surname: UInt64, source: Int) {
        while next.count < source { next.append(-1) }
        next.append(-1)
        if let entry = find(surname) {
            next[tails[entry]] = source
            tails[entry] = source
            return
        }
        if (slotKeys.count + 1) * 2 > slots.count { grow() }
        slotKeys.append(surname)
        heads.append(source)
        tails.append(source)
        insert(slotKeys.count - 1)
    }

    private func find(_ surname: UInt64) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: surname) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return nil }
            if slotKeys[stored - 1] == surname { return stored - 1 }
            slot = (slot + 1) & mask
        }
    }

    private mutating func insert(_ entry: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: slotKeys[entry]) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(truncatingIfNeeded: entry + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: max(16, slots.count * 2))
        for entry in slotKeys.indices { insert(entry) }
    }

    /// The sources of one surname, in ascending order.
    struct Candidates: Sequence, IteratorProtocol {
        fileprivate let links: [Int]
        fileprivate var current: Int

        var isEmpty: Bool { current < 0 }

        /// The single source, when there is exactly one.
        var only: Int? {
            guard current >= 0, links[current] < 0 else { return nil }
            return current
        }

        mutating func next() -> Int? {
            guard current >= 0 else { return nil }
            let value = current
            current = links[current]
            return value
        }
    }
}

/// How well a citation's title matches a source's title.
enum TitleMatch: Equatable {
    /// Same words, or the citation's words in order within the source's (a short title).
    case same
    /// Two thirds of the citation's words (two at least) appear in the source's title: the
    /// same work, written differently (BRF034). Fewer, and it is another work by the author.
    case similar
    case different

    static func compare(_ whole: ArraySlice<UInt64>, _ wholeListed: ArraySlice<UInt64>) -> TitleMatch {
        // Titles are short; a bound keeps a pathological one from costing its square.
        let cited = whole.prefix(64)
        let listed = wholeListed.prefix(256)
        if sameCloseness(cited, listed) != nil { return .same }
        var common = 0
        for word in cited where listed.contains(word) { common += 1 }
        return common * 3 >= cited.count * 2 && common >= 2 ? .similar : .different
    }

    /// How closely titles that match as ``same`` match, closest first: when several of an
    /// author's works match a citation, the closest is the one it cites (`Dutch Water Two`
    /// is that work, not `Dutch Water`, whose title merely opens it).
    enum Closeness: Int, Comparable {
        /// The cited words stand in order in the listed title: the title, or a short form.
        case words
        /// The listed title is the opening of the cited one: the entry leaves out a subtitle.
        case mainTitle
        /// The entry or the citation gives no title words.
        case untitled

        static func < (lhs: Closeness, rhs: Closeness) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// How the titles match as ``same``, or nil when they do not.
    static func sameCloseness(_ cited: ArraySlice<UInt64>, _ listed: ArraySlice<UInt64>) -> Closeness? {
        let cited = cited.prefix(64)
        let listed = listed.prefix(256)
        if cited.isEmpty || listed.isEmpty { return .untitled }
        if isSubsequence(cited, listed) { return .words }
        return isMainTitle(listed, of: cited) ? .mainTitle : nil
    }

    /// True when the listed title is the opening of the cited one, two words or more: the
    /// entry gives the title without its subtitle (`The Promise of a Four-Day Week?` for
    /// `The Promise of a Four-Day Week? A Critical Appraisal…`).
    private static func isMainTitle(_ listed: ArraySlice<UInt64>, of cited: ArraySlice<UInt64>) -> Bool {
        listed.count >= 2 && listed.count < cited.count && cited.starts(with: listed)
    }

    private static func isSubsequence(_ cited: ArraySlice<UInt64>, _ listed: ArraySlice<UInt64>) -> Bool {
        var position = listed.startIndex
        for word in cited {
            while position < listed.endIndex, listed[position] != word { position += 1 }
            if position == listed.endIndex { return false }
            position += 1
        }
        return true
    }
}
