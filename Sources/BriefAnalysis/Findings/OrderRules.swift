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

    /// BRF040: an entry whose first author sorts before the previous entry's. Entries under
    /// different headings are separate lists.
    private static func alphabeticalOrder(_ context: CitationContext, _ findings: inout [Finding]) {
        let headings = context.parsed.headings.map(\.lineRange.lowerBound).sorted()
        var nextHeading = 0
        var previous: (key: [UInt8], index: Int)?
        for index in 0..<context.catalog.entryCount {
            let source = context.catalog.sources[index]
            var crossedHeading = false
            while nextHeading < headings.count, headings[nextHeading] < source.range.lowerBound {
                nextHeading += 1
                crossedHeading = true
            }
            if crossedHeading { previous = nil }
            guard let author = context.catalog.keys[index].firstAuthor else { continue }
            let key = sortKey(context.bytes, author.keyRange)
            if let previous, key.lexicographicallyPrecedes(previous.key), let first = source.authors.first {
                let earlier = context.catalog.sources[previous.index]
                let earlierName = earlier.authors.first?.surname ?? "the entry before it"
                findings.append(Finding(
                    .entriesOutOfOrder, first.range,
                    "Bibliography entries are not in alphabetical order: \(first.surname) should come before \(earlierName)",
                    related: [RelatedLocation(range: earlier.authors.first?.range ?? earlier.range, message: "the entry before it")]))
            }
            previous = (key, index)
        }
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
