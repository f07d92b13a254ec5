/// Where the names of an entry end when no year or quoted title follows them: Chicago books
/// in plain text, whose italics are lost (`Eyler, Brian. Last Days of the Mighty Mekong.
/// London: Zed Books, 2019.`), and organisations (`Bank for International Settlements.
/// Annual Report. Basel: BIS, 2020.`). The names end at the first period that closes a
/// word of two or more letters (`R.` and `U.S.` are initials, not the end).
enum NamesPeriod {
    /// The offset of that period, if the text before it reads as names: capitalised words,
    /// initials, particles and the small words of an organisation's name (`for`, `of`),
    /// joined by commas, `and` or `&`; at most ten words, before `limit`.
    static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ body: TextRange, limit: Int) -> Int? {
        let end = min(limit, body.upperBound)
        var index = body.lowerBound
        var words = 0
        var capitalised = 0
        // Given names since the last comma, and the period of the last initial among them:
        // in `Krueger, Anne O. A New Approach…` the names end at `O.`, not at the title's end.
        var givenWords = 0
        var sawComma = false
        var initialPeriod: Int?
        var commas = 0
        var sawAnd = false
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ",") {
                commas += 1
                sawComma = true
                givenWords = 0
                initialPeriod = nil
                index += 1
                continue
            }
            if ByteScan.isSpace(byte) || byte == UInt8(ascii: "&") { index += 1; continue }
            if byte == UInt8(ascii: "("), let close = acronymEnd(bytes, open: index, end: end) {
                index = close
                // `Organisation for Economic Co-operation and Development (OECD).`
                if index < end, bytes[index] == UInt8(ascii: "."), capitalised > 0,
                   index + 1 >= body.upperBound || ByteScan.isWhitespace(bytes[index + 1]) { return index }
                continue
            }
            guard ByteScan.isWordByte(byte), byte != UInt8(ascii: "-"), byte != UInt8(ascii: "'") else { return nil }
            var wordEnd = ByteScan.wordEnd(bytes, from: index, end: end)
            guard wordEnd > index else { return nil }
            // `G20`, `G7`: letters and then digits make one name word.
            while wordEnd < end, ByteScan.isDigit(bytes[wordEnd]) { wordEnd += 1 }
            let word = TextRange(index, wordEnd)
            if ByteScan.isCapitalised(bytes, word) {
                capitalised += 1
                if sawComma { givenWords += 1 }
            } else if !ByteScan.isNameConnector(bytes, word), !isOrganisationLink(bytes, word), !isEditorMark(bytes, word) {
                return nil
            }
            if ByteScan.word(bytes, word, equals: "and") { sawAnd = true }
            words += 1
            guard words <= 10 else { return nil }
            if givenWords > 3, let initialPeriod { return initialPeriod }
            index = wordEnd
            guard index < end, bytes[index] == UInt8(ascii: ".") else { continue }
            let closesName = index + 1 >= body.upperBound || ByteScan.isWhitespace(bytes[index + 1])
            if closesName, letters(bytes, word) >= 2 {
                return capitalised > 0 ? index : nil
            }
            if closesName, sawComma {
                initialPeriod = index
                // The first author's middle initial then a word that is no initial: `Smith,
                // John R. Title.` ends at `R.` (a second author, `and G. Mitu Gulati`, does not).
                if commas == 1, !sawAnd, givenWords >= 2, startsFullWord(bytes, after: index + 1, end: end) { return index }
            }
            index += 1
        }
        return nil
    }

    /// True when the next word after `offset` is capitalised and not an initial (`Title`, not `R.`).
    private static func startsFullWord(_ bytes: UnsafeBufferPointer<UInt8>, after offset: Int, end: Int) -> Bool {
        var index = offset
        while index < end, ByteScan.isSpace(bytes[index]) { index += 1 }
        guard index < end, ByteScan.isUpper(bytes[index]) || bytes[index] >= 0xC3 && bytes[index] != 0xE2 else { return false }
        let wordEnd = ByteScan.wordEnd(bytes, from: index, end: end)
        return wordEnd - index >= 2 || (wordEnd < end && bytes[wordEnd] != UInt8(ascii: "."))
    }

    /// The offset after `(OECD)`, an acronym in parentheses after an organisation's name.
    static func acronymEnd(_ bytes: UnsafeBufferPointer<UInt8>, open: Int, end: Int) -> Int? {
        var index = open + 1
        while index < end, index - open <= 12, ByteScan.isUpper(bytes[index]) || bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index - open >= 3, index < end, bytes[index] == UInt8(ascii: ")") else { return nil }
        return index + 1
    }

    /// `ed.`, `eds.`, `trans.`, `comp.` after the names: `Doe, Jane, ed. The Handbook…`.
    static func isEditorMark(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextRange) -> Bool {
        ByteScan.word(bytes, word, equals: "ed") || ByteScan.word(bytes, word, equals: "eds")
            || ByteScan.word(bytes, word, equals: "trans") || ByteScan.word(bytes, word, equals: "comp")
    }

    /// The lower-case words inside an organisation's name.
    static func isOrganisationLink(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextRange) -> Bool {
        ByteScan.word(bytes, word, equals: "for") || ByteScan.word(bytes, word, equals: "of")
            || ByteScan.word(bytes, word, equals: "the") || ByteScan.word(bytes, word, equals: "on")
            || ByteScan.word(bytes, word, equals: "and")
    }

    private static func letters(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextRange) -> Int {
        var count = 0
        for offset in word.lowerBound..<word.upperBound
        where ByteScan.isASCIILetter(bytes[offset]) || ByteScan.isDigit(bytes[offset]) || bytes[offset] >= 0xC0 {
            count += 1
        }
        return count
    }
}
