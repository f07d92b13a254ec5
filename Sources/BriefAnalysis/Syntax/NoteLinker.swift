/// Ties each marker to the note it refers to (spec §1).
enum NoteLinker {
    /// In Markdown a label names one note, its first definition, as renderers read it.
    /// In plain text a label defined once is found wherever it stands. A label defined again and again
    /// (numbering restarted per chapter or per page) belongs to the nearest definition that
    /// follows the marker; a `[Footnote n: …]` block only ever to a following one, since
    /// those blocks sit after the paragraph citing them.
    static func link(_ parsed: inout ParsedBrief) {
        let labelCount = parsed.labels.count
        var definitions = [[Int]](repeating: [], count: labelCount)
        for (index, note) in parsed.notes.enumerated() where note.labelID < labelCount {
            definitions[note.labelID].append(index)
        }
        for index in parsed.markers.indices {
            let marker = parsed.markers[index]
            guard marker.labelID < labelCount else { continue }
            let candidates = definitions[marker.labelID]
            parsed.markers[index].noteIndex = parsed.kind == .markdown
                ? candidates.first
                : note(for: marker, among: candidates, in: parsed.notes)
        }
    }

    private static func note(for marker: NoteMarker, among definitions: [Int], in notes: [NoteDefinition]) -> Int? {
        guard let only = definitions.first else { return nil }
        if definitions.count == 1, notes[only].style != .footnoteBlock { return only }
        if let following = firstDefinition(definitions, after: marker.range.upperBound, in: notes) { return following }
        // Past the last definition: the first that is not a block, as a plain list would be read.
        return definitions.first { notes[$0].style != .footnoteBlock }
    }

    /// The first definition (indexes sorted by position) starting at or after `offset`.
    private static func firstDefinition(_ definitions: [Int], after offset: Int, in notes: [NoteDefinition]) -> Int? {
        var low = 0
        var high = definitions.count
        while low < high {
            let mid = (low + high) / 2
            if notes[definitions[mid]].range.lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        return low < definitions.count ? definitions[low] : nil
    }
}
