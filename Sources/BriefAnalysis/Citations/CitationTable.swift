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

    private init(_ notes: [NoteDefinition], _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) {
        byNote.reserveCapacity(range.count)
        raw.reserveCapacity(range.count)
        words.reserveCapacity(range.count * 6)
        for note in range {
            let start = raw.count
            if notes[note].style != .referenceEntry {
                CitationParser.parse(bytes, notes[note].bodyRange, into: &raw, words: &words)
            }
            byNote.append(start..<raw.count)
        }
    }
}
