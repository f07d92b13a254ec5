/// Ties each marker to the note it refers to (spec §1).
enum NoteLinker {
    /// In Markdown a label names one note, its first definition, as renderers read it.
    /// In plain text a label defined once is found wherever it stands. A label defined again
    /// and again (numbering restarted per chapter or per page) belongs to the nearest
    /// definition that follows the marker; a `[Footnote n: …]` block only ever to a
    /// following one, since those blocks sit after the paragraph citing them.
    static func link(_ parsed: inout ParsedBrief) {
        let labelCount = parsed.labels.count
        let notes = parsed.notes
        // Most labels are defined once: a flat table, with lists only for the others.
        var first = [Int](repeating: -1, count: labelCount)
        var isRepeated = [Bool](repeating: false, count: labelCount)
        var repeated: [Int: [Int]] = [:]
        for index in notes.indices {
            let label = notes[index].labelID
            guard label >= 0, label < labelCount else { continue }
            if first[label] < 0 {
                first[label] = index
            } else {
                isRepeated[label] = true
                repeated[label, default: [first[label]]].append(index)
            }
        }
        let markdown = parsed.kind == .markdown
        if !markdown, !repeated.isEmpty, linkRestartedLists(&parsed) { return }
        // Taken out while they are written, so that the writes need no copy of the brief.
        var markers = parsed.markers
        parsed.markers = []
        defer { parsed.markers = markers }
        for index in markers.indices {
            let label = markers[index].labelID
            guard label >= 0, label < labelCount, first[label] >= 0 else { continue }
            let only = first[label]
            if markdown {
                markers[index].noteIndex = only
            } else if isRepeated[label], let definitions = repeated[label] {
                markers[index].noteIndex = note(after: markers[index].range.upperBound, among: definitions, in: notes)
            } else if notes[only].style != .footnoteBlock || notes[only].range.lowerBound >= markers[index].range.upperBound {
                markers[index].noteIndex = only
            }
        }
    }

    /// Endnote lists numbered again from 1 (per chapter) and gathered at the end: the n-th
    /// list belongs to the n-th run of markers, a run starting where the markers go back to
    /// [1]. Used only when the runs pair up one to one; otherwise the nearest-note rule holds.
    private static func linkRestartedLists(_ parsed: inout ParsedBrief) -> Bool {
        let notes = parsed.notes
        var groups = [Int](repeating: 0, count: notes.count)
        var group = 0
        var previous = Int.max
        var started = false
        for index in notes.indices {
            guard notes[index].style == .endnote,
                  let number = parsed.labelNumber(notes[index].labelID) ?? Int(notes[index].label) else { return false }
            if started, number <= previous { group += 1 }
            groups[index] = group
            previous = number
            started = true
        }
        guard group > 0 else { return false }
        var markers = parsed.markers
        var markerGroups: [Int] = []
        markerGroups.reserveCapacity(markers.count)
        var markerGroup = 0
        var highest = 0
        for index in markers.indices {
            guard let number = parsed.labelNumber(markers[index].labelID) ?? Int(markers[index].label) else { return false }
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
        for index in notes.indices where byGroupAndLabel[groups[index] * labelCount + notes[index].labelID] == nil {
            byGroupAndLabel[groups[index] * labelCount + notes[index].labelID] = index
        }
        parsed.markers = []
        for index in markers.indices {
            markers[index].noteIndex = byGroupAndLabel[markerGroups[index] * labelCount + markers[index].labelID]
        }
        parsed.markers = markers
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
