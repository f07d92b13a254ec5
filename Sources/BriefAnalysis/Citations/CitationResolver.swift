/// A citation resolved to its sources, with what the rules need to judge it.
struct ResolvedCitation {
    var citation: Citation
    /// False for `Ibid.`.
    var isReference: Bool
    /// Key of the first author's surname, for a reference.
    var surnameKey: UInt64?
    /// The date the citation gives, if any.
    var date: FoundDate?
    /// How the title compared with the matched source's (``TitleMatch/same`` for `Ibid.`).
    var titleMatch: TitleMatch = .same
    /// For `Ibid.`: the note it repeats (nil in the first note), and whether that note cites
    /// nothing, or several sources.
    var ibidPrevious: Int?
    var previousCitesNothing = false
    var previousIsAmbiguous = false
    /// True when `Ibid.` repeats a citation earlier in its own note.
    var ibidWithinNote = false
}

/// Every note's resolved citations, in one flat list.
struct ResolvedTable {
    var citations: [ResolvedCitation] = []
    /// For each note, where its resolved citations stand in ``citations``.
    var byNote: [Range<Int>]

    init(noteCount: Int) {
        byNote = Array(repeating: 0..<0, count: noteCount)
    }
}

/// Resolves every note's citations in reading order, following `Ibid.` chains.
enum CitationResolver {
    /// What matching one citation against the catalog found.
    struct Match {
        /// The source, or -1.
        var source: Int32
        var quality: TitleMatch
        /// False for `Ibid.`, and for a citation without a quoted title that matches
        /// nothing: commentary.
        var isCitation: Bool
    }

    /// `order` lists note indexes in the order a reader meets them.
    static func resolve(_ table: CitationTable, order: [Int], catalog: SourceCatalog,
                        _ bytes: UnsafeBufferPointer<UInt8>, inParallel: Bool = true) -> ResolvedTable {
        let titles = TitleWordIndex(catalog.keys, words: catalog.words)
        // Matching a citation against the catalog needs no other citation: the table's parts
        // are matched on every core; the `Ibid.` chains, which need what came before, follow
        // in one pass.
        let parts = table.parts.count
        let matched = Parallel.map(parts, inParallel: inParallel && parts > 1) { part in
            table.parts[part].raw.map { match($0, words: table.parts[part].words, catalog: catalog, titles: titles) }
        }
        var resolved = ResolvedTable(noteCount: table.byNote.count)
        resolved.citations.reserveCapacity(table.count)
        var previous: Int?
        for note in order where note < table.byNote.count {
            let start = resolved.citations.count
            for position in table.byNote[note] {
                let raw = table[position]
                switch raw.kind {
                case .ibid(let misspelt):
                    let within = resolved.citations.count > start ? resolved.citations.count - 1 : nil
                    // Read first, then append: appending while `resolved` is still lent to
                    // `ibid` would copy every citation resolved so far.
                    let repeated = ibid(raw, misspelt: misspelt, within: within, previous: previous, resolved)
                    resolved.citations.append(repeated)
                case .reference(let isFull):
                    let found = matched[position >> 32][position & 0xFFFF_FFFF]
                    guard found.isCitation else { continue }
                    let citation = Citation(range: raw.range, form: isFull ? .full : .short,
                                            sourceIndexes: found.source >= 0 ? [Int(found.source)] : [],
                                            surnameRange: raw.firstAuthor?.surname, titleRange: raw.title)
                    resolved.citations.append(ResolvedCitation(citation: citation, isReference: true, surnameKey: raw.surnameKey,
                                                               date: raw.date, titleMatch: found.quality))
                }
            }
            resolved.byNote[note] = start..<resolved.citations.count
            previous = note
        }
        return resolved
    }

    private static func ibid(_ raw: RawCitation, misspelt: Bool, within: Int?, previous: Int?,
                             _ resolved: ResolvedTable) -> ResolvedCitation {
        var result = ResolvedCitation(citation: Citation(range: raw.range, form: .ibid(previousNote: previous, misspelt: misspelt)),
                                      isReference: false)
        // `…; ibid., 5` repeats the citation just before it in the same note.
        if let within {
            result.citation.sourceIndexes = resolved.citations[within].citation.sourceIndexes
            result.ibidWithinNote = true
            return result
        }
        result.ibidPrevious = previous
        guard let previous else { return result }
        let cited = resolved.byNote[previous]
        if cited.isEmpty {
            result.previousCitesNothing = true
            return result
        }
        if cited.count == 1 {
            result.citation.sourceIndexes = resolved.citations[cited.lowerBound].citation.sourceIndexes
            return result
        }
        var sources: [Int] = []
        var seen = Set<Int>()
        for position in cited {
            for source in resolved.citations[position].citation.sourceIndexes where seen.insert(source).inserted { sources.append(source) }
        }
        result.previousIsAmbiguous = sources.count != 1
        result.citation.sourceIndexes = sources
        return result
    }

    /// Matches names and title against the sources of the first author's surname. A
    /// citation without a quoted title that matches nothing is taken for commentary.
    private static func match(_ raw: RawCitation, words: [UInt64], catalog: SourceCatalog, titles: TitleWordIndex) -> Match {
        guard case .reference = raw.kind else { return Match(source: -1, quality: .different, isCitation: false) }
        var match = TitleMatch.different
        var found: Int?
        if let key = raw.surnameKey {
            let candidates = catalog.index.sources(key)
            if raw.titleWords.isEmpty {
                if let only = candidates.only { found = only; match = .same }
            } else {
                let cited = words[raw.titleWords]
                // The same title first; the similarity count only when none is. A bound on
                // the works compared per author keeps a pathological brief (every source by
                // one surname) linear.
                if titles.isIndexed(key) {
                    found = closestSame(cited, surname: key, catalog: catalog, titles: titles)
                } else {
                    var closest = TitleMatch.Closeness.untitled
                    for candidate in candidates.prefix(256) {
                        guard let closeness = TitleMatch.sameCloseness(cited, catalog.titleWords(candidate)),
                              found == nil || closeness < closest else { continue }
                        found = candidate
                        closest = closeness
                        if closeness == .words { break }
                    }
                }
                if found != nil {
                    match = .same
                } else {
                    for candidate in candidates.prefix(256) where TitleMatch.compare(cited, catalog.titleWords(candidate)) == .similar {
                        found = candidate
                        match = .similar
                        break
                    }
                }
            }
        }
        return Match(source: Int32(truncatingIfNeeded: found ?? -1), quality: match, isCitation: found != nil || raw.titleMarked)
    }

    /// Among the author's first 256 works, the first whose title is closest to `cited`
    /// (``TitleMatch/Closeness``), looked up among the works holding its opening words and
    /// the untitled ones.
    private static func closestSame(_ cited: ArraySlice<UInt64>, surname: UInt64, catalog: SourceCatalog,
                                    titles: TitleWordIndex) -> Int? {
        guard let first = cited.first else { return nil }
        let second = cited.count > 1 ? cited[cited.startIndex + 1] : nil
        let (titled, untitled) = titles.candidates(surname: surname, first: first, second: second)
        let ranks = titles.ranks
        var mainTitle: Int?
        // Lists run in source order, so ranks only grow along them: past 256, stop.
        for candidate in titled {
            guard candidate < ranks.count, ranks[candidate] < 256 else { break }
            switch TitleMatch.sameCloseness(cited, catalog.titleWords(candidate)) {
            case .words: return candidate
            case .mainTitle: if mainTitle == nil { mainTitle = candidate }
            case .untitled, nil: break
            }
        }
        if let mainTitle { return mainTitle }
        // An untitled work matches any title, but least closely.
        for candidate in untitled {
            if candidate < ranks.count, ranks[candidate] < 256 { return candidate }
            break
        }
        return nil
    }
}
