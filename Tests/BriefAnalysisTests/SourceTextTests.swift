import Testing
@testable import BriefAnalysis

@Suite struct SourceTextTests {
    @Test func lineStartsCountEveryKindOfBreak() {
        let text = SourceText("a\nb\r\nc\rd")
        #expect(text.lineStarts == [0, 2, 5, 7])
        #expect(text.lineRange(1) == TextRange(2, 3))
        #expect(text.lineRange(9) == TextRange(8, 8))
    }

    @Test func columnsInEachEncoding() {
        // "é" is 2 bytes / 1 UTF-16 unit, "😀" 4 bytes / 2 units, "中" 3 bytes / 1 unit.
        let text = SourceText("x\né😀中[1]")
        let marker = 2 + 2 + 4 + 3
        #expect(text.bytes[marker] == UInt8(ascii: "["))
        #expect(text.position(of: marker, encoding: .utf8) == LineColumn(line: 1, column: 9))
        #expect(text.position(of: marker, encoding: .utf16) == LineColumn(line: 1, column: 4))
        #expect(text.position(of: marker, encoding: .utf32) == LineColumn(line: 1, column: 3))
        #expect(text.offset(of: LineColumn(line: 1, column: 4), encoding: .utf16) == marker)
        // Inside the surrogate pair clamps to the emoji's start; past the line to its end.
        #expect(text.offset(of: LineColumn(line: 1, column: 2), encoding: .utf16) == 4)
        #expect(text.offset(of: LineColumn(line: 1, column: 99), encoding: .utf16) == text.count)
        #expect(text.offset(of: LineColumn(line: 7, column: 0), encoding: .utf16) == text.count)
    }

    @Test(arguments: [
        ("a\nb\nc", 1, 3, "X\r\nY"),
        ("a\r\nb", 1, 2, ""),
        ("a\rb", 2, 2, "\n"),
        ("abc", 0, 3, "\n\n"),
        ("a\n\nb\r", 4, 5, "\n"),
        ("", 0, 0, "q\rr"),
    ])
    func replaceKeepsLineStartsEqualToARescan(original: String, lower: Int, upper: Int, inserted: String) {
        var text = SourceText(original)
        text.replace(TextRange(lower, upper), with: inserted)
        let rescanned = SourceText(text.string)
        #expect(text.bytes == rescanned.bytes)
        #expect(text.lineStarts == rescanned.lineStarts)
    }
}
