/// BRF040–BRF041: the bibliography's order and the shape of its first authors' names.
/// Neither applies to a numbered reference list, ordered by number and often written
/// given name first.
enum OrderRules {
    /// What the order rules look at: the bibliography alone, so they run before any
    /// citation is resolved.
    struct Context {
        let parsed: ParsedBrief
        let bytes: UnsafeBufferPointer<UInt8>
        let catalog: SourceCatalog
    }

    static func check(_ context: Context, _ findings: inout [Finding]) {
        guard !context.parsed.isReferenceList else { return }
        nameShapes(context, &findings)
        alphabeticalOrder(context, &findings)
    }

    /// BRF041: `MICHAEL R. GORDON. 2015. …` rather than `GORDON, MICHAEL R. 2015. …`.
    private static func nameShapes(_ context: Context, _ findings: inout [Finding]) {
        for index in 0..<context.catalog.entryCount {
            guard let author = context.catalog.sources[index].authors.first, !author.isInverted, let given = author.given else { continue }
            findings.append(Finding(
                .authorNotInverted, author.range,
                "Write the first author’s surname first, as “\(author.surname), \(given)”, so the entry sorts by surname"))
        }
    }

    /// BRF040: the entries outside the longest alphabetical run of their list, so that one
    /// entry out of place is one finding. Entries under different headings are separate
    /// lists. A surname with particles (`de Gaulle`, `van der Berg`) may sort under either.
    private static func alphabeticalOrder(_ context: Context, _ findings: inout [Finding]) {
        let headings = context.parsed.headings.map(\.lineRange.lowerBound).sorted()
        var nextHeading = 0
        var list = SortList()
        for index in 0..<context.catalog.entryCount {
            let source = context.catalog.sources[index]
            var crossedHeading = false
            while nextHeading < headings.count, headings[nextHeading] < source.range.lowerBound {
                nextHeading += 1
                crossedHeading = true
            }
            if crossedHeading {
                report(context, list, &findings)
                list = SortList()
            }
            guard let keyRange = context.catalog.keys[index].firstAuthor?.keyRange,
                  let nameStart = context.catalog.keys[index].firstAuthor?.name.range.lowerBound else { continue }
            list.indexes.append(index)
            list.keys.append(sortKey(context.bytes, keyRange))
            list.alternatives.append(particleKey(context.bytes, nameStart, keyRange))
        }
        report(context, list, &findings)
    }

    /// One list of entries: their indexes, sort keys and keys under a particle.
    private struct SortList {
        var indexes: [Int] = []
        var keys: [[UInt8]] = []
        var alternatives: [[UInt8]?] = []
    }

    private static func report(_ context: Context, _ list: SortList, _ findings: inout [Finding]) {
        guard list.indexes.count > 1 else { return }
        let members = SortedRun.members(list.keys, list.alternatives)
        for position in list.indexes.indices where !members[position] {
            let entry = list.indexes[position]
            guard let first = context.catalog.sources[entry].authors.first else { continue }
            // Name the neighbour it is out of order with: the entry before it if that sorts
            // after it, else the entry after it.
            let sortsBefore = position > 0 && list.keys[position].lexicographicallyPrecedes(list.keys[position - 1])
            let neighbour = sortsBefore || position + 1 == list.indexes.count ? position - 1 : position + 1
            let other = context.catalog.sources[list.indexes[neighbour]]
            let otherName = other.authors.first?.surname ?? "the entry before it"
            let relation = sortsBefore ? "before" : "after"
            findings.append(Finding(
                .entriesOutOfOrder, first.range,
                "Bibliography entries are not in alphabetical order: \(first.surname) should come \(relation) \(otherName)",
                related: [RelatedLocation(range: other.authors.first?.range ?? other.range,
                                          message: sortsBefore ? "the entry before it" : "the entry after it")]))
        }
    }

    /// The key of a surname written with its particles first (`de Gaulle, Charles` →
    /// `degaulle`), when the name opens with one: such names may be filed under the particle.
    private static func particleKey(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ keyRange: TextRange) -> [UInt8]? {
        guard start < keyRange.lowerBound, start < bytes.count, bytes[start] >= UInt8(ascii: "a"),
              bytes[start] <= UInt8(ascii: "z") else { return nil }
        return sortKey(bytes, TextRange(start, keyRange.upperBound))
    }

    /// The folded letters of a surname, for comparing in alphabetical order.
    private static func sortKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(range.length)
        var index = range.lowerBound
        while index < range.upperBound {
            let (folded, width) = TextKey.fold(bytes, at: index, end: range.upperBound)
            if folded != 0 { key.append(folded) }
            index += width
        }
        return key
    }
}
