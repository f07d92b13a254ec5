/// Finds `[n]` note markers in a plain brief.
enum PlainMarkerScanner {
    struct Candidate {
        /// The note number, or 0 for a letter marker.
        var number: Int
        /// The letter of an `[A]` marker (Gutenberg's lettered footnotes), else 0.
        var letter: UInt8
        var range: TextRange
        /// Written against the preceding word or punctuation (`ISIS.[1]`), not set off by space.
        var attached: Bool
    }

    struct Scan {
        var candidates: [Candidate] = []
        /// Numbers cited by a list or range rather than one marker each (`[1, 2]`, `[4-6]`,
        /// `[1]–[3]`): they are not markers, but the notes they name are cited.
        var listed: [Int] = []
    }

    /// `[n]` at `offset`: n one to six digits, not all zeros; leading zeros do not count.
    static func bracketedNumber(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, limit: Int) -> (number: Int, range: TextRange)? {
        guard offset < limit, bytes[offset] == UInt8(ascii: "[") else { return nil }
        guard let (number, end) = digits(bytes, from: offset + 1, limit: limit), end < limit,
              bytes[end] == UInt8(ascii: "]") else { return nil }
        return (number, TextRange(offset, end + 1))
    }

    /// A positive number of one to six digits at `offset`, and the offset after it.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, limit: Int) -> (Int, Int)? {
        var cursor = offset
        var number = 0
        while cursor < limit, ByteClass.isDigit(bytes[cursor]), cursor - offset < 6 {
            number = number * 10 + Int(bytes[cursor] - UInt8(ascii: "0"))
            cursor += 1
        }
        guard cursor > offset, number > 0, cursor == limit || !ByteClass.isDigit(bytes[cursor]) else { return nil }
        return (number, cursor)
    }

    /// Every bracketed number in running text. One that opens a note's first line is its
    /// label; one that opens a line and is followed by `=` is a legend entry
    /// (`[1]  = Whole-note`); any other, even at the start of a wrapped line, cites.
    /// `noteStarts` are the offsets of the notes' labels, ascending: lines come in text
    /// order, so a cursor into them tells a note's label from a marker without hashing.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, lines: [Line], roles: [LineRole], noteStarts: [Int]) -> Scan {
        var scan = Scan()
        // Most notes are cited about once: room for that many spares the copies of growing.
        scan.candidates.reserveCapacity(noteStarts.count)
        var nextStart = 0
        for (index, line) in lines.enumerated() {
            switch roles[index] {
            case .blank, .heading, .code, .frontMatter: continue
            default: break
            }
            var cursor = line.contentStart
            while nextStart < noteStarts.count, noteStarts[nextStart] < cursor { nextStart += 1 }
            let isNoteStart = nextStart < noteStarts.count && noteStarts[nextStart] == cursor
            if isNoteStart || isLegend(bytes, line) { cursor += 1 }
            let end = line.range.upperBound
            while cursor < end {
                guard let open = bytes.firstIndex(of: UInt8(ascii: "["), in: TextRange(cursor, end)) else { break }
                cursor = open
                let attached = cursor > line.contentStart && !ByteClass.isWhitespace(bytes[cursor - 1])
                if let number = bracketedNumber(bytes, at: cursor, limit: end) {
                    scan.candidates.append(Candidate(number: number.number, letter: 0, range: number.range, attached: attached))
                    cursor = number.range.upperBound
                    listRange(after: number, bytes, limit: end, into: &scan.listed)
                } else if cursor + 2 < end, ByteClass.isUpper(bytes[cursor + 1]), bytes[cursor + 2] == UInt8(ascii: "]") {
                    scan.candidates.append(Candidate(number: 0, letter: bytes[cursor + 1], range: TextRange(cursor, cursor + 3), attached: attached))
                    cursor += 3
                } else {
                    cursor = numberList(bytes, at: cursor, limit: end, into: &scan.listed) ?? cursor + 1
                }
            }
        }
        return scan
    }

    /// `[1, 2, 5]` or `[4-6]` (hyphen or en dash) at `offset`: its numbers, and the offset after it.
    private static func numberList(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, limit: Int, into listed: inout [Int]) -> Int? {
        // The numbers go straight into `listed` (no array per bracket) and are taken back
        // out if the bracket turns out not to be a list.
        let mark = listed.count
        guard let end = numberListEnd(bytes, at: offset, limit: limit, into: &listed) else {
            if listed.count > mark { listed.removeSubrange(mark...) }
            return nil
        }
        return end
    }

    private static func numberListEnd(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, limit: Int, into listed: inout [Int]) -> Int? {
        let mark = listed.count
        var cursor = offset + 1
        var rangeFrom: Int?
        while cursor < limit {
            guard let (number, after) = digits(bytes, from: cursor, limit: limit) else { return nil }
            if let from = rangeFrom {
                guard number > from, number - from <= 100 else { return nil }
                listed += (from + 1)...number
                rangeFrom = nil
            } else {
                listed.append(number)
            }
            cursor = after
            while cursor < limit, ByteClass.isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < limit else { return nil }
            if bytes[cursor] == UInt8(ascii: "]") {
                guard listed.count - mark >= 2 else { return nil }
                return cursor + 1
            }
            if bytes[cursor] == UInt8(ascii: ",") {
                cursor += 1
            } else if let dash = dashLength(bytes, at: cursor, limit: limit), rangeFrom == nil, listed.count > mark, let last = listed.last {
                rangeFrom = last
                cursor += dash
            } else {
                return nil
            }
            while cursor < limit, ByteClass.isSpace(bytes[cursor]) { cursor += 1 }
        }
        return nil
    }

    /// After `[1]`, a dash and `[3]`: the numbers between are cited too.
    private static func listRange(after first: (number: Int, range: TextRange), _ bytes: UnsafeBufferPointer<UInt8>, limit: Int, into listed: inout [Int]) {
        let cursor = first.range.upperBound
        guard let dash = dashLength(bytes, at: cursor, limit: limit),
              let second = bracketedNumber(bytes, at: cursor + dash, limit: limit),
              second.number > first.number + 1, second.number - first.number <= 100 else { return }
        listed += (first.number + 1)..<second.number
    }

    /// Length of a hyphen, en dash or em dash at `offset`.
    private static func dashLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, limit: Int) -> Int? {
        guard offset < limit else { return nil }
        if bytes[offset] == UInt8(ascii: "-") { return 1 }
        // U+2013 and U+2014 are E2 80 93 and E2 80 94.
        if offset + 2 < limit, bytes[offset] == 0xE2, bytes[offset + 1] == 0x80,
           bytes[offset + 2] == 0x93 || bytes[offset + 2] == 0x94 { return 3 }
        return nil
    }

    private static func isLegend(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        guard let number = bracketedNumber(bytes, at: line.contentStart, limit: line.range.upperBound) else { return false }
        var cursor = number.range.upperBound
        while cursor < line.range.upperBound, ByteClass.isSpace(bytes[cursor]) { cursor += 1 }
        return cursor < line.range.upperBound && bytes[cursor] == UInt8(ascii: "=")
    }

    /// The candidates that cite.
    /// - Where a document attaches its markers to the text, a number set off by spaces whose
    ///   note is also cited the attached way is a mention of the marker (a transcriber's
    ///   "[01] through [15]"), not a citation.
    /// - A bracketed year that no note is numbered with is a year (`[2019] UKSC 41`).
    /// - A bracketed capital is a marker only where a `[Footnote A: …]` block has its letter.
    static func citations(_ candidates: [Candidate], keepSpaced: Bool, notes: [NoteDefinition],
                          bytes: UnsafeBufferPointer<UInt8>, labels: inout LabelTable) -> [NoteMarker] {
        var markers: [NoteMarker] = []
        markers.reserveCapacity(candidates.count)
        // Which years and letters notes define, worked out only if a candidate needs it.
        var defined: NumberSet?
        var letters: Set<UInt8>?
        func isDefined(_ number: Int) -> Bool {
            if defined == nil {
                var numbers = NumberSet()
                for note in notes {
                    if let value = labels.value(note.label, id: note.labelID) { numbers.insert(value) }
                }
                defined = numbers
            }
            return defined?.contains(number) ?? false
        }
        func hasBlock(_ letter: UInt8) -> Bool {
            if letters == nil {
                letters = Set(notes.lazy.filter { $0.style == .footnoteBlock && $0.label.utf8.count == 1 }.compactMap { $0.label.utf8.first })
            }
            return letters?.contains(letter) ?? false
        }
        let attachedCount = candidates.reduce(0) { $0 + ($1.attached ? 1 : 0) }
        let keepAll = keepSpaced || attachedCount * 2 <= candidates.count
        var attachedNumbers = NumberSet()
        if !keepAll {
            for candidate in candidates where candidate.attached { attachedNumbers.insert(candidate.number) }
        }
        for candidate in candidates {
            if candidate.letter != 0 {
                guard hasBlock(candidate.letter) else { continue }
                let inner = TextRange(candidate.range.lowerBound + 1, candidate.range.upperBound - 1)
                let label = labels.id(text: bytes, inner, foldCase: false)
                markers.append(NoteMarker(label: label.label, labelID: label.id, range: candidate.range))
                continue
            }
            if !keepAll, !candidate.attached, attachedNumbers.contains(candidate.number) { continue }
            if (1500...2100).contains(candidate.number), !isDefined(candidate.number) { continue }
            let label = labels.id(number: candidate.number)
            markers.append(NoteMarker(label: label.label, labelID: label.id, range: candidate.range))
        }
        return markers
    }
}
