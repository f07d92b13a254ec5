/// Reads only the first author of a list of names, without building the whole list: what
/// a note's citation is matched by. Same rules as ``NameParser``.
enum FirstAuthorReader {
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> ParsedName? {
        var index = range.lowerBound
        var first = NameGroup()
        while first.isEmpty {
            guard index < range.upperBound else { return nil }
            (first, index) = NameGroup.read(bytes, from: index, end: range.upperBound)
            if first.isEmpty { index = NameGroup.skipSeparator(bytes, at: index, end: range.upperBound) }
        }
        if first.nameWords == 1, !first.allInitials, index < range.upperBound, bytes[index] == UInt8(ascii: ",") {
            let (second, _) = NameGroup.read(bytes, from: index + 1, end: range.upperBound)
            if !second.isEmpty {
                // `Caryl, Christian`: inverted.
                let name = PersonName(surname: NameParser.collapsed(bytes, first.span),
                                      given: NameParser.collapsed(bytes, second.span),
                                      range: TextRange(first.start, second.end), isInverted: true)
                return ParsedName(name: name, keyRange: first.lastWord)
            }
        }
        return first.givenFirstName(bytes)
    }
}
