/// Every source a brief's citations can resolve to, with its matching keys.
struct SourceCatalog {
    var sources: [Source] = []
    var keys: [SourceKeys] = []
    /// How many of ``sources`` are bibliography entries (they come first).
    var entryCount = 0
    var index = SurnameIndex([])

    /// Sources from the bibliography, then from the entries of a numbered reference list.
    init(_ parsed: ParsedBrief, _ bytes: UnsafeBufferPointer<UInt8>) {
        sources.reserveCapacity(parsed.bibliography.count)
        keys.reserveCapacity(parsed.bibliography.count)
        for entry in parsed.bibliography {
            sources.append(Source(range: entry))
            keys.append(SourceKeys(surname: nil, titleWords: [], date: nil, firstAuthor: nil))
            // Filled in place: a `Source` holds many strings, and copying it costs.
            EntryParser.parse(bytes, entry, into: &sources[sources.count - 1], keys: &keys[keys.count - 1])
        }
        entryCount = sources.count
        for (noteIndex, note) in parsed.notes.enumerated() where note.style == .referenceEntry {
            sources.append(Source(range: note.bodyRange, noteIndex: noteIndex))
            keys.append(SourceKeys(surname: nil, titleWords: [], date: nil, firstAuthor: nil))
            EntryParser.parse(bytes, note.bodyRange, into: &sources[sources.count - 1], keys: &keys[keys.count - 1])
        }
        index = SurnameIndex(keys)
    }

    /// In a brief whose notes are its only references, each full citation with a title
    /// is a source; later full citations of the same work resolve to the first.
    mutating func addCitedSources(_ raw: [[RawCitation]], order: [Int], _ bytes: UnsafeBufferPointer<UInt8>) {
        for note in order where note < raw.count {
            for citation in raw[note] {
                guard citation.kind == .reference(isFull: true), citation.titleMarked, let surname = citation.surnameKey,
                      let title = citation.title else { continue }
                let known = index.sources(surname).contains { TitleMatch.compare(citation.titleWords, keys[$0].titleWords) == .same }
                if known { continue }
                let names = NameParser.parse(bytes, citation.namesRange)
                var source = Source(range: citation.range, authors: names.map(\.name),
                                    title: NameParser.collapsed(bytes, title), titleRange: title, noteIndex: note)
                if let year = ByteScan.firstYear(bytes, in: TextRange(citation.range.upperBound, citation.segmentEnd)) {
                    source.year = NameParser.text(bytes, year)
                    source.yearRange = year
                }
                var key = SourceKeys(surname: surname, titleWords: citation.titleWords, date: nil, firstAuthor: citation.firstAuthor)
                EntryParser.readPublication(bytes, from: citation.range.upperBound, end: citation.segmentEnd, into: &source, keys: &key)
                index.add(surname, source: sources.count)
                sources.append(source)
                keys.append(key)
            }
        }
    }
}
