@testable import BriefLSP
import Testing

// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct JSONTests {
    private func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    @Test func parsesEveryKindOfValue() throws {
        let value = try parse(#" {"a": [1, -2, 3.5, 1e3, true, false, null], "b": {"c": "d"}, "e": -0.25 } "#)
        #expect(value == [
            "a": [1, -2, .double(3.5), .double(1000), true, false, nil],
            "b": ["c": "d"],
            "e": .double(-0.25),
        ])
        #expect(value["b"]?["c"]?.stringValue == "d")
        #expect(value["missing"] == nil)
    }

    @Test func decodesEscapes() throws {
        #expect(try parse(#""a\"b\\c\/d\n\r\t\b\f""#) == .string("a\"b\\c/d\n\r\t\u{8}\u{C}"))
        #expect(try parse(#""\u00e9\u4e2d""#) == .string("é中"))
    }

    @Test func decodesSurrogatePairs() throws {
        #expect(try parse(#""\ud83d\ude00x""#) == .string("😀x"))
        #expect(try parse(#""\uD83D\uDE00""#) == .string("😀"))
    }

    @Test func replacesLoneSurrogates() throws {
        #expect(try parse(#""a\ud83db""#) == .string("a\u{FFFD}b"))
        #expect(try parse(#""a\ude00b""#) == .string("a\u{FFFD}b"))
        #expect(try parse(#""\ud83d\u0041""#) == .string("\u{FFFD}A"))
        #expect(try parse(#""\ud83d""#) == .string("\u{FFFD}"))
    }

    @Test func repairsInvalidUTF8() throws {
        let bytes: [UInt8] = [0x22, 0x61, 0xFF, 0x62, 0xC3, 0x22]
        #expect(try JSONParser.parse(bytes) == .string("a\u{FFFD}b\u{FFFD}"))
        let escaped: [UInt8] = Array(#""\n"#.utf8) + [0xFE] + [0x22]
        #expect(try JSONParser.parse(escaped) == .string("\n\u{FFFD}"))
    }

    @Test func keepsLargeIntegersExactAndFallsBackToDouble() throws {
        #expect(try parse("123456789012345678") == .int(123_456_789_012_345_678))
        #expect(try parse("12345678901234567890") == .double(Double("12345678901234567890") ?? 0))
        #expect(try parse("-0") == .int(0))
    }

    @Test(arguments: ["", "{", "[1,", "[1 2]", "{\"a\" 1}", "{\"a\":}", "tru", "nul", "01x", "1.", "1e", "-", "\"abc", "\"\\x\"", "\"\\u12G4\"", "{} {}", "[1,]x", "{'a':1}"])
    func rejectsMalformedJSON(_ text: String) {
        #expect(throws: JSONParseError.self) { try parse(text) }
    }

    @Test func refusesDeepNestingWithoutRecursion() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        do {
            _ = try parse(deep)
            Issue.record("100,000 levels of nesting were accepted")
        } catch {
            #expect(error.reason == .tooDeep(JSONParser.maxDepth))
        }
        let objects = String(repeating: "{\"a\":", count: 100_000)
        #expect(throws: JSONParseError.self) { try parse(objects) }
        let allowed = String(repeating: "[", count: JSONParser.maxDepth) + String(repeating: "]", count: JSONParser.maxDepth)
        #expect((try? parse(allowed)) != nil)
    }

    @Test func serialisesCompactlyWithEscapes() {
        let value: JSONValue = ["s": .string("q\"\\\n\u{1}é😀"), "n": [1, .double(2.5), .double(3), nil, true]]
        let text = String(decoding: JSONWriter.serialize(value), as: UTF8.self)
        #expect(text == #"{"s":"q\"\\\n\u0001é😀","n":[1,2.5,3,null,true]}"#)
    }

    @Test func wordAtATimeEscapeTestIsExact() {
        var generator = SeededGenerator(seed: 7)
        let interesting: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF]
        for _ in 0..<20_000 {
            var word: UInt64 = 0
            var expected = false
            for lane in 0..<8 {
                let byte = Bool.random(using: &generator) ? interesting.randomElement(using: &generator) ?? 0 : UInt8.random(in: 0...255, using: &generator)
                expected = expected || byte < 0x20 || byte == 0x22 || byte == 0x5C
                word |= UInt64(byte) << (8 * lane)
            }
            #expect(JSONWriter.needsEscape(word) == expected, "word \(String(word, radix: 16))")
        }
    }

    @Test func escapesAtEveryPositionOfALongString() throws {
        for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}", "é", "中", "😀"] {
            for position in 0..<19 {
                var text = String(repeating: "abcdefgh", count: 3)
                text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: position))
                let serialized = JSONWriter.serialize(.string(text))
                #expect(try JSONParser.parse(serialized) == .string(text), "\(special.debugDescription) at \(position)")
            }
        }
    }

    @Test func writesIntegersExactly() throws {
        for number in [0, 7, 10, -1, -10, 123_456_789, Int.max, Int.min, 1_000_000] {
            #expect(String(decoding: JSONWriter.serialize(.int(number)), as: UTF8.self) == String(number))
        }
    }

    @Test func roundTripsThroughWriterAndParser() throws {
        let value: JSONValue = ["text": .string("line\r\n\t\"quoted\" \u{7F} 中文 🎉"), "id": .int(-42), "nested": [["x": []], [:]]]
        #expect(try JSONParser.parse(JSONWriter.serialize(value)) == value)
    }
}
