/// A name read from a list of authors, with the word it is matched by.
struct ParsedName {
    var name: PersonName
    /// The last word of the surname (`Beethoven` in `van Beethoven`), which is what
    /// entries are indexed and citations matched by.
    var keyRange: TextRange
}

/// Reads a list of authors: inverted names (`Caryl, Christian`), given names first
/// (`MICHAEL R. GORDON`), several authors joined by commas, `and`, `&` (`Berners-Lee, T.,
/// Masinter, L. and M. McCahill`), and `et al.`, which is dropped. Words before the names
/// (`See also`) are skipped: a name starts after the last lower-case word of its group.
enum NameParser {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> [ParsedName] {
        var names: [ParsedName] = []
        names.reserveCapacity(4)
        parse(bytes, range) { names.append($0) }
        return names
    }

    /// The authors in `range` as ``parse(_:_:)`` reads them, appended to `authors`; the
    /// first author's parse, if any. Builds no array of ``ParsedName``.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, into authors: inout [PersonName]) -> ParsedName? {
        var first: ParsedName?
        parse(bytes, range) { name in
            if first == nil { first = name }
            authors.append(name.name)
        }
        return first
    }

    @inline(__always)
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, _ add: (ParsedName) -> Void) {
        var isFirst = true
        var (group, separator) = NameGroup.read(bytes, from: range.lowerBound, end: range.upperBound)
        while true {
            let afterSeparator = NameGroup.skipSeparator(bytes, at: separator, end: range.upperBound)
            if group.isEmpty {
                guard afterSeparator < range.upperBound else { break }
                (group, separator) = NameGroup.read(bytes, from: afterSeparator, end: range.upperBound)
                continue
            }
            let (next, nextSeparator) = afterSeparator < range.upperBound
                ? NameGroup.read(bytes, from: afterSeparator, end: range.upperBound) : (NameGroup(), range.upperBound)
            let byComma = separator < range.upperBound && bytes[separator] == UInt8(ascii: ",")
            if group.nameWords == 1, !group.allInitials, byComma, !next.isEmpty, isFirst || next.allInitials {
                // `Caryl, Christian` or, after the first author, `Masinter, L.`.
                let name = PersonName(surname: collapsed(bytes, group.span), given: collapsed(bytes, next.span),
                                      range: TextRange(group.start, next.end), isInverted: true)
                add(ParsedName(name: name, keyRange: group.lastWord))
                isFirst = false
                let afterNext = NameGroup.skipSeparator(bytes, at: nextSeparator, end: range.upperBound)
                guard afterNext < range.upperBound else { break }
                (group, separator) = NameGroup.read(bytes, from: afterNext, end: range.upperBound)
                continue
            }
            add(group.givenFirstName(bytes))
            isFirst = false
            guard afterSeparator < range.upperBound else { break }
            (group, separator) = (next, nextSeparator)
        }
    }

    /// The text in `range` with each run of white space (line breaks and indentation of a
    /// wrapped entry) written as one space.
    static func collapsed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        var hasBreak = false
        var index = lower
        while index < upper {
            index = ByteScan.nextStop(bytes, from: index, end: upper) { ByteScan.asciiBytes($0, from: 0x09, through: 0x0D) }
            guard index < upper else { break }
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D || byte == 0x09 {
                hasBreak = true
                break
            }
            index += 1
        }
        guard hasBreak else { return text(bytes, range) }
        var out: [UInt8] = []
        out.reserveCapacity(upper - lower)
        var pendingSpace = false
        for index in lower..<upper {
            let byte = bytes[index]
            if ByteScan.isWhitespace(byte) { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
    }
}
