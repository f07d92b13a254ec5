/// A citation resolved to its sources, with what the rules need to judge it.
struct ResolvedCitation {
    var raw: RawCitation
    var citation: Citation
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

/// Resolves every note's citations in reading order, following `Ibid.` chains.
enum CitationResolver {
    /// `order` lists note indexes in the order a reader meets them.
    static func resolve(_ raw: [[RawCitation]], order: [Int], catalog: SourceCatalog,
                        _ bytes: UnsafeBufferPointer<UInt8>) -> [[ResolvedCitation]] {
        var resolved = [[ResolvedCitation]](repeating: [], count: raw.count)
        var previous: Int?
        for note in order where note < raw.count {
            var list: [ResolvedCitation] = []
            list.reserveCapacity(raw[note].count)
            for citation in raw[note] {
                switch citation.kind {
                case .ibid(let misspelt):
                    list.append(ibid(citation, misspelt: misspelt, before: list, previous: previous, resolved))
                case .reference(let isFull):
                    if let match = reference(citation, isFull: isFull, catalog: catalog, bytes) { list.append(match) }
                }
            }
            resolved[note] = list
            previous = note
        }
        return resolved
    }

    private static func ibid(_ raw: RawCitation, misspelt: Bool, before: [ResolvedCitation], previous: Int?,
                             _ resolved: [[ResolvedCitation]]) -> ResolvedCitation {
        var result = ResolvedCitation(raw: raw, citation: Citation(range: raw.range, form: .ibid(previousNote: previous, misspelt: misspelt)))
        // `…; ibid., 5` repeats the citation just before it in the same note.
        if let last = before.last {
            result.citation.sourceIndexes = last.citation.sourceIndexes
            result.ibidWithinNote = true
            return result
        }
        result.ibidPrevious = previous
        guard let previous else { return result }
        let cited = resolved[previous]
        if cited.isEmpty {
            result.previousCitesNothing = true
            return result
        }
        var sources: [Int] = []
        for citation in cited {
            for source in citation.citation.sourceIndexes where !sources.contains(source) { sources.append(source) }
        }
        result.previousIsAmbiguous = cited.count > 1 && sources.count != 1
        result.citation.sourceIndexes = sources
        return result
    }

    /// Matches names and title against the sources of the first author's surname. A
    /// citation without a quoted title that matches nothing is taken for commentary.
    private static func reference(_ raw: RawCitation, isFull: Bool, catalog: SourceCatalog,
                                  _ bytes: UnsafeBufferPointer<UInt8>) -> ResolvedCitation? {
        var citation = Citation(range: raw.range, form: isFull ? .full : .short, surname: raw.firstAuthor?.name.surname,
                                title: raw.title.map { NameParser.collapsed(bytes, $0) }, titleRange: raw.title)
        var match = TitleMatch.different
        if let key = raw.surnameKey {
            let candidates = catalog.index.sources(key)
            if raw.titleWords.isEmpty {
                if candidates.count == 1 { citation.sourceIndexes = candidates; match = .same }
            } else {
                var similar: Int?
                for candidate in candidates {
                    switch TitleMatch.compare(raw.titleWords, catalog.keys[candidate].titleWords) {
                    case .same:
                        citation.sourceIndexes = [candidate]
                        match = .same
                    case .similar:
                        if similar == nil { similar = candidate }
                    case .different:
                        break
                    }
                    if match == .same { break }
                }
                if match != .same, let similar {
                    citation.sourceIndexes = [similar]
                    match = .similar
                }
            }
        }
        if citation.sourceIndexes.isEmpty, !raw.titleMarked { return nil }
        return ResolvedCitation(raw: raw, citation: citation, titleMatch: match)
    }
}
