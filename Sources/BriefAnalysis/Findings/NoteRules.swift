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
        if !parsed.listCitedLabels.isEmpty {
            // Walking the (small) set beats hashing every note's label into it.
            var listed = [Bool](repeating: false, count: parsed.labels.count)
            var listedOutside = false
            for label in parsed.listCitedLabels {
                if label >= 0, label < listed.count { listed[label] = true } else { listedOutside = true }
            }
            for index in parsed.notes.indices {
                let label = parsed.notes[index].labelID
                let isListed = label >= 0 && label < listed.count ? listed[label] : listedOutside && parsed.listCitedLabels.contains(label)
                if isListed { cited[index] = true }
            }
        }
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

    /// For each note, the earlier definition it duplicates. Books restart their numbering
    /// on every page (`[Footnote n: …]` blocks) or in every chapter (endnote lists), so two
    /// definitions of a label clash only when both follow the same marker: no marker with
    /// their label stands between them (and, for blocks, one stands before the first).
    /// Markdown has no such convention: every later definition of a label is a duplicate.
    static func duplicateDefinitions(_ parsed: ParsedBrief) -> [Int?] {
        let labelCount = parsed.labels.count
        let notes = parsed.notes
        var duplicates = [Int?](repeating: nil, count: notes.count)
        var definitions = [Int](repeating: 0, count: labelCount)
        for index in notes.indices where notes[index].labelID < labelCount { definitions[notes[index].labelID] += 1 }
        guard definitions.contains(where: { $0 > 1 }) else { return duplicates }
        // Marker positions, only for labels defined more than once: `slots` maps such a
        // label to its list, so that the thousands of other labels cost no array each.
        var slots = [Int](repeating: -1, count: labelCount)
        var markerStarts: [[Int]] = []
        for marker in parsed.markers where marker.labelID < labelCount && definitions[marker.labelID] > 1 {
            if slots[marker.labelID] < 0 {
                slots[marker.labelID] = markerStarts.count
                markerStarts.append([])
            }
            markerStarts[slots[marker.labelID]].append(marker.range.lowerBound)
        }
        var lastByLabel = [Int](repeating: -1, count: labelCount)
        var lastBlockByLabel = [Int](repeating: -1, count: labelCount)
        for index in notes.indices where notes[index].labelID < labelCount {
            let label = notes[index].labelID
            let isBlock = notes[index].style == .footnoteBlock
            let previous = isBlock ? lastBlockByLabel[label] : lastByLabel[label]
            if isBlock { lastBlockByLabel[label] = index } else { lastByLabel[label] = index }
            guard previous >= 0 else { continue }
            if !parsed.noteGroups.isEmpty {
                // Restarted lists: a label clashes only within its own list.
                if parsed.noteGroups[previous] == parsed.noteGroups[index] { duplicates[index] = duplicates[previous] ?? previous }
                continue
            }
            if parsed.kind == .markdown {
                duplicates[index] = duplicates[previous] ?? previous
                continue
            }
            let starts = slots[label] >= 0 ? markerStarts[slots[label]] : []
            let earlier = notes[previous].range
            let before = countBelow(starts, earlier.lowerBound)
            let between = countBelow(starts, notes[index].range.lowerBound) - countBelow(starts, earlier.upperBound)
            if between == 0, before > 0 || !isBlock { duplicates[index] = duplicates[previous] ?? previous }
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
    /// should be one more than the highest number cited so far. A swapped pair is one
    /// finding, on the note cited too early. Markdown labels are names that renderers
    /// number themselves, so their order is the writer's business.
    private static func markerOrder(_ parsed: ParsedBrief, _ findings: inout [Finding]) {
        guard parsed.kind == .plain, !parsed.isReferenceList, !parsed.notes.isEmpty else { return }
        // Each label's number, worked out once per label rather than once per marker.
        let numbers = parsed.labels.indices.map { id in
            // Labels the parser read as numbers are their digits: no need to parse them again.
            if let value = parsed.labelNumber(id) { return value < 1_000_000 ? value : nil }
            return Self.number(parsed.labels[id])
        }
        var seen = [Bool](repeating: false, count: parsed.labels.count)
        var firsts: [(number: Int, index: Int)] = []
        firsts.reserveCapacity(parsed.labels.count)
        for (index, marker) in parsed.markers.enumerated() where marker.labelID < seen.count && !seen[marker.labelID] {
            seen[marker.labelID] = true
            guard let number = numbers[marker.labelID] else { return }
            firsts.append((number, index))
        }
        // Where each number is first cited, looked up only when the sequence breaks.
        var firstIndexByNumber: FirstCitations?
        func firstMarker(_ number: Int) -> NoteMarker? {
            if firstIndexByNumber == nil { firstIndexByNumber = FirstCitations(firsts) }
            return firstIndexByNumber?.index(of: number).map { parsed.markers[$0] }
        }
        var highest = 0
        var highestIndex = -1
        var citedEarly = NumberSet()
        for (number, index) in firsts {
            if number == highest + 1 {
                highest = number
                highestIndex = index
                continue
            }
            let marker = parsed.markers[index]
            let highestMarker = highestIndex >= 0 ? parsed.markers[highestIndex] : nil
            defer {
                if number > highest { highest = number; highestIndex = index }
            }
            let name = display(marker.label, parsed)
            if number < highest {
                guard !citedEarly.contains(number), let previous = highestMarker else { continue }
                findings.append(Finding(
                    .markerOrder, marker.range,
                    "Note \(name) is first cited after note \(display(previous.label, parsed)); number notes in the order they are cited",
                    related: [RelatedLocation(range: previous.range, message: "note \(display(previous.label, parsed)) is cited here first")]))
                continue
            }
            let expected = highest + 1
            let skipped = number - expected <= 64 ? Array(expected..<number) : [expected]
            let later = skipped.filter { firstMarker($0) != nil }
            if let next = later.first, let nextMarker = firstMarker(next) {
                for number in later { citedEarly.insert(number) }
                findings.append(Finding(
                    .markerOrder, marker.range,
                    "Note \(name) is cited before note \(display(String(next), parsed)); number notes in the order they are cited",
                    related: [RelatedLocation(range: nextMarker.range, message: "note \(display(String(next), parsed)) is first cited here")]))
            } else {
                findings.append(Finding(
                    .markerOrder, marker.range,
                    "Note numbering jumps to \(name) where \(display(String(expected), parsed)) was expected: no marker cites note \(display(String(expected), parsed))"))
            }
        }
    }

    /// A label's value when it is one to six ASCII digits.
    private static func number(_ label: String) -> Int? {
        var value = 0
        var digits = 0
        for byte in label.utf8 {
            guard ByteClass.isDigit(byte), digits < 6 else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits > 0 ? value : nil
    }
}

/// Where each note number is first cited (an index into the markers): numbers are dense, so
/// an array indexed by number, unless they are too sparse for one.
private struct FirstCitations {
    private var dense: [Int] = []
    private var sparse: [Int: Int] = [:]

    init(_ firsts: [(number: Int, index: Int)]) {
        var highest = 0
        var lowest = 0
        for first in firsts {
            highest = max(highest, first.number)
            lowest = min(lowest, first.number)
        }
        let isDense = lowest >= 0 && highest <= 8 * firsts.count + 1024
        if isDense { dense = [Int](repeating: -1, count: highest + 1) }
        // A number cited under two labels (`0` and `00`) keeps its last, as a dictionary would.
        for first in firsts {
            if isDense { dense[first.number] = first.index } else { sparse[first.number] = first.index }
        }
    }

    func index(of number: Int) -> Int? {
        if dense.isEmpty { return sparse[number] }
        guard number >= 0, number < dense.count, dense[number] >= 0 else { return nil }
        return dense[number]
    }
}
