import Testing
@testable import BriefAnalysis

/// The 8-bytes-at-a-time readers against the byte-by-byte rules they replace, on random text
/// made of the bytes they treat specially.
@Suite struct ByteScanWordTests {
    static let alphabet: [UInt8] = Array("aAzZbBmM09 -'.,;:\"_*()[]\t\n\r".utf8) + [0xC3, 0xA9, 0x9F, 0xE2, 0x80, 0x99, 0x9C, 0x9D, 0x7F, 0x40, 0x60, 0x7B, 0x5B, 0x2F, 0x3A, 0xFF]

    static func randomText(_ generator: inout SystemRandomNumberGenerator, length: Int) -> [UInt8] {
        (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0x20 }
    }

    /// The keys as `TextKey` computed them before: one folded byte at a time.
    static func referenceWords(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> [UInt64] {
        var words: [UInt64] = []
        var hasher = WordHasher()
        var inWord = false
        var index = max(0, range.lowerBound)
        let end = min(bytes.count, range.upperBound)
        while index < end {
            let byte = bytes[index]
            if inWord, byte == 0x27 || (byte == 0xE2 && ByteScan.quote(bytes, at: index, end: end) == .singleClose) {
                index += byte == 0x27 ? 1 : 3
                continue
            }
            let (folded, width) = TextKey.fold(bytes, at: index, end: end)
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
        return words
    }

    static func referenceKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> UInt64 {
        var hasher = WordHasher()
        var index = max(0, range.lowerBound)
        let end = min(bytes.count, range.upperBound)
        while index < end {
            let (folded, width) = TextKey.fold(bytes, at: index, end: end)
            if folded != 0 {
                hasher.add(folded)
                if folded == UInt8(ascii: "s"), width == 2, bytes[index + 1] == 0x9F { hasher.add(folded) }
            }
            index += width
        }
        return hasher.finish()
    }

    static func referenceWordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, end: Int) -> Int {
        var index = offset
        while index < end {
            if let quote = ByteScan.quote(bytes, at: index, end: end) {
                guard quote == .singleClose, index > offset, index + 3 < end, ByteScan.isASCIILetter(bytes[index + 3]) else { break }
                index += 3
                continue
            }
            guard ByteScan.isWordByte(bytes[index]) else { break }
            index += 1
        }
        return index
    }

    @Test func wordKeysMatchTheByteByByteReading() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let text = Self.randomText(&generator, length: Int.random(in: 0...40, using: &generator))
            text.withUnsafeBufferPointer { bytes in
                let lower = Int.random(in: 0...text.count, using: &generator)
                let upper = Int.random(in: lower...text.count, using: &generator)
                let range = TextRange(lower, upper)
                var words: [UInt64] = []
                let placed = TextKey.appendWords(bytes, range, to: &words)
                #expect(words == Self.referenceWords(bytes, range))
                #expect(placed == 0..<words.count)
                #expect(TextKey.key(bytes, range) == Self.referenceKey(bytes, range))
                #expect(ByteScan.wordEnd(bytes, from: lower, end: upper) == Self.referenceWordEnd(bytes, from: lower, end: upper))
            }
        }
    }

    @Test func packedWordsCompareAsWordEquals() {
        var generator = SystemRandomNumberGenerator()
        let patterns: [StaticString] = ["and", "et", "al", "y", "van", "the", "before", "compare", "accessed"]
        let letters = Array("aAnNdDeEtTlLyYvVhHbBfFoOrRcCmMpPsS@`{[".utf8)
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...10, using: &generator)
            let text = (0..<length).map { _ in letters.randomElement(using: &generator) ?? 0x61 } + [0x20]
            text.withUnsafeBufferPointer { bytes in
                let range = TextRange(0, length)
                for pattern in patterns {
                    #expect((ByteScan.lowerPacked(bytes, range) == ByteScan.packed(pattern)) == ByteScan.word(bytes, range, equals: pattern))
                }
            }
        }
    }

    @Test func yearsAreFoundAsBefore() {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789 1520a.-".utf8)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in digits.randomElement(using: &generator) ?? 0x31 }
            text.withUnsafeBufferPointer { bytes in
                let range = TextRange(0, text.count)
                var first: TextRange?
                var last: TextRange?
                var index = 0
                while index + 4 <= text.count {
                    if ByteScan.isDigit(bytes[index]) {
                        if ByteScan.isYear(bytes, at: index, end: text.count) {
                            if first == nil { first = TextRange(index, index + 4) }
                            last = TextRange(index, index + 4)
                        }
                        while index < text.count, ByteScan.isDigit(bytes[index]) { index += 1 }
                        continue
                    }
                    index += 1
                }
                #expect(ByteScan.firstYear(bytes, in: range) == first)
                #expect(ByteScan.lastYear(bytes, in: range) == last)
            }
        }
    }
}
