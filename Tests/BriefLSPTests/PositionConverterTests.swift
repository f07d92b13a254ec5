import BriefAnalysis
@testable import BriefLSP
import Testing

/// The fast converter must agree with `SourceText.position(of:encoding:)` everywhere.
// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct PositionConverterTests {
    @Test(arguments: PositionEncoding.allCases)
    func agreesWithSourceTextOnLongAndShortLines(_ encoding: PositionEncoding) {
        var generator = SeededGenerator(seed: 42)
        let pieces = ["a", "é", "中", "😀", " ", "[1]", "\r\n", "\n", "\r", "👍🏽", "e\u{301}"]
        var long = ""
        for index in 0..<12_000 {
            // Mostly one very long line, with a few line breaks of each kind.
            let piece = index % 4000 == 3999 ? "\n" : pieces[Int.random(in: 0..<(pieces.count - 5), using: &generator)]
            long += piece
        }
        let text = SourceText("short 😀 line\r\n" + long + "\rtail 中文\n")
        let converter = PositionConverter(text: text, encoding: encoding)
        var offsets = Array(stride(from: 0, through: text.count + 2, by: 7))
        offsets += (0..<2000).map { _ in Int.random(in: -3...(text.count + 3), using: &generator) }
        for offset in offsets {
            let expected = text.position(of: offset, encoding: encoding)
            let actual = converter.position(offset)
            #expect(actual == LSPPosition(line: expected.line, character: expected.column), "offset \(offset)")
            if actual != LSPPosition(line: expected.line, character: expected.column) { return }
        }
    }
}
