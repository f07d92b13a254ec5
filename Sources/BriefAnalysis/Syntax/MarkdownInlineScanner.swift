/// Finds `[^label]` markers in Markdown running text, skipping code spans and escapes.
enum MarkdownInlineScanner {
    /// `[^label]` at `offset`; the key is the label folded to lower case.
    static func footnoteReference(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, limit: Int) -> (key: String, range: TextRange)? {
        guard offset + 1 < limit, bytes[offset] == UInt8(ascii: "["), bytes[offset + 1] == UInt8(ascii: "^") else { return nil }
        var cursor = offset + 2
        while cursor < limit {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "[") || ByteClass.isWhitespace(byte) { break }
            cursor += 1
        }
        guard cursor > offset + 2, cursor < limit, bytes[cursor] == UInt8(ascii: "]") else { return nil }
        var key: [UInt8] = []
        key.reserveCapacity(cursor - offset - 2)
        for index in (offset + 2)..<cursor { key.append(ByteClass.lowered(bytes[index])) }
        return (String(decoding: key, as: UTF8.self), TextRange(offset, cursor + 1))
    }

    /// Markers in every paragraph that is running text, a note or a bibliography entry.
    static func markers(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line], _ roles: [LineRole], _ notes: [NoteDefinition]) -> [NoteMarker] {
        var labelStarts = Set<Int>()
        for note in notes { labelStarts.insert(note.labelRange.lowerBound) }
        var markers: [NoteMarker] = []
        var index = 0
        while index < lines.count {
            guard isScanned(roles[index]) else { index += 1; continue }
            var last = index
            while last + 1 < lines.count, isScanned(roles[last + 1]), !lines[last + 1].isBlank { last += 1 }
            scanParagraph(bytes, TextRange(lines[index].range.lowerBound, lines[last].range.upperBound), labelStarts, &markers)
            index = last + 1
        }
        return markers
    }

    private static func isScanned(_ role: LineRole) -> Bool {
        switch role {
        case .body, .note, .bibliography, .heading: return true
        case .blank, .code, .frontMatter: return false
        }
    }

    /// Code spans may cross line breaks inside a paragraph, so a paragraph is scanned whole.
    private static func scanParagraph(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, _ labelStarts: Set<Int>, _ markers: inout [NoteMarker]) {
        var cursor = range.lowerBound
        let end = range.upperBound
        while cursor < end {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\\") {
                cursor += 2
            } else if byte == UInt8(ascii: "`") {
                var run = cursor
                while run < end, bytes[run] == UInt8(ascii: "`") { run += 1 }
                let length = run - cursor
                cursor = closingBackticks(bytes, from: run, length: length, limit: end) ?? run
            } else if byte == UInt8(ascii: "["), let marker = footnoteReference(bytes, at: cursor, limit: end) {
                if !labelStarts.contains(cursor) {
                    markers.append(NoteMarker(label: marker.key, range: marker.range))
                }
                cursor = marker.range.upperBound
            } else {
                cursor += 1
            }
        }
    }

    /// The offset after a backtick run of exactly `length` closing a code span, if any.
    private static func closingBackticks(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int, limit: Int) -> Int? {
        var cursor = start
        while cursor < limit {
            guard bytes[cursor] == UInt8(ascii: "`") else { cursor += 1; continue }
            var run = cursor
            while run < limit, bytes[run] == UInt8(ascii: "`") { run += 1 }
            if run - cursor == length { return run }
            cursor = run
        }
        return nil
    }
}
