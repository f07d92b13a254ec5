import Testing
@testable import BriefAnalysis

/// BRF040–BRF041 on fixtures, each in plain and Markdown form, and their silence on a
/// numbered reference list.
@Suite struct CitationOrderTests {
    private static let caryl = "Caryl, Christian. 2015. “Realists, Beware of Russians Making Deals.” Foreign Policy, 29 Sept."
    private static let ryan = "Ryan, Missy. 2015. “Russian, Syrian Partnership.” The Washington Post, 28 Sept."
    private static let gordon = "MICHAEL R. GORDON. 2015. “Russia Surprises US.” The New York Times, 27 Sept."

    private func brief(_ entries: [String]) -> String {
        """
        A Brief

        One.[1] Two.[2] Three.[3]

        \(entries.joined(separator: "\n\n"))

        [1] Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 2015.

        [2] Missy Ryan, “Russian, Syrian Partnership,” The Washington Post, 2015.

        [3] Michael R. Gordon, “Russia Surprises US,” The New York Times, 2015.

        """
    }

    @Test func entriesOutOfOrder() {
        let text = brief([Self.ryan, "⟦Caryl, Christian⟧. 2015. “Realists, Beware of Russians Making Deals.” Foreign Policy, 29 Sept."])
        CitationFixture.expect(.entriesOutOfOrder, text)
        let (_, analysed, findings) = CitationFixture.findings(.entriesOutOfOrder, text)
        #expect(findings.first?.message == "Bibliography entries are not in alphabetical order: Caryl should come before Ryan")
        #expect(findings.first?.related.map { analysed.text.string(in: $0.range) } == ["Ryan, Missy"])
    }

    /// The entry out of place is the one reported: Ryan, filed before Caryl and Gordon.
    @Test func oneEntryOutOfPlaceIsOneFinding() {
        let text = brief(["⟦Ryan, Missy⟧. 2015. “Russian, Syrian Partnership.” The Washington Post, 28 Sept.", Self.caryl, Self.gordon])
        CitationFixture.expect(.entriesOutOfOrder, text)
        let (_, analysed, findings) = CitationFixture.findings(.entriesOutOfOrder, text)
        #expect(findings.first?.message == "Bibliography entries are not in alphabetical order: Ryan should come after Caryl")
        #expect(findings.first?.related.map { analysed.text.string(in: $0.range) } == ["Caryl, Christian"])
        CitationFixture.expect(.entriesOutOfOrder, brief([
            "Abel, Ann. 2015. “A.” P.", "⟦Zorn, Zoe⟧. 2015. “Z.” P.", "Baker, Bo. 2015. “B.” P.", "Cole, Cy. 2015. “C.” P.",
            "Dunn, Di. 2015. “D.” P.",
        ]))
    }

    @Test func particlesMaySortUnderEitherWord() {
        CitationFixture.expect(.entriesOutOfOrder, brief([
            "Amnesty International. 2017. “Greece: Lives on Hold.” Report.",
            "de Gaulle, Charles. 1946. “Discours de Bayeux.” Speech, 16 June.",
            "Gatti, Mauro. 2019. “The EU-Turkey Statement.” Edward Elgar.",
            "Gaulle, Charles de. 1947. “Discours.” Speech.",
            "Ryan, Missy. 2015. “Russian, Syrian Partnership.” The Washington Post, 28 Sept.",
            "van der Berg, Jan. 2018. “Divergent Responses.” Journal of Common Market Studies 56 (2).",
            // Near miss: a name without particles has one place only.
            "⟦Caryl, Christian⟧. 2015. “Realists.” Foreign Policy, 29 Sept.",
        ]))
        CitationFixture.expect(.entriesOutOfOrder, brief([
            "Amnesty International. 2017. “Greece: Lives on Hold.” Report.",
            "de Gaulle, Charles. 1946. “Discours de Bayeux.” Speech, 16 June.",
            "Gatti, Mauro. 2019. “The EU-Turkey Statement.” Edward Elgar.",
            "van der Berg, Jan. 2018. “Later.” Journal.",
        ]))
        CitationFixture.expect(.entriesOutOfOrder, brief([
            "Gatti, Mauro. 2019. “The EU-Turkey Statement.” Edward Elgar.",
            "de Gaulle, Charles. 1946. “Discours de Bayeux.” Speech, 16 June.",
            "Ryan, Missy. 2015. “Russian, Syrian Partnership.” The Washington Post, 28 Sept.",
            "⟦Dunn, Dora⟧. 2015. “D.” P.",
        ]))
    }

    @Test func givenNameFirstSortsBySurname() {
        CitationFixture.expect(.entriesOutOfOrder, brief([Self.caryl, Self.gordon, Self.ryan]))
    }

    @Test func firstAuthorNotInverted() {
        CitationFixture.expect(.authorNotInverted, brief([Self.caryl, "⟦MICHAEL R. GORDON⟧. 2015. “Russia Surprises US.” The New York Times, 27 Sept.", Self.ryan]))
        let (_, _, findings) = CitationFixture.findings(.authorNotInverted, brief([Self.caryl, Self.gordon, Self.ryan]))
        #expect(findings.map(\.message) == ["Write the first author’s surname first, as “GORDON, MICHAEL R.”, so the entry sorts by surname"])
    }

    @Test func laterAuthorsMayBeGivenNameFirst() {
        CitationFixture.expect(.authorNotInverted, brief([
            Self.caryl, "Gordon, Michael R., and Anne Barnard. 2015. “Russia Surprises US.” The New York Times, 27 Sept.", Self.ryan,
        ]))
    }

    @Test func referenceListsAreExempt() {
        let text = """
            HTTP

            As described in [2] and [1], URLs [2] work.

            References

               [1] Roy Fielding, "Relative Uniform Resource Locators", RFC 1808, June 1995.

               [2] Berners-Lee, T., Masinter, L. and M. McCahill, "Uniform Resource
                   Locators (URL)", RFC 1738, December 1994.

            """
        let brief = Analyzer.analyze(text, kind: .plain)
        #expect(brief.parsed.isReferenceList)
        #expect(brief.findingLines([.entriesOutOfOrder, .authorNotInverted, .uncitedEntry, .unlistedSource]) == [])
        #expect(brief.citations.sources.map { $0.authors.map(\.surname) } == [["Fielding"], ["Berners-Lee", "Masinter", "McCahill"]])
        #expect(brief.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == [[[0]], [[1]]])
    }
}
