/// The longest run of items, in their order, whose keys never decrease, where each item may
/// be sorted under one of two keys (`de Gaulle` under D or under G). The items outside it are
/// the ones out of place: one entry filed too early or too late is one finding, however many
/// entries it stands before. Patience sorting, O(n log n).
enum SortedRun {
    /// For each item, true when it belongs to the longest sorted run. Ties keep the earlier
    /// items in the run, so of two entries in the wrong order the second is out of place.
    static func members(_ keys: [(first: [UInt8], second: [UInt8]?)]) -> [Bool] {
        // Walked from the end, looking for the longest run whose keys never increase: its
        // reverse is a longest sorted run, and ties then favour earlier items.
        var nodes: [(item: Int, key: [UInt8], previous: Int)] = []
        nodes.reserveCapacity(keys.count)
        var tails: [Int] = []
        for item in keys.indices.reversed() {
            var updates: [(slot: Int, node: Int)] = []
            for key in [keys[item].first, keys[item].second].compactMap({ $0 }) {
                // The first run whose last key is smaller than `key` is where `key` goes:
                // every run before it ends with a key at least as large, and so extends.
                var low = 0
                var high = tails.count
                while low < high {
                    let middle = (low + high) / 2
                    if nodes[tails[middle]].key.lexicographicallyPrecedes(key) { high = middle } else { low = middle + 1 }
                }
                nodes.append((item, key, low > 0 ? tails[low - 1] : -1))
                updates.append((low, nodes.count - 1))
            }
            for update in updates {
                if update.slot == tails.count {
                    tails.append(update.node)
                } else if nodes[tails[update.slot]].key.lexicographicallyPrecedes(nodes[update.node].key) {
                    tails[update.slot] = update.node
                }
            }
        }
        var member = [Bool](repeating: false, count: keys.count)
        var node = tails.last ?? -1
        while node >= 0 {
            member[nodes[node].item] = true
            node = nodes[node].previous
        }
        return member
    }
}
