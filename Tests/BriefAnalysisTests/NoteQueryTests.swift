import Testing
@testable import BriefAnalysis

/// Definition, references and highlights between markers and notes. `$0` is the cursor,
/// `⟦…⟧` the expected result ranges in order.
@Suite struct NoteQueryTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let kind: DocumentKind
        let fixture: String
        var testDescription: String { "\(kind.rawValue): \(fixture.prefix(50))" }
    }

    @Test(arguments: [
        Case(kind: .plain, fixture: "T\n\nA.[$01] B.[2]\n\n⟦[1] First note.⟧\n\n[2] Second.\n"),
        Case(kind: .plain, fixture: "T\n\nA.[1]$0 B.[2]\n\n⟦[1] First note.⟧\n\n[2] Second.\n"),
        Case(kind: .markdown, fixture: "T\n\nA.[^1] B.[^n$0ote]\n\n[^1]: One.\n⟦[^note]: Two\n    continued.⟧\n"),
        Case(kind: .plain, fixture: "T\n\nA.[1]\n\n⟦[1] First.⟧\n\n[$01] Duplicate.\n"),
        Case(kind: .plain, fixture: "T\n\nA.[$09]\n\n[1] Not nine.\n"),
        Case(kind: .plain, fixture: "T\n\nPage one.[1]\n\n[Footnote 1: One.]\n\nPage two.[$01]\n\n⟦[Footnote 1: Two.]⟧\n"),
        Case(kind: .plain, fixture: "T$0\n\nA.[1]\n\n[1] Note.\n"),
    ])
    func definition(_ testCase: Case) throws {
        let fixture = Fixture(testCase.fixture)
        let cursor = try #require(fixture.cursor)
        let analysed = Analyzer.analyze(fixture.text, kind: testCase.kind)
        #expect(analysed.definition(at: cursor) == fixture.ranges, "\(testCase.fixture)")
    }

    @Test(arguments: [
        Case(kind: .plain, fixture: "T\n\nA.⟦[$01]⟧ B.[2] C.⟦[1]⟧\n\n[1] First.\n\n[2] Second.\n"),
        Case(kind: .plain, fixture: "T\n\nA.⟦[1]⟧ B.[2] C.⟦[01]⟧\n\n[1] Fi$0rst.\n\n[2] Second.\n"),
        Case(kind: .markdown, fixture: "T\n\nA.⟦[^x]⟧ B.⟦[^X]⟧\n\n[^$0x]: Note.\n"),
    ])
    func referencesWithoutDeclaration(_ testCase: Case) throws {
        let fixture = Fixture(testCase.fixture)
        let cursor = try #require(fixture.cursor)
        let analysed = Analyzer.analyze(fixture.text, kind: testCase.kind)
        #expect(analysed.references(at: cursor, includeDeclaration: false) == fixture.ranges, "\(testCase.fixture)")
    }

    @Test func referencesWithDeclarationIncludeTheLabelInTextOrder() throws {
        let fixture = Fixture("T\n\nA.⟦[$01]⟧ B.⟦[1]⟧\n\n⟦[1]⟧ Note.\n")
        let analysed = Analyzer.analyze(fixture.text, kind: .plain)
        #expect(analysed.references(at: try #require(fixture.cursor), includeDeclaration: true) == fixture.ranges)
    }

    @Test func highlightsMarkTheLabelAsWritten() throws {
        let fixture = Fixture("T\n\nA.⟦[$01]⟧ B.⟦[1]⟧\n\n⟦[1]⟧ Note.\n")
        let analysed = Analyzer.analyze(fixture.text, kind: .plain)
        let highlights = analysed.highlights(at: try #require(fixture.cursor))
        #expect(highlights == [
            Highlight(range: fixture.ranges[2], kind: .write),
            Highlight(range: fixture.ranges[0], kind: .read),
            Highlight(range: fixture.ranges[1], kind: .read),
        ])
    }

    @Test func hoverOnAMarkerShowsItsNote() throws {
        let fixture = Fixture("T\n\nA.⟦[$01]⟧\n\n[1] A *remark*,\n  on two lines.\n")
        let analysed = Analyzer.analyze(fixture.text, kind: .plain)
        let cursor = try #require(fixture.cursor)
        let hover = try #require(analysed.hover(at: cursor))
        #expect(hover.range == fixture.ranges[0])
        #expect(hover.markdown == "**Note [1]**\n\nA \\*remark\\*, on two lines.")
    }

    @Test func hoverOnAnUndefinedMarkerSaysSo() throws {
        let fixture = Fixture("T\n\nA.⟦[^$0gone]⟧\n")
        let cursor = try #require(fixture.cursor)
        let hover = try #require(Analyzer.analyze(fixture.text, kind: .markdown).hover(at: cursor))
        #expect(hover.markdown == "**[^gone]**: no note with this label is defined.")
        #expect(hover.range == fixture.ranges[0])
    }

    @Test func outlineNestsNotesUnderTheirHeading() {
        let analysed = Analyzer.analyze("# Brief\n\n## Context\n\nA.[^1]\n\n## Notes\n\n[^1]: One.\n", kind: .markdown)
        let summary = analysed.outline().map { symbol in
            "\(symbol.name) [\(symbol.children.map(\.name).joined(separator: ","))]"
        }
        #expect(summary == ["Brief []", "Context []", "Notes [[^1]]"])
        for symbol in analysed.outline() {
            #expect(symbol.range.contains(symbol.selectionRange))
            for child in symbol.children { #expect(symbol.range.contains(child.range)) }
        }
    }
}
