import Testing
@testable import BriefAnalysis

/// BRF001–BRF004 in both kinds of brief. Each case is a fixture whose `⟦…⟧` mark exactly
/// the ranges the code must flag; a case without marks is a near miss that must not be.
@Suite struct NoteRulesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let code: FindingCode
        let kind: DocumentKind
        let fixture: String
        var testDescription: String { "\(code.rawValue) \(kind.rawValue): \(fixture.prefix(40))" }
    }

    static let cases: [Case] = [
        // BRF001: marker without a note.
        Case(code: .undefinedNote, kind: .plain, fixture: "T\n\nOne.[1] Two.⟦[2]⟧\n\n[1] Note.\n"),
        Case(code: .undefinedNote, kind: .markdown, fixture: "T\n\nOne.[^1] Two.⟦[^two]⟧\n\n[^1]: Note.\n"),
        Case(code: .undefinedNote, kind: .plain, fixture: "T\n\nOne.[01] Two.[2]\n\n[1] Note.\n\n[002] Other.\n"),
        Case(code: .undefinedNote, kind: .markdown, fixture: "T\n\nOne.[^Note] `[^x]`\n\n[^note]: Labels ignore case.\n"),
        // BRF002: note without a marker.
        Case(code: .unusedNote, kind: .plain, fixture: "T\n\nOne.[1]\n\n[1] Note.\n\n⟦[2]⟧ Orphan.\n"),
        Case(code: .unusedNote, kind: .markdown, fixture: "T\n\nOne.[^1]\n\n[^1]: Note.\n⟦[^2]:⟧ Orphan.\n"),
        Case(code: .unusedNote, kind: .plain, fixture: "T\n\nOne.[1] Again [1].\n\n[1] Cited twice, defined once.\n"),
        Case(code: .unusedNote, kind: .markdown, fixture: "T\n\nOne.[^1]\n\n```\n[^2]: in code\n```\n\n[^1]: Note.\n"),
        // BRF003: the second definition is flagged.
        Case(code: .duplicateNote, kind: .plain, fixture: "T\n\nOne.[1]\n\n[1] First.\n\n⟦[1]⟧ Second.\n"),
        Case(code: .duplicateNote, kind: .markdown, fixture: "T\n\nOne.[^a]\n\n[^a]: First.\n⟦[^A]:⟧ Second.\n"),
        Case(code: .duplicateNote, kind: .plain, fixture: "T\n\nOne.[1]\n\n[Footnote 1: First.]\n\n⟦[Footnote 1:⟧ Second.]\n"),
        Case(code: .duplicateNote, kind: .plain, fixture: "T\n\nOne.[1]\n\n[Footnote 1: Page one.]\n\nTwo.[1]\n\n[Footnote 1: Page two.]\n"),
        // BRF004: out of order first appearances.
        Case(code: .markerOrder, kind: .plain, fixture: "T\n\nA.[1] B.⟦[3]⟧ C.[2] D.[4]\n\n[1] a\n\n[2] b\n\n[3] c\n\n[4] d\n"),
        Case(code: .markerOrder, kind: .plain, fixture: "T\n\nA.[1] B.[2] C.⟦[4]⟧ D.[5] E.[3]\n\n[1] a\n\n[2] b\n\n[3] c\n\n[4] d\n\n[5] e\n"),
        Case(code: .markerOrder, kind: .plain, fixture: "T\n\nA.⟦[2]⟧ B.⟦[4]⟧\n\n[2] b\n\n[4] d\n"),
        Case(code: .markerOrder, kind: .markdown, fixture: "T\n\nA.[^2] B.[^1]\n\n[^1]: a\n[^2]: b\n"),
        Case(code: .markerOrder, kind: .plain, fixture: "T\n\nA.[1] B.[2] A again.[1] C.[3]\n\n[1] a\n\n[2] b\n\n[3] c\n"),
        Case(code: .markerOrder, kind: .markdown, fixture: "T\n\nA.[^b] B.[^a]\n\n[^a]: named labels have no order\n[^b]: b\n"),
        Case(code: .markerOrder, kind: .plain, fixture: "T\n\nSee [2] and [1].\n\nReferences\n\n   [1] Alpha, A., \"One\", 1999.\n\n   [2] Beta, B., \"Two\", 2000.\n"),
    ]

    @Test(arguments: cases)
    func flagsExactlyTheMarkedRanges(_ testCase: Case) {
        let fixture = Fixture(testCase.fixture)
        let analysed = Analyzer.analyze(fixture.text, kind: testCase.kind)
        let found = analysed.findings.filter { $0.code == testCase.code }
        #expect(found.map(\.range) == fixture.ranges, "\(testCase.fixture)")
        #expect(found.allSatisfy { $0.severity == testCase.code.defaultSeverity })
    }

    @Test func duplicatePointsAtTheFirstDefinition() {
        let fixture = Fixture("T\n\nOne.[1]\n\n⟦[1]⟧ First.\n\n⟦[1]⟧ Second.\n")
        let finding = Analyzer.analyze(fixture.text, kind: .plain).findings.first { $0.code == .duplicateNote }
        #expect(finding?.range == fixture.ranges[1])
        #expect(finding?.related == [RelatedLocation(range: fixture.ranges[0], message: "first definition of [1]")])
        #expect(finding?.message == "Note [1] is defined more than once; markers refer to the first definition")
    }

    @Test func aSwappedPairIsOneFindingPointingAtTheOther() {
        let fixture = Fixture("T\n\nA.[1] B.⟦[3]⟧ C.⟦[2]⟧\n\n[1] a\n\n[2] b\n\n[3] c\n")
        let found = Analyzer.analyze(fixture.text, kind: .plain).findings.filter { $0.code == .markerOrder }
        #expect(found.map(\.message) == ["Note [3] is cited before note [2]; number notes in the order they are cited"])
        #expect(found.first?.related == [RelatedLocation(range: fixture.ranges[1], message: "note [2] is first cited here")])
    }

    @Test func messagesNameTheNote() {
        let analysed = Analyzer.analyze("T\n\nA.[1] B.[3]\n\n[1] a\n\n[2] b\n", kind: .plain)
        #expect(analysed.findings.filter { $0.code.rawValue < "BRF010" }.map(\.message) == [
            "Marker [3] refers to a note that is not defined",
            "Note numbering jumps to [3] where [2] was expected: no marker cites note [2]",
            "Note [2] is defined but no marker in the text refers to it",
        ])
    }
}
