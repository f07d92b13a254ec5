/// BRF040–BRF041: the bibliography's order and the shape of its first authors' names.
/// Neither applies to a numbered reference list, ordered by number and often written
/// given name first.
enum OrderRules {
    static func check(_ context: CitationContext, _ findings: inout [Finding]) {
        guard !context.parsed.isReferenceList else { return }
        nameShapes(context, &findings)
        alphabeticalOrder(context, &findings)
    }

    /// BRF041: `MICHAEL R. GORDON. 2015. …` rather than `GORDON, MICHAEL R. 2015. …`.
    private static func nameShapes(_ context: CitationContext, _ findings: inout [Finding]) {
        for index in 0..<context.catalog.entryCount {
            guard let author = context.catalog.sources[index].authors.first, !author.isInverted, let given = author.given else { continue }
            findings.append(Finding(
                .authorNotInverted, author.range,
                "Write the first author surname first, as “\(author.surname), \(given)”, so the entry sorts by surname"))
        }
    }

    /// BRF040: the entries outside the longest alphabetical run of their list, so that one
    /// entry out of place is one finding. Entries under different headings are separate
    /// lists. A surname with particles (`de Gaulle`, `van der Berg`) may sort under either.
    private static func alphabeticalOrder(_ context: CitationContext, _ findings: inout [Finding]) {
        let headings = context.parsed.headings.map(\.lineRange.lowerBound).sorted()
        var nextHeading = 0
        var list: [(index: Int, key: [UInt8], alternative: [UInt8]?)] = []
        for index in 0..<context.catalog.entryCount {
            let source = context.catalog.sources[index]
            var crossedHeading = false
            while nextHeading < headings.count, headings[nextHeading] < source.range.lowerBound {
                nextHeading += 1
                crossedHeading = true
            }
            if crossedHeading {
                report(context, list, &findings)
                list.removeAll(keepingCapacity: true)
            }
            guard let author = context.catalog.keys[index].firstAuthor else { continue }
            list.append((index, sortKey(context.bytes, author.keyRange), particleKey(author.name.surname)))
        }
        report(context, list, &findings)
    }

    private static func report(_ context: CitationContext, _ list: [(index: Int, key: [UInt8], alternative: [UInt8]?)],
                               _ findings: inout [Finding]) {
        guard list.count > 1 else { return }
        let members = SortedRun.members(list.map { ($0.key, $0.alternative) })
        for (position, entry) in list.enumerated() where !members[position] {
            guard let first = context.catalog.sources[entry.index].authors.first else { continue }
            // Name the neighbour it is out of order with: the entry before it if that sorts
            // after it, else the entry after it.
            let before = position > 0 ? list[position - 1] : nil
            let sortsBefore = before.map { entry.key.lexicographicallyPrecedes($0.key) } ?? false
            let neighbour = sortsBefore ? before : (position + 1 < list.count ? list[position + 1] : before)
            guard let neighbour else { continue }
            let other = context.catalog.sources[neighbour.index]
            let otherName = other.authors.first?.surname ?? "the entry before it"
            let relation = sortsBefore ? "before" : "after"
            findings.append(Finding(
                .entriesOutOfOrder, first.range,
                "Bibliography entries are not in alphabetical order: \(first.surname) should come \(relation) \(otherName)",
                related: [RelatedLocation(range: other.authors.first?.range ?? other.range,
                                          message: sortsBefore ? "the entry before it" : "the entry after it")]))
        }
    }

    /// The key of a surname written with its particles first (`de Gaulle` → `degaulle`),
    /// when it has any: such names may be filed under the particle.
    private static func particleKey(_ surname: String) -> [UInt8]? {
        guard let first = surname.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"), surname.utf8.contains(0x20) else { return nil }
        var key: [UInt8] = []
        for byte in surname.utf8 where ByteScan.isASCIILetter(byte) || byte >= 0x80 { key.append(ByteScan.lowered(byte)) }
        return key
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
