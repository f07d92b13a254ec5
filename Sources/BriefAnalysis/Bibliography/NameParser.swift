/// A name read from a list of authors, with the word it is matched by.
struct ParsedName {
    var name: PersonName
    /// The last word of the surname (`Beethoven` in `van Beethoven`), which is what
    /// entries are indexed and citations matched by.
    var keyRange: TextRange
}

/// Reads a list of authors: inverted names (`Caryl, Christian`), given names first
/// (`MICHAEL R. GORDON`), several authors joined by commas, `and`, `&` (`Berners-Lee, T.,
/// Masinter, L. and M. McCahill`), and `et al.`, which is dropped.
enum NameParser {
    /// A group of words between separators.
    private struct Chunk {
        var words: [TextRange] = []
        /// True when a comma (not `and`) separates this chunk from the one before it.
        var afterComma = false
    }

    /// The names in `range`. For a note's citation, words before the names (`See also`)
    /// are skipped: a name starts after the last lower-case word of the first group.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> [ParsedName] {
        let chunks = self.chunks(bytes, range)
        var names: [ParsedName] = []
        var index = 0
        while index < chunks.count {
            let chunk = chunks[index]
            let nameWords = chunk.words.filter { !ByteScan.isNameConnector(bytes, $0) }
            guard let last = nameWords.last, let first = chunk.words.first, let end = chunk.words.last else { index += 1; continue }
            if nameWords.count == 1, !isInitial(bytes, last), index + 1 < chunks.count, chunks[index + 1].afterComma,
               index == 0 || isInitials(bytes, chunks[index + 1]),
               let givenStart = chunks[index + 1].words.first, let givenEnd = chunks[index + 1].words.last {
                let name = PersonName(surname: collapsed(bytes, TextRange(first.lowerBound, end.upperBound)),
                                      given: collapsed(bytes, TextRange(givenStart.lowerBound, givenEnd.upperBound)),
                                      range: TextRange(first.lowerBound, givenEnd.upperBound), isInverted: true)
                names.append(ParsedName(name: name, keyRange: last))
                index += 2
                continue
            }
            // Given names first: the surname is the last word, with the particles before it.
            var surnameStart = chunk.words.count - 1
            while surnameStart > 0, ByteScan.isNameConnector(bytes, chunk.words[surnameStart - 1]) { surnameStart -= 1 }
            let surnameRange = TextRange(chunk.words[surnameStart].lowerBound, end.upperBound)
            let given = surnameStart > 0 ? collapsed(bytes, TextRange(first.lowerBound, chunk.words[surnameStart - 1].upperBound)) : nil
            let name = PersonName(surname: collapsed(bytes, surnameRange), given: given,
                                  range: TextRange(first.lowerBound, end.upperBound), isInverted: false)
            names.append(ParsedName(name: name, keyRange: last))
            index += 1
        }
        return names
    }

    /// Splits the names at commas, semicolons, `&`, `and` and `et al.`, and drops the
    /// lead-in words (`See also`) before the first name.
    private static func chunks(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> [Chunk] {
        var chunks: [Chunk] = []
        var current = Chunk()
        var commaPending = false
        var index = range.lowerBound
        let end = range.upperBound
        func close() {
            if !current.words.isEmpty { chunks.append(current) }
            current = Chunk()
            current.afterComma = commaPending
        }
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") {
                commaPending = true
                close()
                index += 1
                continue
            }
            if byte == UInt8(ascii: "&") {
                commaPending = false
                close()
                index += 1
                continue
            }
            guard ByteScan.isWordByte(byte) else { index += 1; continue }
            let wordEnd = ByteScan.wordEnd(bytes, from: index, end: end)
            guard wordEnd > index else { index += 1; continue }
            var word = TextRange(index, wordEnd)
            index = wordEnd
            if ByteScan.word(bytes, word, equals: "and") {
                commaPending = false
                close()
                continue
            }
            if ByteScan.word(bytes, word, equals: "et") || ByteScan.word(bytes, word, equals: "al") { continue }
            if !ByteScan.isCapitalised(bytes, word), !ByteScan.isNameConnector(bytes, word) {
                // A lower-case word: what came before it in this group was not a name.
                current.words.removeAll()
                continue
            }
            // Keep an initial's period: `R.` is part of the name.
            if index < end, bytes[index] == UInt8(ascii: "."), word.length <= 2 { word.upperBound += 1; index += 1 }
            if current.words.isEmpty, chunks.isEmpty { current.afterComma = false }
            current.words.append(word)
            commaPending = false
        }
        close()
        return chunks
    }

    /// `R.`, `R`, `J.-P.`: a given name reduced to its initial.
    private static func isInitial(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextRange) -> Bool {
        var letters = 0
        for offset in word.lowerBound..<word.upperBound where ByteScan.isASCIILetter(bytes[offset]) || bytes[offset] >= 0xC0 {
            letters += 1
        }
        return letters <= 1 || (word.length <= 5 && bytes[word.upperBound - 1] == UInt8(ascii: ".") && letters <= 2
                                && ByteScan.isUpper(bytes[word.lowerBound]))
    }

    private static func isInitials(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Chunk) -> Bool {
        !chunk.words.isEmpty && chunk.words.allSatisfy { isInitial(bytes, $0) }
    }

    /// The text in `range` with each run of white space (line breaks and indentation of a
    /// wrapped entry) written as one space.
    static func collapsed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        var hasBreak = false
        for index in lower..<upper where bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            hasBreak = true
            break
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
