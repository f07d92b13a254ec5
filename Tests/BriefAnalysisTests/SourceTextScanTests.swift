import Testing
@testable import BriefAnalysis

/// The word-at-a-time scans of `SourceText` (UTF-8 validation, line starts) against
/// byte-by-byte references, at every alignment of the interesting bytes.
@Suite struct SourceTextScanTests {
    /// The standard library's decoder: well-formed UTF-8 or not.
    private static func referenceIsValid(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    private static func referenceLineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for p in stride(from: 1, through: bytes.count, by: 1) {
            let previous = bytes[p - 1]
            if previous == 0x0A || (previous == 0x0D && (p == bytes.count || bytes[p] != 0x0A)) { starts.append(p) }
        }
        return starts
    }

    static let sequences: [[UInt8]] = [
        [0xC3, 0xA9], [0xE2, 0x80, 0x9C], [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xED, 0x9F, 0xBF],
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98],
        [0xC3, 0x41], [0xE2, 0x28, 0xA1], [0x0A], [0x0D], [0x0D, 0x0A], [0x0A, 0x0D],
    ]

    @Test(arguments: 0..<sequences.count)
    func validationAgreesWithTheDecoderAtEveryAlignment(sequence: Int) {
        let bytes = Self.sequences[sequence]
        for before in 0..<17 {
            for after in [0, 1, 7, 8, 9] {
                let text = Array(repeating: UInt8(ascii: "a"), count: before) + bytes + Array(repeating: UInt8(ascii: "b"), count: after)
                #expect(SourceText.isValidUTF8(text) == Self.referenceIsValid(text), "\(bytes) after \(before), before \(after)")
            }
        }
    }

    @Test func validationAndLineStartsAgreeOnPseudoRandomText() {
        let alphabet: [[UInt8]] = [[0x61], [0x20], [0x0A], [0x0D], [0x0D, 0x0A], [0xC3, 0xA9], [0xE2, 0x80, 0x9D], [0xF0, 0x9F, 0x98, 0x80], [0xE2, 0x80], [0xBF]]
        var state: UInt64 = 42
        for length in 0..<200 {
            var text: [UInt8] = []
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                // Mostly plain letters, so that whole words of ASCII occur.
                let pick = Int(state >> 33) % 40
                text += pick < alphabet.count ? alphabet[pick] : [UInt8(ascii: "x")]
            }
            #expect(SourceText.isValidUTF8(text) == Self.referenceIsValid(text))
            #expect(SourceText.scanLineStarts(text, from: 0, through: text.count, firstStart: 0) == Self.referenceLineStarts(text))
        }
    }

    @Test func lineStartsOfALongLineAfterAShortOne() {
        let text = Array("ab\n".utf8) + Array(repeating: UInt8(ascii: "z"), count: 40) + Array("\r\n\r".utf8)
        #expect(SourceText.scanLineStarts(text, from: 0, through: text.count, firstStart: 0) == [0, 3, 45, 46])
        // A partial rescan reports only the starts inside its window.
        #expect(SourceText.scanLineStarts(text, from: 4, through: 45, firstStart: nil) == [45])
    }
}
