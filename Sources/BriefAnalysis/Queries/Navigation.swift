extension AnalyzedBrief {
    /// Where the thing at byte `offset` is defined: a marker's note; a citation's (or
    /// `Ibid.`'s, through its chain) bibliography entry; a note label's first definition.
    public func definition(at offset: Int) -> [TextRange] {
        switch target(at: offset) {
        case .marker(let index):
            guard let note = parsed.markers[index].noteIndex else { return [] }
            return [parsed.notes[note].range]
        case .noteLabel(let index):
            let label = parsed.notes[index].label
            let first = parsed.notes.firstIndex { $0.label == label && $0.style == parsed.notes[index].style } ?? index
            return [parsed.notes[first].range]
        case .citation(let note, let index):
            return citations.citationsByNote[note][index].sourceIndexes.map { citations.sources[$0].range }
        case .noteBody(let note):
            // Anywhere else in a note that cites one source: that source.
            let sources = sources(ofNote: note)
            return sources.count == 1 ? [citations.sources[sources[0]].range] : []
        case .entry(let index):
            return [citations.sources[index].range]
        case nil:
            return []
        }
    }

    /// On a marker, a note's label or its text: every marker of that note, plus the note's
    /// label when `includeDeclaration`. On a bibliography entry or a citation: every
    /// citation of that source, plus the entry when `includeDeclaration`.
    public func references(at offset: Int, includeDeclaration: Bool) -> [TextRange] {
        switch target(at: offset) {
        case .marker(let index):
            guard let note = parsed.markers[index].noteIndex else {
                let label = parsed.markers[index].label
                return parsed.markers.filter { $0.label == label && $0.noteIndex == nil }.map(\.range)
            }
            return noteReferences(note, includeDeclaration: includeDeclaration)
        case .noteLabel(let note), .noteBody(let note):
            return noteReferences(note, includeDeclaration: includeDeclaration)
        case .citation(let note, let index):
            let sources = citations.citationsByNote[note][index].sourceIndexes
            guard sources.count == 1 else { return [citations.citationsByNote[note][index].range] }
            return sourceReferences(sources[0], includeDeclaration: includeDeclaration)
        case .entry(let source):
            return sourceReferences(source, includeDeclaration: includeDeclaration)
        case nil:
            return []
        }
    }

    /// Occurrences to highlight: a note's markers (read) and its label (write); a source's
    /// citations (read) and its entry (write).
    public func highlights(at offset: Int) -> [Highlight] {
        func noteHighlights(_ note: Int) -> [Highlight] {
            [Highlight(range: parsed.notes[note].labelRange, kind: .write)]
                + markers(ofNote: note).map { Highlight(range: $0.range, kind: .read) }
        }
        func sourceHighlights(_ source: Int) -> [Highlight] {
            [Highlight(range: citations.sources[source].range, kind: .write)]
                + citations(ofSource: source).map { Highlight(range: $0.citation.range, kind: .read) }
        }
        switch target(at: offset) {
        case .marker(let index):
            guard let note = parsed.markers[index].noteIndex else { return [Highlight(range: parsed.markers[index].range, kind: .read)] }
            return noteHighlights(note)
        case .noteLabel(let note):
            return noteHighlights(note)
        case .citation(let note, let index):
            let sources = citations.citationsByNote[note][index].sourceIndexes
            return sources.count == 1 ? sourceHighlights(sources[0]) : [Highlight(range: citations.citationsByNote[note][index].range, kind: .read)]
        case .entry(let source):
            return sourceHighlights(source)
        case .noteBody, nil:
            return []
        }
    }

    private func noteReferences(_ note: Int, includeDeclaration: Bool) -> [TextRange] {
        let uses = markers(ofNote: note).map(\.range)
        return includeDeclaration ? ([parsed.notes[note].labelRange] + uses).sorted() : uses
    }

    private func sourceReferences(_ source: Int, includeDeclaration: Bool) -> [TextRange] {
        let uses = citations(ofSource: source).map(\.citation.range)
        return includeDeclaration ? ([citations.sources[source].range] + uses).sorted() : uses
    }
}
