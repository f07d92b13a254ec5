/// What the matcher needs of a source besides its public description.
struct SourceKeys {
    /// Key of the first author's surname (``TextKey``), nil without an author.
    var surname: UInt64?
    /// Where the keys of the title's words, in order, stand in the catalog's word pool.
    var titleWords: Range<Int>
    /// The date the source gives, if it could be read.
    var date: DateValue?
    /// The first author, for the name-shape rule.
    var firstAuthor: ParsedName?
}

/// Reads a bibliography entry into its parts: authors, year, title, publication, date.
enum EntryParser {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> (Source, SourceKeys) {
        var source = Source(range: range)
        var keys = SourceKeys(surname: nil, titleWords: 0..<0, date: nil, firstAuthor: nil)
        var words: [UInt64] = []
        parse(bytes, range, into: &source, keys: &keys, words: &words)
        return (source, keys)
    }

    /// Reads the entry in `range` into `source` (whose other fields are kept, such as
    /// ``Source/noteIndex``) and `keys`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, into source: inout Source, keys: inout SourceKeys,
                      words: inout [UInt64]) {
        let whole = ByteScan.trimmed(bytes, range)
        let start = EntryShape.listItemContentStart(bytes, whole)
        let body = TextRange(start, whole.upperBound)
        source.range = whole

        let span = AuthorSpan.read(bytes, body)
        var cursor = body.lowerBound
        var stop = span.stop
        // Names that run on into words no name has (`Eyler, Brian. Last Days of…`, `World
        // Bank. World Development Report 2020.`) end at the period that closes them.
        var unquotedTitle = false
        if span.stop == .none || (span.stop == .year && span.closing == 0),
           let period = NamesPeriod.find(bytes, body, limit: span.stop == .year ? span.end : body.upperBound) {
            // The period stays with the names: it may be an initial's (`Anne O.`).
            readNames(bytes, TextRange(body.lowerBound, period + 1), into: &source, keys: &keys)
            cursor = period + 1
            while cursor < body.upperBound, ByteScan.isWhitespace(bytes[cursor]) { cursor += 1 }
            // `2019.` (Chicago author-date) or `(2023).` (APA).
            if ByteScan.isYear(bytes, at: cursor, end: body.upperBound)
                || (cursor < body.upperBound && bytes[cursor] == UInt8(ascii: "(") && ByteScan.isYear(bytes, at: cursor + 1, end: body.upperBound)) {
                stop = .year
            } else {
                stop = .title
                unquotedTitle = !startsMarkedTitle(bytes, at: cursor, end: body.upperBound)
            }
        } else if span.stop != .none, span.nameWords > 0 {
            readNames(bytes, TextRange(body.lowerBound, span.end), into: &source, keys: &keys)
            cursor = span.end
        }

        // Chicago and APA put the year right after the names; other shapes give it in the
        // date at the end (`RFC 1766, March 1995`), where a number before it is no year.
        if stop == .year, let year = ByteScan.firstYear(bytes, in: TextRange(cursor, body.upperBound)) {
            source.year = NameParser.text(bytes, year)
            source.yearRange = year
        }
        // The title is the first quoted or italic span after the names; an entry without
        // one (`Caryl, Christian. 2015. Realists. Foreign Policy.`) has its title after the year.
        var afterTitle = cursor
        if unquotedTitle {
            let sentence = TitleReader.sentence(bytes, from: cursor, end: body.upperBound)
            if sentence.length > 0 {
                source.titleRange = sentence
                afterTitle = sentence.upperBound
            }
        } else if let title = TitleReader.first(bytes, in: TextRange(cursor, body.upperBound)) {
            source.titleRange = title.inner
            afterTitle = title.outer.upperBound
        } else if let link = linkedTitle(bytes, at: cursor, end: body.upperBound) {
            source.titleRange = link.text
            afterTitle = link.end
        } else if let year = source.yearRange, year.lowerBound == cursor || stop == .year {
            let sentence = TitleReader.sentence(bytes, from: year.upperBound, end: body.upperBound)
            if sentence.length > 0 {
                source.titleRange = sentence
                afterTitle = sentence.upperBound
            }
        }
        if let title = source.titleRange {
            source.title = NameParser.collapsed(bytes, title)
            keys.titleWords = TextKey.appendWords(bytes, title, to: &words)
        }
        if source.titleRange != nil {
            readPublication(bytes, from: afterTitle, end: body.upperBound, into: &source, keys: &keys)
        }
        if source.year == nil {
            let year = keys.date?.year != nil ? source.dateRange.flatMap { ByteScan.lastYear(bytes, in: $0) } : nil
            if let year = year ?? ByteScan.lastYear(bytes, in: TextRange(afterTitle, body.upperBound))
                ?? ByteScan.firstYear(bytes, in: body) {
                source.year = NameParser.text(bytes, year)
                source.yearRange = year
            }
        }
    }

    /// The authors in `range`; an organisation is one author, written as it stands and
    /// sorted by its first word, but looked up by the word a note's citation is (the last
    /// word of its first name group), so that notes and entries meet.
    private static func readNames(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, into source: inout Source,
                                  keys: inout SourceKeys) {
        if let names = organisation(bytes, range) {
            let name = PersonName(surname: NameParser.collapsed(bytes, names), given: nil, range: names, isInverted: false)
            source.authors = [name]
            keys.firstAuthor = ParsedName(name: name, keyRange: names)
            if let reader = FirstAuthorReader.read(bytes, names) { keys.surname = TextKey.key(bytes, reader.keyRange) }
            return
        }
        var authors: [PersonName] = []
        authors.reserveCapacity(4)
        let first = NameParser.parse(bytes, range, into: &authors)
        source.authors = authors
        if let first {
            keys.surname = TextKey.key(bytes, first.keyRange)
            keys.firstAuthor = first
        }
    }

    /// A title written as a bare Markdown link, `[Last Days of the Mighty Mekong](https://…)`,
    /// at `offset` (past spaces): its text, and the offset after the link.
    private static func linkedTitle(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> (text: TextRange, end: Int)? {
        var index = offset
        while index < end, ByteScan.isWhitespace(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: "[") else { return nil }
        var close = index + 1
        while close < end, bytes[close] != UInt8(ascii: "]"), close - index < 300 { close += 1 }
        guard close + 1 < end, bytes[close] == UInt8(ascii: "]"), bytes[close + 1] == UInt8(ascii: "(") else { return nil }
        var after = close + 2
        while after < end, bytes[after] != UInt8(ascii: ")"), !ByteScan.isWhitespace(bytes[after]) { after += 1 }
        guard after < end, bytes[after] == UInt8(ascii: ")") else { return nil }
        let text = ByteScan.trimmed(bytes, TextRange(index + 1, close))
        return text.length > 0 ? (text, after + 1) : nil
    }

    /// `accessed …` or `retrieved …` at `offset`.
    private static func isAccessNote(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let first = ByteScan.lowered(bytes[offset])
        if first == UInt8(ascii: "a") { return ByteScan.hasPrefix(bytes, "accessed", at: offset) }
        if first == UInt8(ascii: "r") { return ByteScan.hasPrefix(bytes, "retrieved", at: offset) }
        return false
    }

    /// The names in `range` without their closing punctuation, when they are one organisation.
    private static func organisation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> TextRange? {
        // Most entries name a person surname first, one word before a comma: that settles
        // it at once. Several words before the comma may be an organisation and its country
        // (`Ministry of Finance and National Planning, Zambia`).
        var comma = range.lowerBound
        var spaces = 0
        while comma < range.upperBound, bytes[comma] != UInt8(ascii: ","), bytes[comma] != UInt8(ascii: ";") {
            if bytes[comma] == 0x20 { spaces += 1 }
            comma += 1
        }
        if comma < range.upperBound {
            var next = comma + 1
            while next < range.upperBound, ByteScan.isWhitespace(bytes[next]) { next += 1 }
            // A comma closing the names (`Reuters,` before a title) is no separator.
            if next < range.upperBound {
                guard spaces >= 1, bytes[comma] == UInt8(ascii: ","),
                      OrganisationName.isOrganisation(bytes, TextRange(range.lowerBound, comma)) else { return nil }
                let (rest, _) = NameGroup.read(bytes, from: next, end: range.upperBound)
                // `Smith, John` after an organisation is not its country; one place name is.
                guard rest.nameWords <= 2, !rest.allInitials else { return nil }
                var names = ByteScan.trimmed(bytes, range)
                while names.length > 0, bytes[names.upperBound - 1] == UInt8(ascii: ".") || bytes[names.upperBound - 1] == UInt8(ascii: ",") {
                    names = TextRange(names.lowerBound, names.upperBound - 1)
                }
                return names
            }
        }
        var names = ByteScan.trimmed(bytes, range)
        while names.length > 0 {
            let last = bytes[names.upperBound - 1]
            guard last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: "(") || ByteScan.isWhitespace(last) else { break }
            names = TextRange(names.lowerBound, names.upperBound - 1)
        }
        // `U.S. Department of State.` keeps the period of its abbreviation.
        if names.upperBound < range.upperBound, bytes[names.upperBound] == UInt8(ascii: "."), names.length >= 2,
           bytes[names.upperBound - 2] == UInt8(ascii: ".") {
            names = TextRange(names.lowerBound, names.upperBound + 1)
        }
        return OrganisationName.isOrganisation(bytes, names) ? names : nil
    }

    /// True when a quotation mark, an italic mark or a Markdown link opens the text at `offset`.
    private static func startsMarkedTitle(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> Bool {
        guard offset < end else { return false }
        let byte = bytes[offset]
        if byte == UInt8(ascii: "_") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "[") { return true }
        guard let quote = ByteScan.quote(bytes, at: offset, end: end) else { return false }
        return quote == .curlyOpen || quote == .straight || quote == .singleOpen
    }

    /// Publication and date after the title: `Foreign Policy, 29 Sept.` or
    /// `RFC 1766, March 1995.`; the date is the last element that reads as a date.
    static func readPublication(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int,
                                        into source: inout Source, keys: inout SourceKeys) {
        var index = start
        // The rest of a Markdown link around the title: `](https://…)`.
        if index + 1 < end, bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: "(") {
            index += 2
            while index < end, bytes[index] != UInt8(ascii: ")"), !ByteScan.isWhitespace(bytes[index]) { index += 1 }
            if index < end, bytes[index] == UInt8(ascii: ")") { index += 1 }
        }
        while index < end, ByteScan.isWhitespace(bytes[index]) || bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
            index += 1
        }
        guard index < end else { return }
        let rest = TextRange(index, end)
        if let date = DateReader.last(bytes, in: rest) {
            source.date = NameParser.collapsed(bytes, date.range)
            source.dateRange = date.range
            var value = date.value
            if value.year == nil, let year = source.year, let number = Int(year) { value.year = number }
            keys.date = value
        }
        var pubEnd = index
        while pubEnd < end, bytes[pubEnd] != UInt8(ascii: ","), bytes[pubEnd] != UInt8(ascii: ";") {
            if bytes[pubEnd] == UInt8(ascii: "."), pubEnd + 1 >= end || ByteScan.isWhitespace(bytes[pubEnd + 1]) { break }
            pubEnd += 1
        }
        if let dateStart = source.dateRange?.lowerBound, dateStart >= index, dateStart < pubEnd { pubEnd = dateStart }
        let publication = ByteScan.trimmed(bytes, TextRange(index, pubEnd))
        // `accessed May 3, 2023` is when the work was read, not where it appeared.
        if publication.length > 0, !isAccessNote(bytes, at: publication.lowerBound) {
            source.publication = NameParser.collapsed(bytes, publication)
        }
    }
}
