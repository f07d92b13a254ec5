/// Ties each marker to the note it refers to (spec §1).
enum NoteLinker {
    /// In Markdown a label names one note, its first definition, as renderers read it.
    /// In plain text a label defined once is found wherever it stands. A label defined again
    /// and again (numbering restarted per chapter or per page) belongs to the nearest
    /// definition that follows the marker; a `[Footnote n: …]` block only ever to a
    /// following one, since those blocks sit after the paragraph citing them.
    static func link(_ parsed: inout ParsedBrief) {
        let labelCount = parsed.labels.count
        // Most labels are defined once: a flat table, with lists only for the others.
        var first = [Int](repeating: -1, count: labelCount)
        var repeated: [Int: [Int]] = [:]
        for (index, note) in parsed.notes.enumerated() where note.labelID < labelCount {
            if first[note.labelID] < 0 {
                first[note.labelID] = index
            } else {
                repeated[note.labelID, default: [first[note.labelID]]].append(index)
            }
        }
        let markdown = parsed.kind == .markdown
        if !markdown, !repeated.isEmpty, linkRestartedLists(&parsed) { return }
        for index in parsed.markers.indices {
            let label = parsed.markers[index].labelID
            guard label < labelCount, first[label] >= 0 else { continue }
            let only = first[label]
            if markdown {
                parsed.markers[index].noteIndex = only
            } else if let definitions = repeated[label] {
                parsed.markers[index].noteIndex = note(after: parsed.markers[index].range.upperBound, among: definitions, in: parsed.notes)
            } else if parsed.notes[only].style != .footnoteBlock || parsed.notes[only].range.lowerBound >= parsed.markers[index].range.upperBound {
                parsed.markers[index].noteIndex = only
            }
        }
    }

    /// Endnote lists numbered again from 1 (per chapter) and gathered at the end: the n-th
    /// list belongs to the n-th run of markers, a run starting where the markers go back to
    /// [1]. Used only when the runs pair up one to one; otherwise the nearest-note rule holds.
    private static func linkRestartedLists(_ parsed: inout ParsedBrief) -> Bool {
        var groups = [Int](repeating: 0, count: parsed.notes.count)
        var group = 0
        var previous = Int.max
        var started = false
        for (index, note) in parsed.notes.enumerated() {
            guard note.style == .endnote, let number = Int(note.label) else { return false }
            if started, number <= previous { group += 1 }
            groups[index] = group
            previous = number
            started = true
        }
        guard group > 0 else { return false }
        var markerGroups: [Int] = []
        markerGroups.reserveCapacity(parsed.markers.count)
        var markerGroup = 0
        var highest = 0
        for marker in parsed.markers {
            guard let number = Int(marker.label) else { return false }
            if number == 1, highest > 1 {
                markerGroup += 1
                highest = 0
            }
            highest = max(highest, number)
            markerGroups.append(markerGroup)
        }
        guard markerGroup == group else { return false }
        var byGroupAndLabel: [Int: Int] = [:]
        let labelCount = max(parsed.labels.count, 1)
        for (index, note) in parsed.notes.enumerated() where byGroupAndLabel[groups[index] * labelCount + note.labelID] == nil {
            byGroupAndLabel[groups[index] * labelCount + note.labelID] = index
        }
        for index in parsed.markers.indices {
            parsed.markers[index].noteIndex = byGroupAndLabel[markerGroups[index] * labelCount + parsed.markers[index].labelID]
        }
        parsed.noteGroups = groups
        return true
    }

    private static func note(after offset: Int, among definitions: [Int], in notes: [NoteDefinition]) -> Int? {
        if let following = firstDefinition(definitions, after: offset, in: notes) { return following }
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
