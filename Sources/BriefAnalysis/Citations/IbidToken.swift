/// Recognises `Ibid.` and its misspellings at the start of a citation.
enum IbidToken {
    /// `Ibid.` (any case), `Ibidem`, the legal `Id.`; misspelt: `Ibid` without its period, and words of three
    /// to five letters made of i, b and d that start with i (`Ibdi.`, `Ibib.`, `Idib.`, `Ibd.`).
    /// The range covers the word and its period.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (range: TextRange, misspelt: Bool)? {
        // Every form starts with `i`: most citations open with a name, settled here.
        guard start < end, ByteScan.lowered(bytes[start]) == UInt8(ascii: "i") else { return nil }
        var wordEnd = start
        while wordEnd < end, ByteScan.isASCIILetter(bytes[wordEnd]) { wordEnd += 1 }
        let length = wordEnd - start
        // `Id.` (legal citation): the same as `Ibid.`; without its period it is a word.
        if length == 2, wordEnd < end, bytes[wordEnd] == UInt8(ascii: "."), ByteScan.lowered(bytes[start]) == UInt8(ascii: "i"),
           ByteScan.lowered(bytes[start + 1]) == UInt8(ascii: "d") {
            return (TextRange(start, wordEnd + 1), false)
        }
        guard length >= 3, length <= 6, ByteScan.lowered(bytes[start]) == UInt8(ascii: "i") else { return nil }
        // The word must end there: `Ibid.`, `Ibid,`, `Ibid` at the end, not `Ibidx`.
        if wordEnd < end, ByteScan.isWordByte(bytes[wordEnd]) || ByteScan.isDigit(bytes[wordEnd]) { return nil }
        let hasPeriod = wordEnd < end && bytes[wordEnd] == UInt8(ascii: ".")
        let withPeriod = TextRange(start, hasPeriod ? wordEnd + 1 : wordEnd)
        let word = TextRange(start, wordEnd)
        if ByteScan.word(bytes, word, equals: "ibidem") { return (withPeriod, false) }
        if ByteScan.word(bytes, word, equals: "ibid") { return (withPeriod, !hasPeriod) }
        guard length <= 5 else { return nil }
        var sawB = false
        for offset in start..<wordEnd {
            let letter = ByteScan.lowered(bytes[offset])
            guard letter == UInt8(ascii: "i") || letter == UInt8(ascii: "b") || letter == UInt8(ascii: "d") else { return nil }
            if letter == UInt8(ascii: "b") { sawB = true }
        }
        guard sawB else { return nil }
        return (withPeriod, true)
    }
}
