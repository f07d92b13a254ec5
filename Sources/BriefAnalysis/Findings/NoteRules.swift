/// BRF001–BRF004: markers and the notes they refer to.
enum NoteRules {
    static func findings(_ parsed: ParsedBrief) -> [Finding] {
        var findings: [Finding] = []
        undefinedNotes(parsed, &findings)
        let duplicates = duplicateDefinitions(parsed)
        unusedNotes(parsed, duplicates, &findings)
        duplicateNotes(parsed, duplicates, &findings)
        markerOrder(parsed, &findings)
        return findings
    }

    private static func display(_ label: String, _ parsed: ParsedBrief) -> String {
        parsed.kind == .markdown ? "[^\(label)]" : "[\(label)]"
    }

    /// BRF001: a marker whose note is nowhere defined.
    private static func undefinedNotes(_ parsed: ParsedBrief, _ findings: inout [Finding]) {
        for marker in parsed.markers where marker.noteIndex == nil {
            let what = parsed.isReferenceList ? "reference" : "note"
            findings.append(Finding(.undefinedNote, marker.range,
                                    "Marker \(display(marker.label, parsed)) refers to a \(what) that is not defined"))
        }
    }

    /// BRF002: a note no marker refers to.
    private static func unusedNotes(_ parsed: ParsedBrief, _ duplicates: [Int?], _ findings: inout [Finding]) {
        var cited = [Bool](repeating: false, count: parsed.notes.count)
        for marker in parsed.markers { if let note = marker.noteIndex { cited[note] = true } }
        for (index, note) in parsed.notes.enumerated() where !cited[index] && duplicates[index] == nil {
            let message = note.style == .referenceEntry
                ? "Reference \(display(note.label, parsed)) is listed but never cited in the text"
                : "Note \(display(note.label, parsed)) is defined but no marker in the text refers to it"
            findings.append(Finding(.unusedNote, note.labelRange, message))
        }
    }

    /// BRF003: a second definition of a label. The *second* one is flagged, pointing at the
    /// first.
    private static func duplicateNotes(_ parsed: ParsedBrief, _ duplicates: [Int?], _ findings: inout [Finding]) {
        for (index, first) in duplicates.enumerated() {
            guard let first else { continue }
            let note = parsed.notes[index]
            let label = display(note.label, parsed)
            findings.append(Finding(
                .duplicateNote, note.labelRange,
                "Note \(label) is defined more than once; markers refer to the first definition",
                related: [RelatedLocation(range: parsed.notes[first].labelRange, message: "first definition of \(label)")]))
        }
    }

    /// For each note, the earlier definition it duplicates. Footnote blocks may reuse a label
    /// page after page; two blocks clash only when both follow the same marker, that is when
    /// a marker with their label precedes the first and none stands between them.
    static func duplicateDefinitions(_ parsed: ParsedBrief) -> [Int?] {
        var duplicates = [Int?](repeating: nil, count: parsed.notes.count)
        var firstByLabel: [String: Int] = [:]
        var lastBlockByLabel: [String: Int] = [:]
        var markerStarts: [String: [Int]] = [:]
        for marker in parsed.markers { markerStarts[marker.label, default: []].append(marker.range.lowerBound) }
        for (index, note) in parsed.notes.enumerated() {
            if note.style != .footnoteBlock {
                if let first = firstByLabel[note.label] { duplicates[index] = first } else { firstByLabel[note.label] = index }
                continue
            }
            defer { lastBlockByLabel[note.label] = index }
            guard let previous = lastBlockByLabel[note.label], let starts = markerStarts[note.label] else { continue }
            let earlier = parsed.notes[previous]
            let before = countBelow(starts, earlier.range.lowerBound)
            let upToThis = countBelow(starts, note.range.lowerBound)
            let between = upToThis - countBelow(starts, earlier.range.upperBound)
            if before > 0, between == 0 { duplicates[index] = previous }
        }
        return duplicates
    }

    /// How many of the ascending `values` are below `limit`.
    private static func countBelow(_ values: [Int], _ limit: Int) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < limit { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// BRF004: notes numbered out of the order they are first cited. Each first appearance
    /// should be one more than the highest number cited so far.
    private static func markerOrder(_ parsed: ParsedBrief, _ findings: inout [Finding]) {
        guard !parsed.isReferenceList, !parsed.notes.isEmpty else { return }
        var seen = Set<String>()
        var firsts: [(number: Int, marker: NoteMarker)] = []
        for marker in parsed.markers where !seen.contains(marker.label) {
            seen.insert(marker.label)
            guard let number = Int(marker.label), number < 1_000_000 else { return }
            firsts.append((number, marker))
        }
        var highest = 0
        var highestMarker: NoteMarker?
        for (number, marker) in firsts {
            defer {
                if number > highest { highest = number; highestMarker = marker }
            }
            if number == highest + 1 { continue }
            if number < highest, let previous = highestMarker {
                findings.append(Finding(
                    .markerOrder, marker.range,
                    "Note \(display(marker.label, parsed)) is first cited after note \(display(previous.label, parsed)); number notes in the order they are cited",
                    related: [RelatedLocation(range: previous.range, message: "note \(display(previous.label, parsed)) is cited here first")]))
            } else {
                let expected = highest + 1
                let missing = seen.contains(String(expected))
                    ? "note \(display(String(expected), parsed)) is cited only later"
                    : "no marker cites note \(display(String(expected), parsed))"
                findings.append(Finding(
                    .markerOrder, marker.range,
                    "Note numbering jumps to \(display(marker.label, parsed)) where \(display(String(expected), parsed)) was expected: \(missing)"))
            }
        }
    }
}
