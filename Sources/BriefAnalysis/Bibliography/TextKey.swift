/// Folded keys for matching names and titles: ASCII case and Latin-1 diacritics ignored,
/// punctuation, hyphens and apostrophes dropped. A key is a 64-bit hash of the folded
/// letters, so that indexing a surname or a title word allocates nothing.
enum TextKey {
    /// Key of the letters and digits in `range`, all other bytes skipped:
    /// `Berners-Lee`, `BERNERS-LEE` and `Bérners-Lee` share one key.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> UInt64 {
        var hasher = WordHasher()
        var index = max(0, range.lowerBound)
        let end = min(bytes.count, range.upperBound)
        while index < end {
            if let run = AlnumRun(bytes, at: index, end: end) {
                hasher.add(packed: run.packed, count: run.count)
                index += run.count
                if run.count == 8 || index >= end { continue }
            }
            let (folded, width) = fold(bytes, at: index, end: end)
            if folded != 0 {
                hasher.add(folded)
                // ß is "ss".
                if folded == UInt8(ascii: "s"), width == 2, bytes[index + 1] == 0x9F { hasher.add(folded) }
            }
            index += width
        }
        return hasher.finish()
    }

    /// Appends the key of each word (run of letters and digits) in `range`, in order, to
    /// `words`, and returns where they stand there. One pool holds the words of every title,
    /// so that reading a title allocates nothing.
    static func appendWords(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, to words: inout [UInt64]) -> Range<Int> {
        let first = words.count
        var hasher = WordHasher()
        var inWord = false
        var index = max(0, range.lowerBound)
        let end = min(bytes.count, range.upperBound)
        while index < end {
            // Eight bytes at a time through the letters of a word; the byte after them is
            // read one at a time below.
            if let run = AlnumRun(bytes, at: index, end: end) {
                hasher.add(packed: run.packed, count: run.count)
                inWord = true
                index += run.count
                if run.count == 8 || index >= end { continue }
                // The usual end of a word: a space.
                if bytes[index] == 0x20 {
                    words.append(hasher.finish())
                    hasher = WordHasher()
                    inWord = false
                    index += 1
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                let folded = asciiFold(byte)
                if folded != 0 {
                    hasher.add(folded)
                    inWord = true
                } else if inWord, byte != 0x27 {
                    // An apostrophe (`don't`) does not split a word; outside one it is skipped.
                    words.append(hasher.finish())
                    hasher = WordHasher()
                    inWord = false
                }
                index += 1
                continue
            }
            // An apostrophe inside a word (`Iraq’s`) does not split it.
            if inWord, byte == 0xE2, ByteScan.quote(bytes, at: index, end: end) == .singleClose {
                index += 3
                continue
            }
            let (folded, width) = fold(bytes, at: index, end: end)
            if folded != 0 {
                hasher.add(folded)
                inWord = true
            } else if inWord {
                words.append(hasher.finish())
                hasher = WordHasher()
                inWord = false
            }
            index += width
        }
        if inWord { words.append(hasher.finish()) }
        return first..<words.count
    }

    /// An ASCII letter in lower case, a digit as it is, anything else 0.
    @inline(__always)
    static func asciiFold(_ byte: UInt8) -> UInt8 {
        let lower = byte | 0x20
        if lower &- 0x61 < 26 { return lower }
        return byte &- 0x30 < 10 ? byte : 0
    }

    /// The folded letter at `offset` (0 for anything that is not a letter or digit) and the
    /// width of the character there.
    @inline(__always)
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> (UInt8, Int) {
        let byte = bytes[offset]
        if byte < 0x80 {
            if ByteScan.isASCIILetter(byte) { return (byte | 0x20, 1) }
            if ByteScan.isDigit(byte) { return (byte, 1) }
            return (0, 1)
        }
        if byte == 0xC3, offset + 1 < end {
            return (latin1Base(bytes[offset + 1]), 2)
        }
        let width = byte < 0xE0 ? 2 : (byte < 0xF0 ? 3 : 4)
        if byte == 0xE2 { return (0, min(width, end - offset)) }
        // Any other non-ASCII character counts as a letter of its own: hash its lead byte
        // and let the continuation bytes follow as letters too.
        return (byte, 1)
    }

    /// The base letter of a Latin-1 supplement letter `U+00C0…U+00FF` given its second
    /// UTF-8 byte; ß folds to `s` (counted twice by ``key(_:_:)``).
    private static func latin1Base(_ second: UInt8) -> UInt8 {
        let code = Int(second) + 0x40 // U+00C0 is C3 80.
        switch code {
        case 0xC0...0xC5, 0xE0...0xE5: return UInt8(ascii: "a")
        case 0xC6, 0xE6: return UInt8(ascii: "a")
        case 0xC7, 0xE7: return UInt8(ascii: "c")
        case 0xC8...0xCB, 0xE8...0xEB: return UInt8(ascii: "e")
        case 0xCC...0xCF, 0xEC...0xEF: return UInt8(ascii: "i")
        case 0xD0, 0xF0: return UInt8(ascii: "d")
        case 0xD1, 0xF1: return UInt8(ascii: "n")
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: return UInt8(ascii: "o")
        case 0xD9...0xDC, 0xF9...0xFC: return UInt8(ascii: "u")
        case 0xDD, 0xFD, 0xFF: return UInt8(ascii: "y")
        case 0xDF: return UInt8(ascii: "s")
        default: return 0
        }
    }
}
