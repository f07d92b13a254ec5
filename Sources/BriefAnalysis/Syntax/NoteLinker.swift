/// Ties each marker to the note it refers to (spec §1).
enum NoteLinker {
    /// Endnotes, Markdown definitions and reference entries are found by label, the first
    /// definition winning (a later one is a duplicate). A `[Footnote n: …]` block belongs to
    /// the markers before it: a marker refers to the nearest block with its label that
    /// follows it, since printed books restart their numbering on every page.
    static func link(_ parsed: inout ParsedBrief) {
        var firstByLabel: [String: Int] = [:]
        var blocksByLabel: [String: [Int]] = [:]
        for (index, note) in parsed.notes.enumerated() {
            if note.style == .footnoteBlock {
                blocksByLabel[note.label, default: []].append(index)
            } else if firstByLabel[note.label] == nil {
                firstByLabel[note.label] = index
            }
        }
        for index in parsed.markers.indices {
            let marker = parsed.markers[index]
            if let blocks = blocksByLabel[marker.label],
               let block = firstBlock(blocks, after: marker.range.upperBound, in: parsed.notes) {
                parsed.markers[index].noteIndex = block
            } else {
                parsed.markers[index].noteIndex = firstByLabel[marker.label]
            }
        }
    }

    /// The first block (indexes sorted by position) starting at or after `offset`.
    private static func firstBlock(_ blocks: [Int], after offset: Int, in notes: [NoteDefinition]) -> Int? {
        var low = 0
        var high = blocks.count
        while low < high {
            let mid = (low + high) / 2
            if notes[blocks[mid]].range.lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        return low < blocks.count ? blocks[low] : nil
    }
}
