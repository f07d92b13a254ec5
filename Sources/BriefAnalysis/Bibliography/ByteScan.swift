/// Byte-level tests shared by the entry and citation readers. They look at UTF-8 bytes
/// directly so that reading a bibliography never builds a `String` per character.
enum ByteScan {
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    @inline(__always) static func lowered(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }

    /// `range` clamped to the buffer and without surrounding white space.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> TextRange {
        var lower = max(0, min(range.lowerBound, bytes.count))
        var upper = max(lower, min(range.upperBound, bytes.count))
        while lower < upper, isWhitespace(bytes[lower]) { lower += 1 }
        while upper > lower, isWhitespace(bytes[upper - 1]) { upper -= 1 }
        return TextRange(lower, upper)
    }

    /// True when the bytes at `offset` spell `word`, ASCII case ignored.
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString, at offset: Int) -> Bool {
        let length = word.utf8CodeUnitCount
        guard offset >= 0, offset + length <= bytes.count else { return false }
        return word.withUTF8Buffer { pattern in
            for index in 0..<length where lowered(bytes[offset + index]) != lowered(pattern[index]) { return false }
            return true
        }
    }

    /// Kinds of quotation mark the readers recognise.
    enum Quote: Equatable {
        /// `“` (U+201C), 3 bytes.
        case curlyOpen
        /// `”` (U+201D), 3 bytes.
        case curlyClose
        /// `‘` (U+2018), 3 bytes.
        case singleOpen
        /// `’` (U+2019), 3 bytes; also an apostrophe inside a word.
        case singleClose
        /// `"`, 1 byte.
        case straight

        var width: Int { self == .straight ? 1 : 3 }
    }

    /// The quotation mark starting at `offset`, if any.
    @inline(__always)
    static func quote(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> Quote? {
        guard offset >= 0, offset < end else { return nil }
        let byte = bytes[offset]
        if byte == 0x22 { return .straight }
        guard byte == 0xE2, offset + 2 < end, bytes[offset + 1] == 0x80 else { return nil }
        switch bytes[offset + 2] {
        case 0x9C: return .curlyOpen
        case 0x9D: return .curlyClose
        case 0x98: return .singleOpen
        case 0x99: return .singleClose
        default: return nil
        }
    }

    /// True for a byte that can be part of a name or a word: an ASCII letter, a hyphen,
    /// an ASCII apostrophe, or any byte of a non-ASCII character (accented letters).
    /// Curly quotes are excluded by the callers, which test ``quote(_:at:end:)`` first.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        // 0xE2 leads the general punctuation block (dashes, quotes, ellipsis), never a letter.
        ByteScan.isASCIILetter(byte) || (byte >= 0x80 && byte != 0xE2) || byte == 0x2D || byte == 0x27
    }

    /// End of the word starting at `offset`: letters, hyphens and apostrophes (a `’`
    /// between letters, as in `O’Brien`, belongs to the word).
    @inline(__always)
    static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, end: Int) -> Int {
        var index = offset
        // Plain ASCII letters eight at a time; the byte that ends them is looked at below.
        while index < end {
            let run = letterRun(bytes, at: index, end: end)
            index += run
            if run < 8 { break }
        }
        while index < end {
            if let quote = quote(bytes, at: index, end: end) {
                guard quote == .singleClose, index > offset, index + 3 < end,
                      ByteScan.isASCIILetter(bytes[index + 3]) else { break }
                index += 3
                continue
            }
            guard isWordByte(bytes[index]) else { break }
            index += 1
        }
        return index
    }

    /// How many ASCII letters open the eight bytes at `offset` (cut at `end`), read in one
    /// step; 0 when `offset` is not before `end` or fewer than eight bytes of the buffer
    /// remain (callers then read byte by byte).
    @inline(__always)
    static func letterRun(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> Int {
        guard let base = bytes.baseAddress, offset >= 0, offset < end, offset <= bytes.count - 8 else { return 0 }
        let word = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
        let high: UInt64 = 0x8080_8080_8080_8080
        let lowered = (word & 0x7F7F_7F7F_7F7F_7F7F) | 0x2020_2020_2020_2020
        // Adding `0x80 - bound` to a 7-bit byte sets its high bit exactly when the byte is
        // at least `bound`, and never carries into the next byte.
        let letters = (lowered &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lowered &+ 0x0505_0505_0505_0505) & ~word & high
        return min((~letters & high).trailingZeroBitCount >> 3, end - offset)
    }

    /// The word at `range` packed into an integer, first byte lowest, with bit 5 of every
    /// byte set (ASCII letters in lower case); 0 for an empty word or one longer than eight
    /// bytes. Equal to ``packed(_:)`` of a lower-case word exactly when ``word(_:_:equals:)``
    /// is true: setting bit 5 makes a byte a lower-case letter only if it was that letter
    /// in either case. Only for words of letters (`e-mail` would also match `e\rmail`).
    @inline(__always)
    static func lowerPacked(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> UInt64 {
        let length = range.upperBound - range.lowerBound
        guard length >= 1, length <= 8, range.lowerBound >= 0, range.upperBound <= bytes.count,
              let base = bytes.baseAddress else { return 0 }
        let mask = UInt64.max &>> (64 - 8 * length)
        var value: UInt64 = 0
        if range.lowerBound <= bytes.count - 8 {
            value = UInt64(littleEndian: UnsafeRawPointer(base + range.lowerBound).loadUnaligned(as: UInt64.self)) & mask
        } else {
            for index in 0..<length { value |= UInt64(bytes[range.lowerBound + index]) &<< (8 * index) }
        }
        return value | (0x2020_2020_2020_2020 & mask)
    }

    /// A lower-case word of up to eight letters packed as ``lowerPacked(_:_:)`` packs text;
    /// the optimiser folds it to a constant.
    @inline(__always)
    static func packed(_ word: StaticString) -> UInt64 {
        word.withUTF8Buffer { letters in
            var value: UInt64 = 0
            for index in 0..<min(letters.count, 8) { value |= UInt64(letters[index]) &<< (8 * index) }
            return value
        }
    }

    /// The first offset from `offset` whose byte `stops` may want, reading eight bytes at
    /// a time: `stops` gets eight bytes (first byte lowest) and sets the high bit of each
    /// byte to stop at. Returns `end` when none does, or the offset where fewer than eight
    /// bytes of the buffer remain: the caller's byte-by-byte loop, which must skip every
    /// byte not stopped at without other effect, takes over from there.
    @inline(__always)
    static func nextStop(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, end: Int, _ stops: (UInt64) -> UInt64) -> Int {
        guard let base = bytes.baseAddress else { return offset }
        var index = offset
        while index < end, index >= 0, index <= bytes.count - 8 {
            let mask = stops(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
            if mask != 0 { return min(index + mask.trailingZeroBitCount >> 3, end) }
            index += 8
        }
        return min(index, end)
    }

    /// For eight bytes, the high bit of each ASCII byte from `low` through `high`.
    @inline(__always)
    static func asciiBytes(_ word: UInt64, from low: UInt8, through high: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let seven = word & 0x7F7F_7F7F_7F7F_7F7F
        // Adding `0x80 - bound` to a 7-bit byte sets its high bit exactly when the byte is
        // at least `bound`, and never carries into the next byte.
        return (seven &+ ones &* UInt64(0x80 - low)) & ~(seven &+ ones &* UInt64(0x7F - high)) & ~word & (ones &* 0x80)
    }

    /// True when the 4-digit run at `offset` is a standalone year from 1500 to 2099:
    /// not part of a longer number or word (a trailing `a`/`b` as in `2015a` is allowed).
    static func isYear(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> Bool {
        guard offset >= 0, offset + 4 <= end else { return false }
        if offset > 0 {
            let before = bytes[offset - 1]
            if ByteScan.isDigit(before) || ByteScan.isASCIILetter(before) { return false }
        }
        for index in offset..<(offset + 4) where !ByteScan.isDigit(bytes[index]) { return false }
        if offset + 4 < end {
            let after = bytes[offset + 4]
            if ByteScan.isDigit(after) { return false }
            if ByteScan.isASCIILetter(after) {
                let next = offset + 5 < end ? bytes[offset + 5] : 0x20
                if ByteScan.isASCIILetter(next) || ByteScan.isDigit(next) || ByteScan.isUpper(after) { return false }
            }
        }
        let value = Int(bytes[offset] - 0x30) * 1000 + Int(bytes[offset + 1] - 0x30) * 100
            + Int(bytes[offset + 2] - 0x30) * 10 + Int(bytes[offset + 3] - 0x30)
        return value >= 1500 && value <= 2099
    }

    /// The first standalone year in `range`, if any.
    static func firstYear(_ bytes: UnsafeBufferPointer<UInt8>, in range: TextRange) -> TextRange? {
        var index = range.lowerBound
        while index + 4 <= range.upperBound {
            // Eight bytes at a time to the next digit.
            index = nextStop(bytes, from: index, end: range.upperBound - 3) { asciiBytes($0, from: 0x30, through: 0x39) }
            guard index + 4 <= range.upperBound else { break }
            if ByteScan.isDigit(bytes[index]) {
                if isYear(bytes, at: index, end: range.upperBound) { return TextRange(index, index + 4) }
                while index < range.upperBound, ByteScan.isDigit(bytes[index]) { index += 1 }
                continue
            }
            index += 1
        }
        return nil
    }

    /// The last standalone year in `range`, if any.
    static func lastYear(_ bytes: UnsafeBufferPointer<UInt8>, in range: TextRange) -> TextRange? {
        var found: TextRange?
        var index = range.lowerBound
        while index + 4 <= range.upperBound {
            index = nextStop(bytes, from: index, end: range.upperBound - 3) { asciiBytes($0, from: 0x30, through: 0x39) }
            guard index + 4 <= range.upperBound else { break }
            if isDigit(bytes[index]) {
                if isYear(bytes, at: index, end: range.upperBound) { found = TextRange(index, index + 4) }
                while index < range.upperBound, isDigit(bytes[index]) { index += 1 }
                continue
            }
            index += 1
        }
        return found
    }

    /// Compares the word at `range` with a lower-case ASCII word, ignoring ASCII case.
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, equals word: StaticString) -> Bool {
        range.length == word.utf8CodeUnitCount && ByteScan.hasPrefix(bytes, word, at: range.lowerBound)
    }

    /// True for the small lower-case words that may stand inside a list of names:
    /// `and`, `et`, `al`, surname particles (`van`, `de`, `von`…).
    static func isNameConnector(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Bool {
        range.length <= 3 && isNameConnector(lowerPacked(bytes, range))
    }

    /// ``isNameConnector(_:_:)`` of a word already packed by ``lowerPacked(_:_:)``.
    @inline(__always)
    static func isNameConnector(_ word: UInt64) -> Bool {
        switch word {
        case packed("y"), packed("e"),
             packed("et"), packed("al"), packed("de"), packed("da"), packed("di"), packed("du"), packed("la"), packed("le"),
             packed("el"), packed("zu"), packed("st"),
             packed("and"), packed("van"), packed("von"), packed("der"), packed("den"), packed("del"), packed("dos"),
             packed("das"), packed("ten"), packed("ter"), packed("bin"), packed("ibn"):
            return true
        default:
            return false
        }
    }

    /// True when the word at `range` starts with a capital (or a non-ASCII letter, whose
    /// case the byte scanners do not decode).
    @inline(__always)
    static func isCapitalised(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Bool {
        guard range.length > 0 else { return false }
        let first = bytes[range.lowerBound]
        return ByteScan.isUpper(first) || (first >= 0xC0 && first != 0xE2)
    }
}
