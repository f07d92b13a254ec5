/// Ties each marker to the note it refers to (spec §1).
enum NoteLinker {
    /// Endnotes, Markdown definitions and reference entries are found by label, the first
    /// definition winning (a later one is a duplicate). A `[Footnote n: …]` block belongs to
    /// the markers before it: a marker refers to the nearest block with its label that
    /// follows it, since printed books restart their numbering on every page.
    static func link(_ parsed: inout ParsedBrief) {
        let labelCount = parsed.labels.count
        var firstByLabel = [Int](repeating: -1, count: labelCount)
        var blocksByLabel: [[Int]] = []
        for (index, note) in parsed.notes.enumerated() where note.labelID < labelCount {
            if note.style == .footnoteBlock {
                if blocksByLabel.isEmpty { blocksByLabel = Array(repeating: [], count: labelCount) }
                blocksByLabel[note.labelID].append(index)
            } else if firstByLabel[note.labelID] < 0 {
                firstByLabel[note.labelID] = index
            }
        }
        for index in parsed.markers.indices {
            let marker = parsed.markers[index]
            guard marker.labelID < labelCount else { continue }
            if !blocksByLabel.isEmpty,
               let block = firstBlock(blocksByLabel[marker.labelID], after: marker.range.upperBound, in: parsed.notes) {
                parsed.markers[index].noteIndex = block
            } else if firstByLabel[marker.labelID] >= 0 {
                parsed.markers[index].noteIndex = firstByLabel[marker.labelID]
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
