/// The list of names that opens a bibliography entry, read up to the year or the title.
struct AuthorSpan {
    /// What ended the names.
    enum Stop: Equatable {
        /// A year (`2015`) or an APA year in parentheses (`(2015)`).
        case year
        /// An opening quotation mark.
        case title
        /// `_` or `*` opening an italic title.
        case italic
        /// Something that cannot follow names (a lower-case word, a number, the end).
        case none
    }

    /// First byte after the names and their closing punctuation (where the stop starts).
    var end: Int
    /// End of the last name word.
    var namesEnd: Int
    var stop: Stop
    /// Capitalised words seen (surnames, given names, initials).
    var nameWords: Int
    /// True when the first word is followed directly by a comma: `Caryl, Christian`.
    var isInverted: Bool
    /// The punctuation between the last name word and the stop (`.`, `,`), or 0.
    var closing: UInt8

    /// True when the names end as an entry's do: with a period (`GORDON. 2015.`), with a
    /// comma after an inverted name (`Fielding, R., "…"`), or with an APA `(2015)`.
    /// A given-name-first list closed by a comma is a note's citation, not an entry.
    var isEntryShaped: Bool {
        guard stop != .none else { return false }
        // One name (`Reuters. 2015. “…”`) only directly before the year, closed by a period.
        guard nameWords >= 2 || (nameWords == 1 && stop == .year && closing == UInt8(ascii: ".")) else { return false }
        if closing == UInt8(ascii: ".") { return true }
        if closing == UInt8(ascii: ","), isInverted { return true }
        return stop == .year && closing == UInt8(ascii: "(")
    }

    /// Reads names from the start of `range`.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> AuthorSpan {
        var span = AuthorSpan(end: range.lowerBound, namesEnd: range.lowerBound, stop: .none, nameWords: 0, isInverted: false, closing: 0)
        var index = range.lowerBound
        var words = 0
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            // A letter is none of the marks tested below: go straight to the word.
            if !ByteScan.isASCIILetter(byte) {
                if ByteScan.isWhitespace(byte) { index += 1; continue }
                if ByteScan.isDigit(byte) {
                    if ByteScan.isYear(bytes, at: index, end: end) { span.stop = .year; span.end = index }
                    return span
                }
                if byte == 0x27 || byte == 0xE2, TitleReader.singleOpenWidth(bytes, at: index, start: range.lowerBound, end: end) != nil {
                    span.stop = .title
                    span.end = index
                    return span
                }
                if let quote = ByteScan.quote(bytes, at: index, end: end) {
                    if quote == .curlyOpen || quote == .straight { span.stop = .title; span.end = index }
                    return span
                }
                if byte == UInt8(ascii: "_") || byte == UInt8(ascii: "*") {
                    span.stop = .italic
                    span.end = index
                    return span
                }
                // A Markdown link around the title: `[“Realists…”](https://…)`.
                if byte == UInt8(ascii: "["), index + 1 < end, let quote = ByteScan.quote(bytes, at: index + 1, end: end),
                   quote == .curlyOpen || quote == .straight {
                    span.stop = .title
                    span.end = index
                    return span
                }
                if byte == UInt8(ascii: "(") {
                    if index + 1 < end, ByteScan.isYear(bytes, at: index + 1, end: end), isAPAYear(bytes, at: index, end: end) {
                        if span.closing == 0 { span.closing = byte }
                        span.stop = .year
                        span.end = index
                    }
                    return span
                }
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") {
                    if byte == UInt8(ascii: ","), words == 1, span.nameWords == 1, span.closing == 0 { span.isInverted = true }
                    // A period wins over a comma: `R.,` closes with a comma, `Dagher.` with a period.
                    span.closing = byte
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: "&") || byte == UInt8(ascii: ";") {
                    span.closing = 0
                    index += 1
                    continue
                }
                guard ByteScan.isWordByte(byte) else { return span }
            }
            let wordEnd = ByteScan.wordEnd(bytes, from: index, end: end)
            guard wordEnd > index else { return span }
            let word = TextRange(index, wordEnd)
            if ByteScan.isCapitalised(bytes, word) {
                span.nameWords += 1
            } else if !ByteScan.isNameConnector(bytes, word) {
                return span
            }
            words += 1
            if words > 40 { return span }
            span.closing = 0
            span.namesEnd = wordEnd
            index = wordEnd
        }
        return span
    }

    /// `(2015).` or `(2015a),`: an APA year, closed and followed by a period or comma, unlike
    /// prose such as `Thomas Weelkes (1590) begins…`.
    private static func isAPAYear(_ bytes: UnsafeBufferPointer<UInt8>, at open: Int, end: Int) -> Bool {
        var index = open + 5
        if index < end, ByteScan.isASCIILetter(bytes[index]) { index += 1 }
        guard index + 1 < end, bytes[index] == UInt8(ascii: ")") else { return false }
        let after = bytes[index + 1]
        return after == UInt8(ascii: ".") || after == UInt8(ascii: ",")
    }
}
