/// A citation as read from a note, before it is resolved to a source.
struct RawCitation {
    enum Kind: Equatable {
        /// `Ibid.`; `misspelt` for `Ibdi.`, `Ibid` without its period and the like.
        case ibid(misspelt: Bool)
        /// Names and a title: `full` when the first author has a given name
        /// (`Christian Caryl, “Title,” …`), else a short form (`Pugliese, Short Title, …`).
        case reference(isFull: Bool)
    }

    var kind: Kind
    /// The `Ibid.` token, or the span from the first name to the end of the title.
    var range: TextRange
    /// The first author; the rest are read only when a citation becomes a source.
    var firstAuthor: NameSpan?
    /// Where the names are written.
    var namesRange = TextRange(0, 0)
    /// The title's words, without quotation marks.
    var title: TextRange?
    /// True when the title is quoted or in italics, which makes the citation certain even
    /// when no source matches.
    var titleMarked = false
    /// Where the title's word keys stand in the citations' word pool.
    var titleWords: Range<Int> = 0..<0
    var date: FoundDate?
    /// End of the part of the note this citation was read from (up to `;` or the end).
    var segmentEnd = 0

    /// Key of the first author's surname.
    var surnameKey: UInt64?
}

/// Reads the citations of a note (spec §3): full form, short form, `Ibid.`; several
/// citations separated by semicolons. Commentary yields nothing.
enum CitationParser {
    /// Appends the citations of the note whose text is `body` to `citations`, their title
    /// words to `words`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ body: TextRange, into citations: inout [RawCitation],
                      words: inout [UInt64]) {
        var start = body.lowerBound
        while start < body.upperBound {
            let end = segmentEnd(bytes, from: start, end: body.upperBound)
            let segment = ByteScan.trimmed(bytes, TextRange(start, end))
            if segment.length > 0, var citation = parseSegment(bytes, segment, &words) {
                citation.segmentEnd = segment.upperBound
                citations.append(citation)
            }
            start = end + 1
        }
    }

    /// The next semicolon outside quotation marks and parentheses, or `end`.
    private static func segmentEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        // Most notes hold one citation: without a semicolon there is nothing to track.
        guard bytes.firstIndex(of: UInt8(ascii: ";"), in: TextRange(start, end)) != nil else { return end }
        var depth = 0
        var inQuote = false
        var index = start
        while index < end {
            let byte = bytes[index]
            let folded = byte | 0x20
            if (folded >= 0x61 && folded <= 0x7A) || byte == 0x20 {
                index += 1
                continue
            }
            if byte >= 0x80 || byte == 0x22, let quote = ByteScan.quote(bytes, at: index, end: end) {
                if quote == .curlyOpen { inQuote = true } else if quote == .curlyClose { inQuote = false } else if quote == .straight { inQuote.toggle() }
                index += quote.width
                continue
            }
            if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            if byte == UInt8(ascii: ";"), depth == 0, !inQuote { return index }
            index += 1
        }
        return end
    }

    private static func parseSegment(_ bytes: UnsafeBufferPointer<UInt8>, _ segment: TextRange, _ words: inout [UInt64]) -> RawCitation? {
        let start = skipLeadIn(bytes, segment)
        guard start < segment.upperBound else { return nil }
        if let ibid = IbidToken.read(bytes, at: start, end: segment.upperBound) {
            return RawCitation(kind: .ibid(misspelt: ibid.misspelt), range: ibid.range)
        }
        let rest = TextRange(start, segment.upperBound)
        if let title = TitleReader.first(bytes, in: rest) {
            return quotedCitation(bytes, rest, title, &words)
        }
        return shortCitation(bytes, rest, &words) ?? bookCitation(bytes, rest, &words)
    }

    /// `Brian Eyler, Last Days of the Mighty Mekong (London: Zed Books, 2019), 45.`: a full
    /// citation whose title lost its italics in plain text. The names (a person given name
    /// first, or an organisation) come before the first comma; the title runs to the next
    /// `(`, `,` or sentence end. A publication in parentheses with a year (`(London: Zed
    /// Books, 2019)`, `(London, 1835)`) makes it certain; with only a year later on, it
    /// counts only if it matches a source.
    private static func bookCitation(_ bytes: UnsafeBufferPointer<UInt8>, _ rest: TextRange, _ words: inout [UInt64]) -> RawCitation? {
        var comma = firstComma(bytes, in: TextRange(rest.lowerBound, min(rest.upperBound, rest.lowerBound + 120)))
        guard comma < rest.upperBound, bytes[comma] == UInt8(ascii: ",") else { return nil }
        var namesRange = TextRange(rest.lowerBound, comma)
        guard isNameList(bytes, namesRange), let first = FirstAuthorReader.read(bytes, namesRange),
              !isFunctionWordName(bytes, first),
              first.given != nil || OrganisationName.isOrganisation(bytes, namesRange) else { return nil }
        if let departmentEnd = departmentNameEnd(bytes, namesRange, end: rest.upperBound) {
            comma = departmentEnd
            namesRange = TextRange(rest.lowerBound, comma)
        }
        var index = comma + 1
        while index < rest.upperBound, ByteScan.isWhitespace(bytes[index]) { index += 1 }
        // `Jane Doe, ed., The Handbook…`: the editor's mark belongs to the names.
        let markEnd = ByteScan.wordEnd(bytes, from: index, end: rest.upperBound)
        if markEnd + 1 < rest.upperBound, NamesPeriod.isEditorMark(bytes, TextRange(index, markEnd)), bytes[markEnd] == UInt8(ascii: "."),
           bytes[markEnd + 1] == UInt8(ascii: ",") {
            index = markEnd + 2
            while index < rest.upperBound, ByteScan.isWhitespace(bytes[index]) { index += 1 }
        }
        // A Markdown link around the title: `[Last Days of the Mighty Mekong](https://…)`.
        var link: (text: TextRange, end: Int)?
        if index + 1 < rest.upperBound, bytes[index] == UInt8(ascii: "[") {
            var close = index + 1
            while close < rest.upperBound, bytes[close] != UInt8(ascii: "]"), close - index < 300 { close += 1 }
            guard close + 1 < rest.upperBound, bytes[close] == UInt8(ascii: "]"), bytes[close + 1] == UInt8(ascii: "(") else { return nil }
            var after = close + 2
            while after < rest.upperBound, bytes[after] != UInt8(ascii: ")"), !ByteScan.isWhitespace(bytes[after]) { after += 1 }
            guard after < rest.upperBound, bytes[after] == UInt8(ascii: ")") else { return nil }
            link = (TextRange(index + 1, close), after + 1)
            index += 1
        }
        guard index < rest.upperBound, ByteScan.isUpper(bytes[index]) || (bytes[index] >= 0xC3 && bytes[index] != 0xE2) else { return nil }
        var titleEnd = index
        while link == nil, titleEnd < rest.upperBound {
            let byte = bytes[titleEnd]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "(") { break }
            if byte == UInt8(ascii: "."), titleEnd + 1 >= rest.upperBound || ByteScan.isWhitespace(bytes[titleEnd + 1]) { break }
            titleEnd += 1
        }
        let title = ByteScan.trimmed(bytes, link?.text ?? TextRange(index, titleEnd))
        if let link {
            titleEnd = link.end
            while titleEnd < rest.upperBound, ByteScan.isSpace(bytes[titleEnd]) { titleEnd += 1 }
        }
        guard title.length > 0 else { return nil }
        let published = titleEnd < rest.upperBound && bytes[titleEnd] == UInt8(ascii: "(")
            && isPublicationInParentheses(bytes, from: titleEnd, end: rest.upperBound)
        guard published || ByteScan.firstYear(bytes, in: TextRange(titleEnd, rest.upperBound)) != nil else { return nil }
        var citation = RawCitation(kind: .reference(isFull: true), range: TextRange(first.range.lowerBound, title.upperBound),
                                   firstAuthor: first, namesRange: TextRange(first.range.lowerBound, namesRange.upperBound))
        citation.title = title
        citation.titleMarked = published
        citation.titleWords = TextKey.appendWords(bytes, title, to: &words)
        citation.surnameKey = TextKey.key(bytes, first.keyRange)
        citation.date = DateReader.last(bytes, in: TextRange(titleEnd, rest.upperBound))
        return citation
    }

    /// The comma that ends a department's name written with commas of its own (`Department
    /// for Levelling Up, Housing and Communities`, `Department for Digital, Culture, Media and
    /// Sport`): after `Department`/`Ministry`/`Office` + `for`/`of`, up to three short
    /// capitalised segments, the last joined by `and`. Nil when the name has no such tail.
    private static func departmentNameEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ names: TextRange, end: Int) -> Int? {
        let firstEnd = ByteScan.wordEnd(bytes, from: names.lowerBound, end: names.upperBound)
        let firstWord = TextRange(names.lowerBound, firstEnd)
        guard ByteScan.word(bytes, firstWord, equals: "department") || ByteScan.word(bytes, firstWord, equals: "ministry")
                || ByteScan.word(bytes, firstWord, equals: "office") else { return nil }
        var segmentStart = names.upperBound + 1
        for _ in 0..<3 {
            var segmentEnd = segmentStart
            while segmentEnd < end, bytes[segmentEnd] != UInt8(ascii: ","), bytes[segmentEnd] != UInt8(ascii: "("),
                  segmentEnd - segmentStart < 60 { segmentEnd += 1 }
            guard segmentEnd < end, bytes[segmentEnd] == UInt8(ascii: ","), isNameList(bytes, TextRange(segmentStart, segmentEnd)) else { return nil }
            var index = segmentStart
            var words = 0
            var joined = false
            while index < segmentEnd {
                guard ByteScan.isWordByte(bytes[index]) else { index += 1; continue }
                let wordEnd = ByteScan.wordEnd(bytes, from: index, end: segmentEnd)
                guard wordEnd > index else { index += 1; continue }
                let word = TextRange(index, wordEnd)
                if ByteScan.word(bytes, word, equals: "and") { joined = true } else { words += 1 }
                index = wordEnd
            }
            guard words >= 1, words <= 3 else { return nil }
            if joined { return segmentEnd }
            segmentStart = segmentEnd + 1
        }
        return nil
    }

    /// True when `range` is only names: capitalised words, initials, particles, `and`, `&`,
    /// commas, and the small words of an organisation's name; at most ten words.
    private static func isNameList(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Bool {
        var index = range.lowerBound
        var words = 0
        while index < range.upperBound {
            let byte = bytes[index]
            if ByteScan.isWhitespace(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "&") { index += 1; continue }
            if byte == UInt8(ascii: "("), let close = NamesPeriod.acronymEnd(bytes, open: index, end: range.upperBound) {
                index = close
                continue
            }
            guard ByteScan.isWordByte(byte) else { return false }
            let end = ByteScan.wordEnd(bytes, from: index, end: range.upperBound)
            guard end > index else { return false }
            let word = TextRange(index, end)
            guard ByteScan.isCapitalised(bytes, word) || ByteScan.isNameConnector(bytes, word)
                    || NamesPeriod.isOrganisationLink(bytes, word) else { return false }
            words += 1
            if words > 10 { return false }
            index = end
        }
        return words >= 1
    }

    /// `(London: Zed Books, 2019)` or `(London, 1835)` opening at `open`: a place and a
    /// year, not a bare `(2019–2021)`.
    private static func isPublicationInParentheses(_ bytes: UnsafeBufferPointer<UInt8>, from open: Int, end: Int) -> Bool {
        var index = open + 1
        var sawSeparator = false
        while index < end, index - open < 160 {
            let byte = bytes[index]
            if byte == UInt8(ascii: ")") { return false }
            if byte == UInt8(ascii: ":") || byte == UInt8(ascii: ",") { sawSeparator = true }
            if sawSeparator, ByteScan.isDigit(byte), ByteScan.isYear(bytes, at: index, end: end) { return true }
            index += 1
        }
        return false
    }

    /// `Names, “Title,” …` or `Names, _Title_, …`.
    private static func quotedCitation(_ bytes: UnsafeBufferPointer<UInt8>, _ rest: TextRange, _ title: TitleSpan,
                                       _ words: inout [UInt64]) -> RawCitation? {
        var namesEnd = title.outer.lowerBound
        while namesEnd > rest.lowerBound, ByteScan.isWhitespace(bytes[namesEnd - 1]) { namesEnd -= 1 }
        // A Markdown link around the title: `Caryl, [“Realists…,”](https://…) Foreign Policy`.
        if namesEnd > rest.lowerBound, bytes[namesEnd - 1] == UInt8(ascii: "[") {
            namesEnd -= 1
            while namesEnd > rest.lowerBound, ByteScan.isWhitespace(bytes[namesEnd - 1]) { namesEnd -= 1 }
        }
        guard namesEnd > rest.lowerBound, bytes[namesEnd - 1] == UInt8(ascii: ",") || bytes[namesEnd - 1] == UInt8(ascii: "."),
              namesEnd - rest.lowerBound <= 200, startsLikeTitle(bytes, title.inner) else { return nil }
        // A sentence that mentions someone before a quotation is commentary: allow only a
        // short lead-in (`Quoted in`), and none before `Name. “Title.”`.
        let leadIn = proseWordsBeforeNames(bytes, TextRange(rest.lowerBound, namesEnd - 1))
        guard leadIn <= (bytes[namesEnd - 1] == UInt8(ascii: ".") ? 0 : 3)
                || OrganisationName.isOrganisation(bytes, TextRange(rest.lowerBound, namesEnd - 1)) else { return nil }
        let namesRange = TextRange(rest.lowerBound, namesEnd - 1)
        guard let first = FirstAuthorReader.read(bytes, namesRange), !isFunctionWordName(bytes, first),
              title.inner.length > 0 else { return nil }
        var citation = RawCitation(kind: .reference(isFull: first.given != nil),
                                   range: TextRange(first.range.lowerBound, title.outer.upperBound), firstAuthor: first,
                                   namesRange: TextRange(first.range.lowerBound, namesRange.upperBound))
        citation.title = title.inner
        citation.titleMarked = true
        citation.titleWords = TextKey.appendWords(bytes, title.inner, to: &words)
        citation.surnameKey = TextKey.key(bytes, first.keyRange)
        citation.date = DateReader.last(bytes, in: TextRange(title.outer.upperBound, rest.upperBound))
        return citation
    }

    /// True when a title starts as titles do: with a capital, a digit or a non-ASCII letter.
    private static func startsLikeTitle(_ bytes: UnsafeBufferPointer<UInt8>, _ title: TextRange) -> Bool {
        guard title.length > 0 else { return false }
        let first = bytes[title.lowerBound]
        return ByteScan.isUpper(first) || ByteScan.isDigit(first) || (first >= 0xC3 && first != 0xE2)
            || ByteScan.quote(bytes, at: title.lowerBound, end: title.upperBound) != nil
    }

    /// How many words come before the names in `range`: up to the last lower-case word that
    /// is not a name particle. A sentence break among them counts as too many.
    private static func proseWordsBeforeNames(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Int {
        var words = 0
        var lastProse = 0
        var sentenceBreak = false
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard ByteScan.isWordByte(byte) else {
                if byte == UInt8(ascii: "."), index + 1 < range.upperBound, ByteScan.isWhitespace(bytes[index + 1]),
                   index >= range.lowerBound + 3, ByteScan.isASCIILetter(bytes[index - 3]), lastProse == words, words > 0 {
                    sentenceBreak = true
                }
                index += 1
                continue
            }
            let end = ByteScan.wordEnd(bytes, from: index, end: range.upperBound)
            guard end > index else { index += 1; continue }
            let word = TextRange(index, end)
            words += 1
            if !ByteScan.isCapitalised(bytes, word), !ByteScan.isNameConnector(bytes, word) {
                lastProse = words
            }
            index = end
        }
        return sentenceBreak ? Int.max : lastProse
    }

    /// `Surname, Short Title, …` or `Surname, 45.` without quotation marks: one surname
    /// (perhaps with `et al.` or a second surname), a comma, then a capitalised title or a
    /// page number.
    private static func shortCitation(_ bytes: UnsafeBufferPointer<UInt8>, _ rest: TextRange, _ words: inout [UInt64]) -> RawCitation? {
        let comma = firstComma(bytes, in: TextRange(rest.lowerBound, min(rest.upperBound, rest.lowerBound + 80)))
        guard comma < rest.upperBound, bytes[comma] == UInt8(ascii: ",") else { return nil }
        let namesRange = TextRange(rest.lowerBound, comma)
        guard isSurnameGroup(bytes, namesRange) else { return nil }
        guard let first = FirstAuthorReader.read(bytes, namesRange), first.given == nil,
              !isFunctionWordName(bytes, first) else { return nil }
        var index = comma + 1
        while index < rest.upperBound, ByteScan.isWhitespace(bytes[index]) { index += 1 }
        guard index < rest.upperBound else { return nil }
        var citation = RawCitation(kind: .reference(isFull: false), range: first.range, firstAuthor: first, namesRange: namesRange)
        citation.surnameKey = TextKey.key(bytes, first.keyRange)
        if ByteScan.isDigit(bytes[index]) { return citation }
        guard ByteScan.isUpper(bytes[index]) || bytes[index] >= 0xC3 && bytes[index] != 0xE2 else { return nil }
        var titleEnd = index
        while titleEnd < rest.upperBound {
            let byte = bytes[titleEnd]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "(") { break }
            if byte == UInt8(ascii: "."), titleEnd + 1 >= rest.upperBound || ByteScan.isWhitespace(bytes[titleEnd + 1]) { break }
            titleEnd += 1
        }
        let title = ByteScan.trimmed(bytes, TextRange(index, titleEnd))
        guard title.length > 0 else { return nil }
        citation.title = title
        citation.titleWords = TextKey.appendWords(bytes, title, to: &words)
        citation.range = TextRange(first.range.lowerBound, title.upperBound)
        citation.date = DateReader.last(bytes, in: TextRange(title.upperBound, rest.upperBound))
        return citation
    }

    /// True when `range` is one to three capitalised words (`Pugliese`, `Nissembaum et al.`,
    /// `Horton and Adams`): a surname, not a clause.
    private static func isSurnameGroup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Bool {
        var index = range.lowerBound
        var names = 0
        while index < range.upperBound {
            let byte = bytes[index]
            if ByteScan.isWhitespace(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "&") { index += 1; continue }
            guard ByteScan.isWordByte(byte) else { return false }
            let end = ByteScan.wordEnd(bytes, from: index, end: range.upperBound)
            guard end > index else { return false }
            let word = TextRange(index, end)
            if ByteScan.isCapitalised(bytes, word) {
                names += 1
            } else {
                let packed = ByteScan.lowerPacked(bytes, word)
                guard packed == ByteScan.packed("et") || packed == ByteScan.packed("al") || packed == ByteScan.packed("and") else {
                    return false
                }
            }
            index = end
        }
        return names >= 1 && names <= 2
    }

    /// The first comma in `range`, or its end; read 8 bytes at a time.
    private static func firstComma(_ bytes: UnsafeBufferPointer<UInt8>, in range: TextRange) -> Int {
        var index = ByteScan.nextStop(bytes, from: range.lowerBound, end: range.upperBound) {
            ByteScan.asciiBytes($0, from: UInt8(ascii: ","), through: UInt8(ascii: ","))
        }
        while index < range.upperBound, bytes[index] != UInt8(ascii: ",") { index += 1 }
        return index
    }

    /// Words a note opens with before its citation: `See`, `See also`, `Cf.`, `Also`.
    private static func skipLeadIn(_ bytes: UnsafeBufferPointer<UInt8>, _ segment: TextRange) -> Int {
        var index = segment.lowerBound
        // Each lead-in starts with `s`, `a` or `c`: most notes open with a name, settled here.
        while index < segment.upperBound, bytes[index] | 0x20 == UInt8(ascii: "s") || bytes[index] | 0x20 == UInt8(ascii: "a")
                || bytes[index] | 0x20 == UInt8(ascii: "c") {
            let end = ByteScan.wordEnd(bytes, from: index, end: segment.upperBound)
            let word = ByteScan.lowerPacked(bytes, TextRange(index, end))
            guard end > index, word == ByteScan.packed("see") || word == ByteScan.packed("also")
                    || word == ByteScan.packed("cf") || word == ByteScan.packed("compare") else { break }
            index = end
            while index < segment.upperBound, ByteScan.isWhitespace(bytes[index]) || bytes[index] == UInt8(ascii: ".")
                    || bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: ":") { index += 1 }
        }
        return index
    }

    /// A "name" that is a capitalised function word (`In Washington, “…”` names no one).
    private static func isFunctionWordName(_ bytes: UnsafeBufferPointer<UInt8>, _ name: NameSpan) -> Bool {
        let start = name.range.lowerBound
        let limit = name.range.upperBound
        // Each function word is two to six ASCII letters: seven letters in a row settle it
        // at once; a word of letters alone ends where they do.
        let letters = ByteScan.letterRun(bytes, at: start, end: limit)
        guard letters <= 6 else { return false }
        var end = start + letters
        if letters == 0 || (end < limit && (ByteScan.isWordByte(bytes[end]) || bytes[end] == 0xE2)) {
            end = ByteScan.wordEnd(bytes, from: start, end: limit)
        }
        switch ByteScan.lowerPacked(bytes, TextRange(start, end)) {
        case ByteScan.packed("in"), ByteScan.packed("the"), ByteScan.packed("on"), ByteScan.packed("at"), ByteScan.packed("as"),
             ByteScan.packed("for"), ByteScan.packed("from"), ByteScan.packed("by"), ByteScan.packed("to"), ByteScan.packed("an"),
             ByteScan.packed("but"), ByteScan.packed("this"), ByteScan.packed("that"), ByteScan.packed("with"), ByteScan.packed("of"),
             ByteScan.packed("if"), ByteScan.packed("when"), ByteScan.packed("while"), ByteScan.packed("after"),
             ByteScan.packed("before"), ByteScan.packed("here"), ByteScan.packed("there"), ByteScan.packed("it"),
             ByteScan.packed("he"), ByteScan.packed("she"), ByteScan.packed("they"), ByteScan.packed("we"), ByteScan.packed("his"),
             ByteScan.packed("her"), ByteScan.packed("their"), ByteScan.packed("our"), ByteScan.packed("my"), ByteScan.packed("one"):
            return true
        default:
            return false
        }
    }
}
