/// What stands at a position, for the queries.
enum QueryTarget: Equatable {
    /// A note marker (index into ``ParsedBrief/markers``).
    case marker(Int)
    /// A note definition's label (index into ``ParsedBrief/notes``).
    case noteLabel(Int)
    /// A citation inside a note: note index, citation index.
    case citation(Int, Int)
    /// Elsewhere in a note's text.
    case noteBody(Int)
    /// A bibliography entry (index into ``CitationAnalysis/sources``).
    case entry(Int)
}

extension AnalyzedBrief {
    /// The innermost thing at byte `offset`. The end of a range counts, so a cursor just
    /// after `[3]` still finds the marker.
    func target(at offset: Int) -> QueryTarget? {
        let markers = parsed.markers
        if let index = Self.lastIndex(in: markers.count, startingAtOrBefore: offset, start: { markers[$0].range.lowerBound }),
           markers[index].range.touches(offset) {
            return .marker(index)
        }
        let notes = parsed.notes
        if let index = Self.lastIndex(in: notes.count, startingAtOrBefore: offset, start: { notes[$0].range.lowerBound }),
           notes[index].range.touches(offset) {
            if notes[index].labelRange.touches(offset) { return .noteLabel(index) }
            if index < citations.citationsByNote.count,
               let citation = citations.citationsByNote[index].firstIndex(where: { $0.range.touches(offset) }) {
                return .citation(index, citation)
            }
            return .noteBody(index)
        }
        let entries = parsed.bibliography
        if let index = Self.lastIndex(in: entries.count, startingAtOrBefore: offset, start: { entries[$0].lowerBound }),
           entries[index].touches(offset), index < citations.sources.count {
            return .entry(index)
        }
        return nil
    }

    /// The last index whose start is at or before `offset`, in a list sorted by start.
    static func lastIndex(in count: Int, startingAtOrBefore offset: Int, start: (Int) -> Int) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if start(mid) <= offset { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? low - 1 : nil
    }

    /// The sources a note cites, in order, without repeats.
    func sources(ofNote note: Int) -> [Int] {
        guard note < citations.citationsByNote.count else { return [] }
        var seen = Set<Int>()
        var result: [Int] = []
        for citation in citations.citationsByNote[note] {
            for source in citation.sourceIndexes where seen.insert(source).inserted { result.append(source) }
        }
        return result
    }

    /// Markers referring to `note`, in text order.
    func markers(ofNote note: Int) -> [NoteMarker] {
        parsed.markers.filter { $0.noteIndex == note }
    }

    /// Citations (note index, citation) resolving to `source`, in text order.
    func citations(ofSource source: Int) -> [(note: Int, citation: Citation)] {
        guard source < citations.citingNotes.count else { return [] }
        var result: [(Int, Citation)] = []
        for note in citations.citingNotes[source] where note < citations.citationsByNote.count {
            for citation in citations.citationsByNote[note] where citation.sourceIndexes.contains(source) {
                result.append((note, citation))
            }
        }
        return result
    }
}
