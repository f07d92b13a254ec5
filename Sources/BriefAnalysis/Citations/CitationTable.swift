/// The citations read from every note, kept in the parts they were read in (a long brief's
/// notes are read in pieces on several threads): joining them would copy every citation.
struct CitationTable {
    /// The citations of a run of consecutive notes, and the key pool of their title words.
    struct Part {
        var raw: [RawCitation] = []
        /// The title word keys of the part's citations; ``RawCitation/titleWords`` index it.
        var words: [UInt64] = []
    }

    private(set) var parts: [Part] = []
    /// For each note, the positions of its citations (see ``position(part:index:)``).
    private(set) var byNote: [Range<Int>] = []
    /// How many citations there are in all.
    private(set) var count = 0

    /// Where citation `index` of part `part` stands: the part in the high bits, so that a
    /// note's citations, all in one part, have consecutive positions.
    static func position(part: Int, index: Int) -> Int { part << 32 | index }

    init() {}

    init(_ parsed: ParsedBrief, _ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(parsed.notes, 0..<parsed.notes.count, bytes)
    }

    /// The citations of notes `range` only (``byNote`` then has one slot per note of it).
    init(_ notes: [NoteDefinition], _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) {
        var part = Part()
        byNote.reserveCapacity(range.count)
        part.raw.reserveCapacity(range.count)
        part.words.reserveCapacity(range.count * 6)
        notes.withUnsafeBufferPointer { notes in
            for note in range {
                let start = part.raw.count
                if notes[note].style != .referenceEntry {
                    CitationParser.parse(bytes, notes[note].bodyRange, into: &part.raw, words: &part.words)
                }
                byNote.append(start..<part.raw.count)
            }
        }
        count = part.raw.count
        parts = [part]
    }

    /// The tables of consecutive runs of notes, as one. The citations of notes that `notes`
    /// (all of them, as finally parsed) gives as reference list entries are left out: a piece
    /// read before the parser knew may hold them.
    init(joining tables: [CitationTable], notes: [NoteDefinition]) {
        parts.reserveCapacity(tables.count)
        byNote.reserveCapacity(notes.count)
        for table in tables {
            // The table's positions, moved past the parts already here.
            let shift = parts.count << 32
            for part in table.parts {
                parts.append(part)
                count += part.raw.count
            }
            for range in table.byNote {
                let note = byNote.count
                let kept = note >= notes.count || notes[note].style != .referenceEntry
                byNote.append(range.lowerBound + shift..<(kept ? range.upperBound : range.lowerBound) + shift)
            }
        }
    }

    /// The citation at `position`.
    subscript(position: Int) -> RawCitation {
        parts[position >> 32].raw[position & 0xFFFF_FFFF]
    }

    /// The title word keys of the citation at `position`.
    func titleWords(_ position: Int) -> ArraySlice<UInt64> {
        let part = parts[position >> 32]
        return part.words[part.raw[position & 0xFFFF_FFFF].titleWords]
    }
}
