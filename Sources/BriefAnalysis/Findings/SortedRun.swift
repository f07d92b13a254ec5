/// The longest run of items, in their order, whose keys never decrease, where each item may
/// be sorted under one of two keys (`de Gaulle` under D or under G). The items outside it are
/// the ones out of place: one entry filed too early or too late is one finding, however many
/// entries it stands before. Patience sorting, O(n log n).
enum SortedRun {
    private struct Node {
        var item: Int
        var second: Bool
        var previous: Int
    }

    /// For each item, true when it belongs to the longest sorted run. `keys[i]` is item i's
    /// key, `alternatives[i]` its other key, if any. Ties keep the earlier items in the run,
    /// so of two entries in the wrong order the second is out of place.
    static func members(_ keys: [[UInt8]], _ alternatives: [[UInt8]?]) -> [Bool] {
        if isSorted(keys, alternatives) { return [Bool](repeating: true, count: keys.count) }
        // Walked from the end, looking for the longest run whose keys never increase: its
        // reverse is a longest sorted run, and ties then favour earlier items.
        var nodes: [Node] = []
        nodes.reserveCapacity(keys.count)
        var tails: [Int] = []
        // The first eight letters of each key as one number settle nearly every comparison.
        let prefixes = keys.map(prefix)
        let alternativePrefixes = alternatives.map { $0.map(prefix) ?? 0 }
        func key(_ node: Node) -> [UInt8] { node.second ? alternatives[node.item] ?? keys[node.item] : keys[node.item] }
        func precedes(_ node: Node, _ item: Int, second: Bool) -> Bool {
            let left = node.second ? alternativePrefixes[node.item] : prefixes[node.item]
            let right = second ? alternativePrefixes[item] : prefixes[item]
            if left != right { return left < right }
            return key(node).lexicographicallyPrecedes(second ? alternatives[item] ?? keys[item] : keys[item])
        }
        /// Adds a node and returns the run it would end: the first run whose last key is
        /// smaller (every run before it ends with a key at least as large, and extends).
        func place(_ item: Int, second: Bool) -> (slot: Int, node: Int) {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(nodes[tails[middle]], item, second: second) { high = middle } else { low = middle + 1 }
            }
            nodes.append(Node(item: item, second: second, previous: low > 0 ? tails[low - 1] : -1))
            return (low, nodes.count - 1)
        }
        func apply(_ update: (slot: Int, node: Int)) {
            if update.slot == tails.count {
                tails.append(update.node)
            } else if precedes(nodes[tails[update.slot]], nodes[update.node].item, second: nodes[update.node].second) {
                tails[update.slot] = update.node
            }
        }
        for item in keys.indices.reversed() {
            // Both keys are placed against the runs as they were before this item, so that
            // an item never extends a run through itself.
            let first = place(item, second: false)
            let second = alternatives[item] == nil ? nil : place(item, second: true)
            apply(first)
            if let second { apply(second) }
        }
        var member = [Bool](repeating: false, count: keys.count)
        var node = tails.last ?? -1
        while node >= 0 {
            member[nodes[node].item] = true
            node = nodes[node].previous
        }
        return member
    }

    /// The first eight bytes of `key`, big-endian, zero-padded: numbers that order as the keys.
    private static func prefix(_ key: [UInt8]) -> UInt64 {
        var value: UInt64 = 0
        for index in 0..<8 { value = value << 8 | UInt64(index < key.count ? key[index] : 0) }
        return value
    }

    /// True when every item can take a key no smaller than the one before it (each takes
    /// the smallest that fits): the usual, well-ordered list, settled in one pass.
    private static func isSorted(_ keys: [[UInt8]], _ alternatives: [[UInt8]?]) -> Bool {
        // The key the previous item took: its index, and whether it took its alternative.
        var last = -1
        var lastTookAlternative = false
        for item in keys.indices {
            let fitsFirst: Bool
            let fitsSecond: Bool
            if last < 0 {
                (fitsFirst, fitsSecond) = (true, alternatives[item] != nil)
            } else {
                let lastKey = lastTookAlternative ? alternatives[last] ?? keys[last] : keys[last]
                fitsFirst = !keys[item].lexicographicallyPrecedes(lastKey)
                fitsSecond = alternatives[item].map { !$0.lexicographicallyPrecedes(lastKey) } ?? false
            }
            guard fitsFirst || fitsSecond else { return false }
            if fitsFirst, fitsSecond, let alternative = alternatives[item] {
                lastTookAlternative = alternative.lexicographicallyPrecedes(keys[item])
            } else {
                lastTookAlternative = fitsSecond
            }
            last = item
        }
        return true
    }
}
