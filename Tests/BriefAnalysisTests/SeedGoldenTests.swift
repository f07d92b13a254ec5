import Testing
@testable import BriefAnalysis

/// The canonical example, `examples/seed-brief.txt`, exactly as its author wrote it: its
/// whole list of findings compared as text, so a change of behaviour reads as a diff.
@Suite struct SeedGoldenTests {
    static func render(_ analysed: AnalyzedBrief) -> String {
        let text = analysed.text
        return analysed.findings.map { finding in
            let at = text.position(of: finding.range.lowerBound, encoding: .utf32)
            var line = "\(at.line + 1):\(at.column + 1) \(finding.severity.label) \(finding.code.rawValue) «\(text.string(in: finding.range))» \(finding.message)"
            for related in finding.related {
                let place = text.position(of: related.range.lowerBound, encoding: .utf32)
                line += "\n    ↳ \(place.line + 1):\(place.column + 1) «\(text.string(in: related.range))» \(related.message)"
            }
            return line
        }.joined(separator: "\n")
    }

    @Test func plainSeedFindings() throws {
        let analysed = Analyzer.analyze(SourceText(bytes: try Paths.read(Paths.seedBrief)), kind: .plain)
        #expect(Self.render(analysed) == """
            17:1 info BRF041 «MICHAEL R. GORDON» Write the first author’s surname first, as “GORDON, MICHAEL R.”, so the entry sorts by surname
            19:166 info BRF033 «01/10/2015» “01/10/2015” can be read as 1 October or 10 January; write the month as a word, e.g. 1 October 2015
            32:5 warning BRF011 «Ibdi.» “Ibdi.” is a misspelling of “Ibid.”; it is read as “Ibid.”
                ↳ 30:1 «[3]» the note it repeats, note 3
            34:96 warning BRF031 «, .» Empty element before the final period: something is missing here, or a separator is one too many
            36:126 warning BRF030 «)» This closing parenthesis has no opening partner
            38:145 info BRF033 «01/10/2015» “01/10/2015” can be read as 1 October or 10 January; write the month as a word, e.g. 1 October 2015
            """)
    }

    /// The same brief in Markdown (`[^n]` markers, a *Notes* heading): the same findings,
    /// two lines further down for the heading and `# ` before the title.
    @Test func markdownSeedFindings() throws {
        let url = Paths.root.appendingPathComponent("examples/seed-brief.md")
        let analysed = Analyzer.analyze(SourceText(bytes: try Paths.read(url)), kind: .markdown)
        #expect(analysed.findings.map(\.code) == [.authorNotInverted, .ambiguousDate, .misspeltIbid, .emptyElement, .unbalanced, .ambiguousDate])
        #expect(analysed.findingLines() == [
            "BRF041 \"MICHAEL R. GORDON\"", "BRF033 \"01/10/2015\"", "BRF011 \"Ibdi.\"",
            "BRF031 \", .\"", "BRF030 \")\"", "BRF033 \"01/10/2015\"",
        ])
    }
}
