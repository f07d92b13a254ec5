import Testing
@testable import BriefAnalysis

/// Where the bibliography's entries start and end.
@Suite struct BibliographyFinderTests {
    private func entries(_ text: String, kind: DocumentKind = .plain) -> [String] {
        let parsed = Analyzer.analyze(text, kind: kind).parsed
        return parsed.bibliography.map { parsed.text.string(in: $0).replacingOccurrences(of: "\n", with: "⏎") }
    }

    @Test func wrappedLinesContinueTheirEntry() {
        let text = """
            T

            Bibliography

            Smith, John. 2001. “A Title That Runs On
            to a Second Line.” Press.
            Doe, Jane. 2002. “Short.” Journal 4 (2).
            de Gaulle, Charles. 1946. “Discours de Bayeux.” Speech,
            16 June.
            """
        #expect(entries(text) == [
            "Smith, John. 2001. “A Title That Runs On⏎to a Second Line.” Press.",
            "Doe, Jane. 2002. “Short.” Journal 4 (2).",
            "de Gaulle, Charles. 1946. “Discours de Bayeux.” Speech,⏎16 June.",
        ])
    }

    @Test func hangingIndentContinuesTheEntry() {
        let text = "T\n\nReferences\n\nSmith, John. 2001. “A Title.”\n    Press, 2001.\nDoe, Jane. 2002. “Short.” Journal.\n"
        #expect(entries(text) == ["Smith, John. 2001. “A Title.”⏎    Press, 2001.", "Doe, Jane. 2002. “Short.” Journal."])
    }

    @Test func aListWhoseFirstItemIsAnOrganisationIsStillAList() {
        let text = "# T\n\n## Sources\n\n- Autonomy. 2023. “The Shorter Week.” Report.\n- Smith, John. 2001. “A Title.” Press.\n- Doe, Jane. 2002. “Short.” Journal.\n"
        #expect(entries(text, kind: .markdown) == [
            "Autonomy. 2023. “The Shorter Week.” Report.", "Smith, John. 2001. “A Title.” Press.", "Doe, Jane. 2002. “Short.” Journal.",
        ])
    }

    @Test func furtherReadingIsNotTheBibliography() {
        let text = "T\n\nBody.[1]\n\n[1] Smith, A Title, 4.\n\nFurther Reading\n\nSmith, John. 2001. “A Title.” Press.\n\nDoe, Jane. 2002. “Short.” Journal.\n"
        #expect(entries(text).isEmpty)
        #expect(Analyzer.analyze(text, kind: .plain).findings.filter { $0.code == .unlistedSource || $0.code == .uncitedEntry }.isEmpty)
    }
}
