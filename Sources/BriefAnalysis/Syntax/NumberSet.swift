/// A set of integers for the parsers and note rules: note numbers are small and dense, so a
/// bit array holds them without the hashing of `Set<Int>`; the rare large or negative
/// number goes to a `Set`.
struct NumberSet {
    private var words: [UInt64] = []
    private var others: Set<Int> = []
    /// Numbers below this live in `words` (at most 128 KiB of bits).
    private static let denseLimit = 1 << 20

    /// Inserts `number`; true when it was not in the set before.
    @discardableResult
    mutating func insert(_ number: Int) -> Bool {
        guard number >= 0, number < Self.denseLimit else { return others.insert(number).inserted }
        let word = number >> 6
        if word >= words.count {
            words.append(contentsOf: repeatElement(0, count: max(word + 1, words.count * 2) - words.count))
        }
        let bit = UInt64(1) << UInt64(number & 63)
        let before = words[word]
        words[word] = before | bit
        return before & bit == 0
    }

    func contains(_ number: Int) -> Bool {
        guard number >= 0, number < Self.denseLimit else { return others.contains(number) }
        let word = number >> 6
        return word < words.count && words[word] & (UInt64(1) << UInt64(number & 63)) != 0
    }
}
