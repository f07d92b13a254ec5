/// Sources by the folded surname of their first author, so that resolving a citation looks
/// at the few sources of one author instead of every source.
struct SurnameIndex {
    private var table: [UInt64: [Int]] = [:]

    init(_ keys: [SourceKeys]) {
        table.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() {
            if let surname = key.surname { table[surname, default: []].append(index) }
        }
    }

    /// Indexes of the sources whose first author has this surname key, ascending.
    func sources(_ surname: UInt64) -> [Int] {
        table[surname] ?? []
    }

    mutating func add(_ surname: UInt64, source: Int) {
        table[surname, default: []].append(source)
    }
}

/// How well a citation's title matches a source's title.
enum TitleMatch: Equatable {
    /// Same words, or the citation's words in order within the source's (a short title).
    case same
    /// At least half the citation's words appear in the source's title: the same work,
    /// written differently (BRF034).
    case similar
    case different

    static func compare(_ cited: [UInt64], _ listed: [UInt64]) -> TitleMatch {
        if cited.isEmpty || listed.isEmpty { return .same }
        if isSubsequence(cited, listed) { return .same }
        var common = 0
        for word in cited where listed.contains(word) { common += 1 }
        return common * 2 >= cited.count && common >= 2 ? .similar : .different
    }

    private static func isSubsequence(_ cited: [UInt64], _ listed: [UInt64]) -> Bool {
        var position = 0
        for word in cited {
            while position < listed.count, listed[position] != word { position += 1 }
            if position == listed.count { return false }
            position += 1
        }
        return true
    }
}
