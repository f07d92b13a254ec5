/// One line of a document as the block parsers see it.
struct Line {
    /// The line without its break.
    var range: TextRange
    /// Offset of the first non-blank byte (== `range.upperBound` on a blank line).
    var contentStart: Int
    /// Columns of leading white space, a tab counting as four.
    var indent: Int
    var isBlank: Bool { contentStart == range.upperBound }
}

enum LineTable {
    /// Every line of `text`. Form feeds count as blank space, so that the page breaks of
    /// RFCs and printed books leave blank lines.
    static func lines(_ text: SourceText, _ bytes: UnsafeBufferPointer<UInt8>) -> [Line] {
        // Reads the line starts directly (as `SourceText.lineRange` does) and fills the
        // array in place: this runs once per line of every document.
        let starts = text.lineStarts
        let count = starts.count
        return [Line](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                let start = starts[index]
                var end = index + 1 < count ? starts[index + 1] : bytes.count
                if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
                if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                var cursor = start
                var indent = 0
                while cursor < end {
                    let byte = bytes[cursor]
                    if byte == 0x20 { indent += 1 } else if byte == 0x09 { indent += 4 } else if byte != 0x0C && byte != 0x0B { break }
                    cursor += 1
                }
                // `Line` holds only integers: assigning to the uninitialised slot is safe.
                buffer[index] = Line(range: TextRange(start, end), contentStart: cursor, indent: indent)
                initialized = index + 1
            }
        }
    }

    /// Each line's first role: blank or body.
    static func roles(_ lines: [Line]) -> [LineRole] {
        lines.map { $0.isBlank ? .blank : .body }
    }
}
