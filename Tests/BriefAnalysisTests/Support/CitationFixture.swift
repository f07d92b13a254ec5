import Testing
@testable import BriefAnalysis

/// Checks one finding code on a plain-brief fixture and on the same brief written in
/// Markdown (`[1]` markers become `[^1]`, `[1] ` note lines become `[^1]: `).
enum CitationFixture {
    static func expect(_ code: FindingCode, _ marked: String, kinds: [DocumentKind] = [.plain, .markdown],
                       sourceLocation: SourceLocation = #_sourceLocation) {
        for kind in kinds {
            let fixture = Fixture(kind == .plain ? marked : markdown(marked))
            let brief = Analyzer.analyze(fixture.text, kind: kind)
            let found = brief.findings.filter { $0.code == code }.map(\.range)
            #expect(found == fixture.ranges,
                    "\(kind): found \(brief.findingLines([code])), expected \(fixture.rangeTexts)\n\(fixture.source)",
                    sourceLocation: sourceLocation)
        }
    }

    /// The findings of `code` on a fixture, for checking messages and related locations.
    static func findings(_ code: FindingCode, _ marked: String, kind: DocumentKind = .plain) -> (Fixture, AnalyzedBrief, [Finding]) {
        let fixture = Fixture(kind == .plain ? marked : markdown(marked))
        let brief = Analyzer.analyze(fixture.text, kind: kind)
        return (fixture, brief, brief.findings.filter { $0.code == code })
    }

    /// The plain fixture rewritten with Markdown footnotes and `##` section headings.
    static func markdown(_ plain: String) -> String {
        var out = ""
        for line in plain.split(separator: "\n", omittingEmptySubsequences: false) {
            var text = String(line)
            var lineStart = true
            var rewritten = ""
            var index = text.startIndex
            while index < text.endIndex {
                let character = text[index]
                if character == "[", let close = text[index...].firstIndex(of: "]"),
                   text.index(after: index) < close, text[text.index(after: index)..<close].allSatisfy(\.isNumber) {
                    let label = text[text.index(after: index)..<close]
                    let atStart = lineStart && index == text.startIndex
                    rewritten += atStart ? "[^\(label)]:" : "[^\(label)]"
                    index = text.index(after: close)
                    continue
                }
                rewritten.append(character)
                index = text.index(after: index)
            }
            lineStart = false
            text = rewritten
            // Section headings as Markdown writers write them.
            if text == "Bibliography" || text == "Notes" || text == "References" { text = "## " + text }
            out += text + "\n"
        }
        return String(out.dropLast())
    }
}
