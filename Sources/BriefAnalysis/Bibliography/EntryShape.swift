/// Recognises a bibliography entry by its shape, for bibliographies written without a
/// heading (spec §2): `Surname, Given. Year. “Title.” Publication, date.` and the other
/// common shapes (all-caps names, given name first, several authors, `et al.`).
public enum EntryShape {
    /// True when the text in `range` (a paragraph or a line) is shaped like a bibliography
    /// entry: it opens with a list of names ended by a period (or, for inverted names, a
    /// comma), followed by a year or a title, and it holds a year (1500–2099) and a quoted
    /// or italic title; names closed by a period and followed by a title need no year. Prose (which soon has a lower-case word among its opening words)
    /// and note lines (`[1] …`, `[^1]: …`) are rejected.
    public static func looksLikeEntry(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Bool {
        let clamped = TextRange(max(0, range.lowerBound), min(bytes.count, range.upperBound))
        let trimmed = ByteScan.trimmed(bytes, clamped)
        guard trimmed.length >= 12, trimmed.length <= 1500 else { return false }
        let start = listItemContentStart(bytes, trimmed)
        guard start < trimmed.upperBound else { return false }
        let first = bytes[start]
        // Note definitions, headings, quotations and tables are never entries.
        if first == UInt8(ascii: "[") || first == UInt8(ascii: "#") || first == UInt8(ascii: ">") || first == UInt8(ascii: "|") {
            return false
        }
        let body = TextRange(start, trimmed.upperBound)
        let authors = AuthorSpan.read(bytes, body)
        if authors.stop == .none { return isUnquotedEntry(bytes, body) }
        guard authors.isEntryShaped else { return false }
        if authors.nameWords == 1 {
            // `Reuters. 2015. …`: a lone name needs the year closed by a period too.
            let afterYear = authors.end + 4
            guard afterYear < body.upperBound, bytes[afterYear] == UInt8(ascii: ".") else { return false }
        }
        let titleFollows = authors.stop == .title || authors.stop == .italic
        // Names closed by a period and then a title need no year (an entry that lacks one,
        // BRF032); otherwise the year is what tells an entry from a sentence.
        if titleFollows, authors.closing == UInt8(ascii: "."), hasTitleMark(bytes, TextRange(authors.end, body.upperBound)) {
            return true
        }
        guard ByteScan.firstYear(bytes, in: body) != nil else { return false }
        if titleFollows { return true }
        // Stopped at a year: a title must still follow, unless the names are inverted
        // (`Caryl, Christian. 2015. Realists…` is unmistakable without quotes).
        return authors.isInverted || hasTitleMark(bytes, TextRange(authors.end, body.upperBound))
    }

    /// `Eyler, Brian. Last Days of the Mighty Mekong. London: Zed Books, 2019.` (a person
    /// surname first, then a capitalised title, a place and publisher, a year) or `Bank for International Settlements.
    /// “Title.” …` (an organisation, then a year or a quoted title): names closed by a period,
    /// and a year somewhere.
    private static func isUnquotedEntry(_ bytes: UnsafeBufferPointer<UInt8>, _ body: TextRange) -> Bool {
        guard let period = NamesPeriod.find(bytes, body, limit: body.upperBound) else { return false }
        var inverted = false
        for offset in body.lowerBound..<period where bytes[offset] == UInt8(ascii: ",") {
            inverted = true
            break
        }
        var next = period + 1
        while next < body.upperBound, ByteScan.isWhitespace(bytes[next]) { next += 1 }
        guard next < body.upperBound, ByteScan.firstYear(bytes, in: body) != nil else { return false }
        if inverted {
            // A book names its publisher (`London: Zed Books`): a dateline such as
            // `Washington, DC. March 2019.` does not.
            guard ByteScan.isUpper(bytes[next]) || ByteScan.isYear(bytes, at: next, end: body.upperBound) else { return false }
            var colon = next
            while colon < body.upperBound, bytes[colon] != UInt8(ascii: ":") { colon += 1 }
            return colon < body.upperBound && ByteScan.firstYear(bytes, in: TextRange(colon, body.upperBound)) != nil
        }
        return OrganisationName.isOrganisation(bytes, TextRange(body.lowerBound, period))
            && (ByteScan.isYear(bytes, at: next, end: body.upperBound) || hasTitleMark(bytes, TextRange(next, body.upperBound)))
    }

    /// Start of the content of a Markdown list item (`- `, `* `, `+ `, `1. `), else `range`'s start.
    static func listItemContentStart(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Int {
        var index = range.lowerBound
        guard index + 1 < range.upperBound else { return index }
        let first = bytes[index]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            if ByteScan.isSpace(bytes[index + 1]) { index += 2 } else { return index }
        } else if ByteScan.isDigit(first) {
            var cursor = index
            while cursor < range.upperBound, ByteScan.isDigit(bytes[cursor]) { cursor += 1 }
            guard cursor - index <= 3, cursor + 1 < range.upperBound,
                  bytes[cursor] == UInt8(ascii: ".") || bytes[cursor] == UInt8(ascii: ")"),
                  ByteScan.isSpace(bytes[cursor + 1]) else { return index }
            index = cursor + 2
        } else {
            return index
        }
        while index < range.upperBound, ByteScan.isSpace(bytes[index]) { index += 1 }
        return index
    }

    /// True when `range` holds an opening quotation mark or an italic span.
    static func hasTitleMark(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if let quote = ByteScan.quote(bytes, at: index, end: range.upperBound),
               quote == .curlyOpen || quote == .straight {
                return true
            }
            let byte = bytes[index]
            if byte == 0x27 || byte == 0xE2, TitleReader.singleOpenWidth(bytes, at: index, start: range.lowerBound, end: range.upperBound) != nil {
                return true
            }
            if byte == UInt8(ascii: "_") || byte == UInt8(ascii: "*"),
               index + 1 < range.upperBound, ByteScan.isWordByte(bytes[index + 1]),
               index == range.lowerBound || !ByteScan.isWordByte(bytes[index - 1]) {
                return true
            }
            index += 1
        }
        return false
    }
}
