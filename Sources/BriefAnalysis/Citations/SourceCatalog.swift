/// Every source a brief's citations can resolve to, with its matching keys.
struct SourceCatalog {
    var sources: [Source] = []
    var keys: [SourceKeys] = []
    /// The title word keys of every source; ``SourceKeys/titleWords`` ranges index it.
    var words: [UInt64] = []
    /// How many of ``sources`` are bibliography entries (they come first).
    var entryCount = 0
    var index = SurnameIndex()

    /// Sources from the bibliography, then from the entries of a numbered reference list.
    init(_ parsed: ParsedBrief, _ bytes: UnsafeBufferPointer<UInt8>) {
        sources.reserveCapacity(parsed.bibliography.count)
        keys.reserveCapacity(parsed.bibliography.count)
        words.reserveCapacity(parsed.bibliography.count * 12)
        for entry in parsed.bibliography {
            add(Source(range: entry), bytes)
        }
        entryCount = sources.count
        for (noteIndex, note) in parsed.notes.enumerated() where note.style == .referenceEntry {
            add(Source(range: note.bodyRange, noteIndex: noteIndex), bytes)
        }
        index = SurnameIndex(keys)
    }

    private mutating func add(_ source: Source, _ bytes: UnsafeBufferPointer<UInt8>) {
        let range = source.range
        sources.append(source)
        keys.append(SourceKeys(surname: nil, titleWords: 0..<0, date: nil, firstAuthor: nil))
        // Filled in place: a `Source` holds many strings, and copying it costs.
        EntryParser.parse(bytes, range, into: &sources[sources.count - 1], keys: &keys[keys.count - 1], words: &words)
        let last = sources.count - 1
        if last > 0, sources[last].authors.isEmpty, let dashes = Self.repeatedAuthorDashes(bytes, sources[last].range) {
            // Chicago's `———.` repeats the authors of the entry above (CMOS 14.67). The name
            // stands where the dashes are, and counts as written surname first: the entry
            // above is where its shape and its place in the order are judged.
            sources[last].authors = sources[last - 1].authors
            if !sources[last].authors.isEmpty {
                sources[last].authors[0].range = dashes
                sources[last].authors[0].isInverted = true
            }
            keys[last].surname = keys[last - 1].surname
            keys[last].firstAuthor = keys[last - 1].firstAuthor
        }
    }

    /// `———`, `---` or `___` (three or more) opening an entry.
    private static func repeatedAuthorDashes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> TextRange? {
        var index = range.lowerBound
        var count = 0
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                index += 1
            } else if byte == 0xE2, index + 2 < range.upperBound, bytes[index + 1] == 0x80, bytes[index + 2] == 0x94 || bytes[index + 2] == 0x93 {
                index += 3
            } else {
                break
            }
            count += 1
        }
        return count >= 3 ? TextRange(range.lowerBound, index) : nil
    }

    /// The title words of source `source`.
    func titleWords(_ source: Int) -> ArraySlice<UInt64> {
        words[keys[source].titleWords]
    }

    /// In a brief whose notes are its only references, each full citation with a title
    /// is a source; later full citations of the same work resolve to the first.
    mutating func addCitedSources(_ notes: CitationTable, order: [Int], _ bytes: UnsafeBufferPointer<UInt8>) {
        for note in order where note < notes.byNote.count {
            for position in notes.byNote[note] {
                let citation = notes[position]
                guard citation.kind == .reference(isFull: true), citation.titleMarked, let surname = citation.surnameKey,
                      let title = citation.title else { continue }
                let cited = notes.titleWords(position)
                let known = index.sources(surname).prefix(256).contains { TitleMatch.compare(cited, titleWords($0)) == .same }
                if known { continue }
                var names = NameParser.parse(bytes, citation.namesRange)
                let namesText = ByteScan.trimmed(bytes, citation.namesRange)
                if OrganisationName.isOrganisation(bytes, namesText) {
                    // `European Commission`: one author, shown as written.
                    let name = PersonName(surname: NameParser.collapsed(bytes, namesText), given: nil, range: namesText, isInverted: false)
                    names = [ParsedName(name: name, keyRange: names.first?.keyRange ?? namesText)]
                }
                var source = Source(range: citation.range, authors: names.map(\.name),
                                    title: NameParser.collapsed(bytes, title), titleRange: title, noteIndex: note)
                if let year = ByteScan.firstYear(bytes, in: TextRange(citation.range.upperBound, citation.segmentEnd)) {
                    source.year = NameParser.text(bytes, year)
                    source.yearRange = year
                }
                let start = words.count
                words.append(contentsOf: cited)
                var key = SourceKeys(surname: surname, titleWords: start..<words.count, date: nil, firstAuthor: names.first)
                EntryParser.readPublication(bytes, from: citation.range.upperBound, end: citation.segmentEnd, into: &source, keys: &key)
                index.add(surname, source: sources.count)
                sources.append(source)
                keys.append(key)
            }
        }
    }
}
