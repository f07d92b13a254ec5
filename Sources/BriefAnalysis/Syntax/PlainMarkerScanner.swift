/// Finds `[n]` note markers in a plain brief.
enum PlainMarkerScanner {
    struct Candidate {
        var number: Int
        var range: TextRange
        /// Written against the preceding word or punctuation (`ISIS.[1]`), not set off by space.
        var attached: Bool
    }

    /// `[n]` at `offset`: n one to six digits, not all zeros; leading zeros do not count.
    static func bracketedNumber(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, limit: Int) -> (number: Int, range: TextRange)? {
        guard offset < limit, bytes[offset] == UInt8(ascii: "[") else { return nil }
        var cursor = offset + 1
        var number = 0
        while cursor < limit, ByteClass.isDigit(bytes[cursor]), cursor - offset <= 6 {
            number = number * 10 + Int(bytes[cursor] - UInt8(ascii: "0"))
            cursor += 1
        }
        let digits = cursor - offset - 1
        guard digits >= 1, number > 0, cursor < limit, bytes[cursor] == UInt8(ascii: "]") else { return nil }
        return (number, TextRange(offset, cursor + 1))
    }

    /// Every bracketed number in running text. One that opens a note's first line is its
    /// label; one that opens a line and is followed by `=` is a legend entry
    /// (`[1]  = Whole-note`); any other, even at the start of a wrapped line, cites.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, lines: [Line], roles: [LineRole], noteStarts: Set<Int>) -> [Candidate] {
        var found: [Candidate] = []
        for (index, line) in lines.enumerated() {
            switch roles[index] {
            case .blank, .heading, .code, .frontMatter: continue
            default: break
            }
            var cursor = line.contentStart
            if noteStarts.contains(cursor) || isLegend(bytes, line) { cursor += 1 }
            let end = line.range.upperBound
            while cursor < end {
                guard let open = bytes.firstIndex(of: UInt8(ascii: "["), in: TextRange(cursor, end)) else { break }
                cursor = open
                guard let number = bracketedNumber(bytes, at: cursor, limit: end) else { cursor += 1; continue }
                let attached = cursor > line.contentStart && !ByteClass.isWhitespace(bytes[cursor - 1])
                found.append(Candidate(number: number.number, range: number.range, attached: attached))
                cursor = number.range.upperBound
            }
        }
        return found
    }

    private static func isLegend(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        guard let number = bracketedNumber(bytes, at: line.contentStart, limit: line.range.upperBound) else { return false }
        var cursor = number.range.upperBound
        while cursor < line.range.upperBound, ByteClass.isSpace(bytes[cursor]) { cursor += 1 }
        return cursor < line.range.upperBound && bytes[cursor] == UInt8(ascii: "=")
    }

    /// The candidates that cite. Where a document attaches its markers to the text, a number
    /// set off by spaces whose note is also cited the attached way is a mention of the
    /// marker (a transcriber's "[01] through [15]"), not a citation.
    static func citations(_ candidates: [Candidate], keepSpaced: Bool, labels: inout LabelTable) -> [NoteMarker] {
        var markers: [NoteMarker] = []
        markers.reserveCapacity(candidates.count)
        let attachedCount = candidates.reduce(0) { $0 + ($1.attached ? 1 : 0) }
        let keepAll = keepSpaced || attachedCount * 2 <= candidates.count
        var attachedNumbers = Set<Int>()
        if !keepAll {
            for candidate in candidates where candidate.attached { attachedNumbers.insert(candidate.number) }
        }
        for candidate in candidates where keepAll || candidate.attached || !attachedNumbers.contains(candidate.number) {
            let label = labels.id(number: candidate.number)
            markers.append(NoteMarker(label: label.label, labelID: label.id, range: candidate.range))
        }
        return markers
    }
}
