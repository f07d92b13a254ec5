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
        if span.stop != .none, span.nameWords > 0 {
            let names = NameParser.parse(bytes, TextRange(body.lowerBound, span.end))
            source.authors = names.map(\.name)
            if let first = names.first {
                keys.surname = TextKey.key(bytes, first.keyRange)
                keys.firstAuthor = first
            }
            cursor = span.end
        }

        // Chicago and APA put the year right after the names; other shapes give it in the
        // date at the end (`RFC 1766, March 1995`), where a number before it is no year.
        if span.stop == .year, let year = ByteScan.firstYear(bytes, in: TextRange(cursor, body.upperBound)) {
            source.year = NameParser.text(bytes, year)
            source.yearRange = year
        }
        // The title is the first quoted or italic span after the names; an entry without
        // one (`Caryl, Christian. 2015. Realists. Foreign Policy.`) has its title after the year.
        var afterTitle = cursor
        if let title = TitleReader.first(bytes, in: TextRange(cursor, body.upperBound)) {
            source.titleRange = title.inner
            afterTitle = title.outer.upperBound
        } else if let year = source.yearRange, year.lowerBound == cursor || span.stop == .year {
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
        if publication.length > 0 { source.publication = NameParser.collapsed(bytes, publication) }
    }
}
