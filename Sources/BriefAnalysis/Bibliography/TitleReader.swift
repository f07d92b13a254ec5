/// A title found in an entry or a citation.
struct TitleSpan {
    /// The title's words, without quotation marks or the comma or period inside them.
    var inner: TextRange
    /// The title with its quotation marks or italic marks.
    var outer: TextRange
    /// True for `_Title_` or `*Title*`.
    var isItalic: Bool
}

/// Finds quoted (`“…”`, `"…"`) and italic (`_…_`, `*…*`) titles.
enum TitleReader {
    /// `"`, `'` and `*` as bits of the bytes below 0x40.
    private static let markBits: UInt64 = (1 << 0x22) | (1 << 0x27) | (1 << 0x2A)

    /// The first quoted or italic title in `range`; an unclosed quotation mark yields nothing.
    static func first(_ bytes: UnsafeBufferPointer<UInt8>, in range: TextRange) -> TitleSpan? {
        var index = range.lowerBound
        let end = range.upperBound
        // Once a `_` or `*` finds no closing mark, no later one will (the search runs to the
        // same end), so stop looking: many stray marks must not make this quadratic.
        var underscoresClose = true
        var asterisksClose = true
        while index < end {
            // Eight bytes at a time past those that cannot be a mark: `"` to `*`, `_`, and
            // non-ASCII bytes (`“`, `‘`, `’` start with 0xE2).
            index = ByteScan.nextStop(bytes, from: index, end: end) { word in
                ByteScan.asciiBytes(word, from: 0x22, through: 0x2A) | ByteScan.asciiBytes(word, from: 0x5F, through: 0x5F)
                    | (word & 0x8080_8080_8080_8080)
            }
            guard index < end else { break }
            let byte = bytes[index]
            // One test for the common case: no quotation, italic or apostrophe mark here.
            guard byte < 0x40 ? (Self.markBits >> UInt64(byte)) & 1 == 1 : (byte == UInt8(ascii: "_") || byte == 0xE2) else {
                index += 1
                continue
            }
            // British titles: ‘Fiscal Futures’ or 'Fiscal Futures', opening a word.
            if let width = singleOpenWidth(bytes, at: index, start: range.lowerBound, end: end) {
                if let close = singleClose(bytes, from: index + width, end: end) {
                    let closeWidth = bytes[close] == 0x27 ? 1 : 3
                    return TitleSpan(inner: innerTitle(bytes, TextRange(index + width, close)),
                                     outer: TextRange(index, close + closeWidth), isItalic: false)
                }
                index += width
                continue
            }
            if let quote = ByteScan.quote(bytes, at: index, end: end), quote == .curlyOpen || quote == .straight {
                let contentStart = index + quote.width
                guard let close = closing(bytes, for: quote, from: contentStart, end: end) else { return nil }
                let closeWidth = quote == .straight ? 1 : 3
                return TitleSpan(inner: innerTitle(bytes, TextRange(contentStart, close)),
                                 outer: TextRange(index, close + closeWidth), isItalic: false)
            }
            let isUnderscore = byte == UInt8(ascii: "_")
            if isUnderscore ? underscoresClose : (byte == UInt8(ascii: "*") && asterisksClose),
               index == range.lowerBound || !ByteScan.isWordByte(bytes[index - 1]) {
                var open = index
                while open < end, bytes[open] == byte { open += 1 }
                let marks = open - index
                if marks <= 2, open < end, !ByteScan.isWhitespace(bytes[open]) {
                    if let close = italicClose(bytes, mark: byte, count: marks, from: open, end: end) {
                        return TitleSpan(inner: innerTitle(bytes, TextRange(open, close)),
                                         outer: TextRange(index, close + marks), isItalic: true)
                    }
                    if isUnderscore { underscoresClose = false } else { asterisksClose = false }
                }
                index = open
                continue
            }
            index += 1
        }
        return nil
    }

    /// The sentence starting after `start` (past spaces, periods, commas and the `)` of an
    /// APA year), up to a period
    /// followed by a space or the end: an unquoted title.
    static func sentence(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> TextRange {
        var index = start
        while index < end, ByteScan.isWhitespace(bytes[index]) || bytes[index] == UInt8(ascii: ".")
                || bytes[index] == UInt8(ascii: ")") || bytes[index] == UInt8(ascii: ",") { index += 1 }
        let lower = index
        while index < end {
            if bytes[index] == UInt8(ascii: "."), index + 1 >= end || ByteScan.isWhitespace(bytes[index + 1]) { break }
            index += 1
        }
        return ByteScan.trimmed(bytes, TextRange(lower, index))
    }

    /// The width of a single quotation mark opening a title at `offset` (after the start,
    /// a space or a parenthesis, before a capital, a digit or a non-ASCII letter), or nil.
    static func singleOpenWidth(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, start: Int, end: Int) -> Int? {
        let width: Int
        if bytes[offset] == 0x27 {
            width = 1
        } else if ByteScan.quote(bytes, at: offset, end: end) == .singleOpen {
            width = 3
        } else {
            return nil
        }
        guard offset == start || ByteScan.isWhitespace(bytes[offset - 1]) || bytes[offset - 1] == UInt8(ascii: "("),
              offset + width < end else { return nil }
        let next = bytes[offset + width]
        return ByteScan.isUpper(next) || ByteScan.isDigit(next) || (next >= 0xC3 && next != 0xE2) ? width : nil
    }

    /// The closing single quotation mark of a title: `’` or `'` after a non-space and before
    /// punctuation or the end, so that `Scotland’s` and `workers’ rights` do not close it.
    /// Nil past a paragraph break or 400 bytes.
    private static func singleClose(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        var index = start
        while index < end, index - start < 400 {
            let byte = bytes[index]
            if byte == 0x0A, index + 1 < end, bytes[index + 1] == 0x0A { return nil }
            let width = byte == 0x27 ? 1 : (ByteScan.quote(bytes, at: index, end: end) == .singleClose ? 3 : 0)
            if width > 0, index > start, !ByteScan.isWhitespace(bytes[index - 1]) {
                let after = index + width
                if after >= end { return index }
                let next = bytes[after]
                if next == UInt8(ascii: ",") || next == UInt8(ascii: ".") || next == UInt8(ascii: ":") || next == UInt8(ascii: ";")
                    || next == UInt8(ascii: ")") || next == UInt8(ascii: "]") {
                    return index
                }
                // `‘Is It Over?’ The …`: a space closes only after the title's own punctuation.
                if ByteScan.isWhitespace(next), [UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ","), UInt8(ascii: ".")].contains(bytes[index - 1]) {
                    return index
                }
            }
            index += max(width, 1)
        }
        return nil
    }

    private static func closing(_ bytes: UnsafeBufferPointer<UInt8>, for open: ByteScan.Quote, from start: Int, end: Int) -> Int? {
        var index = start
        while index < end {
            index = ByteScan.nextStop(bytes, from: index, end: end) { word in
                ByteScan.asciiBytes(word, from: 0x22, through: 0x22) | (word & 0x8080_8080_8080_8080)
            }
            guard index < end else { break }
            let byte = bytes[index]
            if byte == 0x22 || byte == 0xE2, let quote = ByteScan.quote(bytes, at: index, end: end) {
                if open == .straight, quote == .straight { return index }
                if open == .curlyOpen, quote == .curlyClose { return index }
                index += quote.width
                continue
            }
            index += 1
        }
        return nil
    }

    private static func italicClose(_ bytes: UnsafeBufferPointer<UInt8>, mark: UInt8, count: Int, from start: Int, end: Int) -> Int? {
        var index = start
        while index + count <= end {
            let byte = bytes[index]
            if byte == 0x0A, index + 1 < end, bytes[index + 1] == 0x0A { return nil }
            if byte == mark {
                var run = index
                while run < end, bytes[run] == mark { run += 1 }
                if run - index == count, !ByteScan.isWhitespace(bytes[index - 1]),
                   run >= end || !ByteScan.isWordByte(bytes[run]) || mark == UInt8(ascii: "*") {
                    return index
                }
                index = run
                continue
            }
            index += 1
        }
        return nil
    }

    /// `range` without surrounding space and the comma or period a title's quotes enclose.
    static func innerTitle(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> TextRange {
        let trimmed = withoutClosingPunctuation(bytes, ByteScan.trimmed(bytes, range))
        return withoutClosingPunctuation(bytes, linkText(bytes, trimmed))
    }

    @inline(__always)
    private static func withoutClosingPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> TextRange {
        var trimmed = range
        while trimmed.length > 0 {
            let last = bytes[trimmed.upperBound - 1]
            guard last == UInt8(ascii: ",") || last == UInt8(ascii: ".") || last == UInt8(ascii: ";") || last == UInt8(ascii: ":") else { break }
            trimmed = ByteScan.trimmed(bytes, TextRange(trimmed.lowerBound, trimmed.upperBound - 1))
        }
        return trimmed
    }

    /// The text of a Markdown link that makes up the whole title: `[Realists](https://…)`.
    private static func linkText(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> TextRange {
        guard range.length > 4, bytes[range.lowerBound] == UInt8(ascii: "["), bytes[range.upperBound - 1] == UInt8(ascii: ")") else {
            return range
        }
        var index = range.lowerBound + 1
        while index + 1 < range.upperBound {
            if bytes[index] == UInt8(ascii: "]") {
                return bytes[index + 1] == UInt8(ascii: "(") ? ByteScan.trimmed(bytes, TextRange(range.lowerBound + 1, index)) : range
            }
            index += 1
        }
        return range
    }
}
