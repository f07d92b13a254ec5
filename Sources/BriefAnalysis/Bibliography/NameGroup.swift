/// One group of name words between separators (`,`, `;`, `&`, `and`), summarised without
/// storing its words, so that reading names allocates nothing but the names themselves.
struct NameGroup {
    var start = -1
    var end = -1
    /// Capitalised words (particles such as `van` not counted).
    var nameWords = 0
    /// The last name word, without an initial's period.
    var lastWord = TextRange(0, 0)
    /// Start of the surname: the last name word with the particles just before it.
    var surnameStart = -1
    var previousWasParticle = false
    /// True when every name word is an initial (`R.`, `J.-P.`).
    var allInitials = true
    /// The first name word, and whether the last one is an initial: `Smith JR` is a surname
    /// followed by initials, written without a comma (Vancouver style).
    var firstWord = TextRange(0, 0)
    var lastIsInitial = false

    var isEmpty: Bool { start < 0 }
    var span: TextRange { TextRange(start, end) }

    /// The group as a name written given name first: `MICHAEL R. GORDON`, `Ludwig van Beethoven`.
    func givenFirstName(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedName {
        if let inverted = surnameThenInitials(bytes) { return inverted }
        var givenEnd = surnameStart
        while givenEnd > start, ByteScan.isWhitespace(bytes[givenEnd - 1]) { givenEnd -= 1 }
        let given = givenEnd > start ? NameParser.collapsed(bytes, TextRange(start, givenEnd)) : nil
        let name = PersonName(surname: NameParser.collapsed(bytes, TextRange(surnameStart, end)), given: given,
                              range: span, isInverted: false)
        return ParsedName(name: name, keyRange: lastWord)
    }

    /// The group starting at `start`, and the offset of the separator that ends it (a `,`,
    /// `;`, `&`, the `a` of `and`, or `end`).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> (NameGroup, Int) {
        var group = NameGroup()
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "&") { break }
            guard ByteScan.isWordByte(byte) else { index += 1; continue }
            let wordEnd = ByteScan.wordEnd(bytes, from: index, end: end)
            guard wordEnd > index else { index += 1; continue }
            let word = TextRange(index, wordEnd)
            let packed = ByteScan.lowerPacked(bytes, word)
            if packed == ByteScan.packed("and"), !group.isEmpty { break }
            index = group.add(bytes, word, packed, end: end)
        }
        return (group, index)
    }

    /// Takes in the word at `word` (`packed` by ``ByteScan/lowerPacked(_:_:)``) and returns
    /// where reading goes on.
    @inline(__always)
    private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextRange, _ packed: UInt64, end: Int) -> Int {
        if packed == ByteScan.packed("and") || packed == ByteScan.packed("et") || packed == ByteScan.packed("al") {
            return word.upperBound
        }
        let isParticle = ByteScan.isNameConnector(packed)
        if !ByteScan.isCapitalised(bytes, word), !isParticle {
            // A lower-case word: what came before it in this group was not a name.
            self = NameGroup()
            return word.upperBound
        }
        // An initial keeps its period: `R.` is part of the name.
        let withPeriod = word.upperBound < end && bytes[word.upperBound] == UInt8(ascii: ".") && word.length <= 2
        let upper = withPeriod ? word.upperBound + 1 : word.upperBound
        if start < 0 { start = word.lowerBound }
        self.end = upper
        if isParticle {
            if !previousWasParticle { surnameStart = word.lowerBound }
        } else {
            nameWords += 1
            if !(previousWasParticle && surnameStart >= 0) { surnameStart = word.lowerBound }
            lastWord = word
            let initial = NameGroup.isInitial(bytes, TextRange(word.lowerBound, upper))
            if !initial { allInitials = false }
            if nameWords == 1 { firstWord = word }
            lastIsInitial = initial
        }
        previousWasParticle = isParticle
        return upper
    }

    /// `Smith JR` or `Smith J. R.`: a surname, then initials, without a comma.
    private func surnameThenInitials(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedName? {
        guard nameWords >= 2, lastIsInitial, !NameGroup.isInitial(bytes, firstWord), firstWord.lowerBound == start else { return nil }
        var givenStart = firstWord.upperBound
        while givenStart < end, ByteScan.isWhitespace(bytes[givenStart]) { givenStart += 1 }
        let name = PersonName(surname: NameParser.collapsed(bytes, firstWord), given: NameParser.collapsed(bytes, TextRange(givenStart, end)),
                              range: span, isInverted: true)
        return ParsedName(name: name, keyRange: firstWord)
    }

    /// The offset after the separator at `offset` (`,`, `;`, `&` or `and`).
    static func skipSeparator(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> Int {
        guard offset < end else { return end }
        return bytes[offset] == UInt8(ascii: "a") || bytes[offset] == UInt8(ascii: "A") ? min(end, offset + 3) : offset + 1
    }

    /// `R.`, `R`, `J.-P.`, `H.F.`: a given name reduced to initials.
    @inline(__always)
    private static func isInitial(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextRange) -> Bool {
        var letters = 0
        // Three letters make a word, whatever follows: stop counting there.
        for offset in word.lowerBound..<word.upperBound where ByteScan.isASCIILetter(bytes[offset]) || bytes[offset] >= 0xC0 {
            letters += 1
            if letters > 2 { return false }
        }
        return letters <= 1 || (word.length <= 5 && bytes[word.upperBound - 1] == UInt8(ascii: ".") && letters <= 2
                                && ByteScan.isUpper(bytes[word.lowerBound]))
    }
}
