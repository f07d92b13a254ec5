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
        var lines: [Line] = []
        lines.reserveCapacity(text.lineCount)
        for index in 0..<text.lineCount {
            let range = text.lineRange(index)
            var cursor = range.lowerBound
            var indent = 0
            while cursor < range.upperBound {
                let byte = bytes[cursor]
                if byte == 0x20 { indent += 1 } else if byte == 0x09 { indent += 4 } else if byte != 0x0C && byte != 0x0B { break }
                cursor += 1
            }
            lines.append(Line(range: range, contentStart: cursor, indent: indent))
        }
        return lines
    }
}
