/// Where a name stands, without its strings: what a note's citation keeps of its first
/// author until a string is needed.
struct NameSpan {
    var range: TextRange
    var surname: TextRange
    var given: TextRange?
    /// The last word of the surname, which citations are matched by.
    var keyRange: TextRange
    var isInverted: Bool

    func person(_ bytes: UnsafeBufferPointer<UInt8>) -> PersonName {
        PersonName(surname: NameParser.collapsed(bytes, surname), given: given.map { NameParser.collapsed(bytes, $0) },
                   range: range, isInverted: isInverted)
    }
}

/// Reads only the first author of a list of names, without building the whole list: what
/// a note's citation is matched by. Same rules as ``NameParser``.
enum FirstAuthorReader {
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> NameSpan? {
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
                return NameSpan(range: TextRange(first.start, second.end), surname: first.span, given: second.span,
                                keyRange: first.lastWord, isInverted: true)
            }
        }
        var givenEnd = first.surnameStart
        while givenEnd > first.start, ByteScan.isWhitespace(bytes[givenEnd - 1]) { givenEnd -= 1 }
        return NameSpan(range: first.span, surname: TextRange(first.surnameStart, first.end),
                        given: givenEnd > first.start ? TextRange(first.start, givenEnd) : nil,
                        keyRange: first.lastWord, isInverted: false)
    }
}
