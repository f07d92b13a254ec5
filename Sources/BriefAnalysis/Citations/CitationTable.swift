/// The citations read from every note, in one flat list.
struct CitationTable {
    var raw: [RawCitation] = []
    /// For each note, where its citations stand in ``raw``.
    var byNote: [Range<Int>] = []
    /// The title word keys of every citation; ``RawCitation/titleWords`` ranges index it.
    var words: [UInt64] = []

    init(_ parsed: ParsedBrief, _ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(parsed.notes, 0..<parsed.notes.count, bytes)
    }

    /// The citations of notes `range` only (``byNote`` then has one slot per note of it).
    init(_ notes: [NoteDefinition], _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) {
        byNote.reserveCapacity(range.count)
        raw.reserveCapacity(range.count)
        words.reserveCapacity(range.count * 6)
        notes.withUnsafeBufferPointer { notes in
            for note in range {
                let start = raw.count
                if notes[note].style != .referenceEntry {
                    CitationParser.parse(bytes, notes[note].bodyRange, into: &raw, words: &words)
                }
                byNote.append(start..<raw.count)
            }
        }
    }

    /// The tables of consecutive runs of notes, joined in order into one. The citations of
    /// notes that `notes` (all of them, as finally parsed) gives as reference list entries
    /// are left out: a piece read before the parser knew may hold them.
    init(joining parts: [CitationTable], notes: [NoteDefinition]) {
        raw.reserveCapacity(parts.reduce(0) { $0 + $1.raw.count })
        byNote.reserveCapacity(parts.reduce(0) { $0 + $1.byNote.count })
        words.reserveCapacity(parts.reduce(0) { $0 + $1.words.count })
        for part in parts {
            let wordOffset = words.count
            for range in part.byNote {
                let start = raw.count
                let note = byNote.count
                if note >= notes.count || notes[note].style != .referenceEntry {
                    for var citation in part.raw[range] {
                        citation.titleWords = (citation.titleWords.lowerBound + wordOffset)..<(citation.titleWords.upperBound + wordOffset)
                        raw.append(citation)
                    }
                }
                byNote.append(start..<raw.count)
            }
            words.append(contentsOf: part.words)
        }
    }
}
