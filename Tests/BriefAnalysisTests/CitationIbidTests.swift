import Testing
@testable import BriefAnalysis

/// BRF010–BRF012 on fixtures, each in plain and Markdown form.
@Suite struct CitationIbidTests {
    private static let bibliography = """
        Bibliography

        Caryl, Christian. 2015. “Realists, Beware of Russians Making Deals.” Foreign Policy, 29 Sept.

        Ryan, Missy. 2015. “Russian, Syrian Partnership Poses a New Challenge.” The Washington Post, 28 Sept.
        """

    private func brief(_ notes: String) -> String {
        "A Brief\n\nOne.[1] Two.[2] Three.[3]\n\n\(Self.bibliography)\n\nNotes\n\n\(notes)\n"
    }

    @Test func ibidInTheFirstNote() {
        CitationFixture.expect(.ibidWithoutSource, brief("""
            [1] ⟦Ibid.⟧, 45.
            [2] Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 29 Sept, 2015.
            [3] Missy Ryan, “Russian, Syrian Partnership Poses a New Challenge,” The Washington Post, 28 Sept, 2015.
            """))
    }

    @Test func ibidAfterCommentary() {
        CitationFixture.expect(.ibidWithoutSource, brief("""
            [1] Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 29 Sept, 2015.
            [2] The prime minister said this twice in one week.
            [3] ⟦Ibid.⟧
            """))
        let (_, brief, findings) = CitationFixture.findings(.ibidWithoutSource, brief("""
            [1] Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 29 Sept, 2015.
            [2] The prime minister said this twice in one week.
            [3] Ibid.
            """))
        #expect(findings.first?.related.map { brief.text.string(in: $0.range) } == ["[2]"])
    }

    /// Notes that cite a source the parser cannot read into names and a title still cite
    /// something: `Ibid.` after them is no error.
    @Test(arguments: [
        "Karl Marx, Capital, vol. 1, trans. Ben Fowkes (London: Penguin, 1976), 125.",
        "Ron Chernow, Hamilton (New York: Penguin, 2004).",
        "Youngstown Sheet & Tube Co. v. Sawyer, 343 U.S. 579 (1952).",
        "Regulation (EU) 2016/679, art. 17.",
        "https://www.oecd.org/economy/outlook/ (accessed 3 May 2021).",
        "Interview with a senior official, Brussels.",
        "Smith, Wealth of Nations.",
        "Amnesty International. Greece: Lives on Hold.",
        "Bank for International Settlements, Annual Economic Report.",
        "Jane Doe, ‘Fiscal Futures’, Political Quarterly.",
        "U.S. Department of State, press release.",
    ])
    func ibidAfterAnUnreadCitationIsFine(_ note: String) {
        CitationFixture.expect(.ibidWithoutSource, brief("""
            [1] Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 29 Sept, 2015.
            [2] \(note)
            [3] Ibid.
            """))
    }

    @Test(arguments: [
        "However, the minister denied it.",
        "The minister's account differs.",
        "This point is disputed.",
    ])
    func ibidAfterPlainCommentary(_ note: String) {
        CitationFixture.expect(.ibidWithoutSource, brief("""
            [1] Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 29 Sept, 2015.
            [2] \(note)
            [3] ⟦Ibid.⟧
            """))
    }

    @Test func legalIdRepeatsLikeIbid() {
        let notes = """
            [1] Missy Ryan, “Russian, Syrian Partnership Poses a New Challenge,” The Washington Post, 28 Sept, 2015.
            [2] Id. at 45.
            [3] Idaho, and the ID card, are not Id.
            """
        let (_, analysed, _) = CitationFixture.findings(.ibidWithoutSource, brief(notes))
        #expect(analysed.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == [[[1]], [[1]], []])
        #expect(analysed.findings.filter { $0.code >= .ibidWithoutSource && $0.code <= .ambiguousIbid }.isEmpty)
        CitationFixture.expect(.ibidWithoutSource, brief("""
            [1] ⟦Id.⟧ at 4.
            [2] Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 29 Sept, 2015.
            [3] Missy Ryan, “Russian, Syrian Partnership Poses a New Challenge,” The Washington Post, 28 Sept, 2015.
            """))
    }

    /// Pandoc's inline notes are notes too: `Ibid.` after one is not in the first note.
    @Test func ibidAfterAPandocInlineNote() {
        let text = "A claim.^[Jane Doe, \"Rural Credit,\" *Journal A* 1 (2019): 4.] Another.[^1]\n\n[^1]: Ibid., 5.\n"
        #expect(Analyzer.analyze(text, kind: .markdown).findings.filter { $0.code == .ibidWithoutSource }.isEmpty)
        let plain = "A claim. Another.[^1] And.[^2]\n\n[^1]: Ibid., 5.\n[^2]: Jane Doe, \"Rural Credit,\" 2019.\n"
        #expect(Analyzer.analyze(plain, kind: .markdown).findings.filter { $0.code == .ibidWithoutSource }.count == 1)
    }

    @Test func ibidAfterACitationIsFine() {
        CitationFixture.expect(.ibidWithoutSource, brief("""
            [1] Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 29 Sept, 2015.
            [2] Ibid., 12.
            [3] ibid.
            """))
    }

    @Test func misspeltIbidStillResolves() {
        let notes = """
            [1] Missy Ryan, “Russian, Syrian Partnership Poses a New Challenge,” The Washington Post, 28 Sept, 2015.
            [2] ⟦Ibdi.⟧
            [3] ⟦Ibid⟧, 45; Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 2015.
            """
        CitationFixture.expect(.misspeltIbid, brief(notes))
        let (_, analysed, _) = CitationFixture.findings(.misspeltIbid, brief(notes))
        #expect(analysed.citations.citationsByNote[1].map(\.sourceIndexes) == [[1]])
        #expect(analysed.citations.citationsByNote[2].map(\.sourceIndexes) == [[1], [0]])
    }

    @Test(arguments: ["Ibib.", "Idib.", "IBDI.", "Ibd."])
    func otherMisspellings(_ token: String) {
        CitationFixture.expect(.misspeltIbid, brief("""
            [1] Missy Ryan, “Russian, Syrian Partnership Poses a New Challenge,” The Washington Post, 28 Sept, 2015.
            [2] ⟦\(token)⟧
            [3] Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 29 Sept, 2015.
            """))
    }

    @Test func correctSpellingsAreNotFlagged() {
        CitationFixture.expect(.misspeltIbid, brief("""
            [1] Missy Ryan, “Russian, Syrian Partnership Poses a New Challenge,” The Washington Post, 28 Sept, 2015.
            [2] Ibid., 45.
            [3] ibidem; Idaho is not a misspelling, nor is Ibis.
            """))
    }

    @Test func ibidAfterTwoSourcesIsAmbiguous() {
        let notes = """
            [1] Missy Ryan, “Russian, Syrian Partnership Poses a New Challenge,” The Washington Post, 2015; Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 2015.
            [2] ⟦Ibid.⟧
            [3] Ibid.
            """
        // Note 3 repeats note 2, which cites both sources through its Ibid.: one Ibid. citation, not two.
        CitationFixture.expect(.ambiguousIbid, brief(notes))
        let (_, analysed, findings) = CitationFixture.findings(.ambiguousIbid, brief(notes))
        #expect(findings.first?.related.map { analysed.text.string(in: $0.range) } == ["[1]"])
    }

    @Test func ibidAfterTwoCitationsOfOneSourceIsClear() {
        CitationFixture.expect(.ambiguousIbid, brief("""
            [1] Missy Ryan, “Russian, Syrian Partnership Poses a New Challenge,” The Washington Post, 2015; Ryan, Russian, Syrian Partnership, 4.
            [2] Ibid.
            [3] Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 2015.
            """))
    }

    /// Markdown footnotes are numbered in the order they are first referenced, wherever
    /// their definitions stand: `Ibid.` repeats the note referenced just before it.
    @Test func markdownReadingOrderFollowsReferences() {
        let text = """
            A Brief

            First.[^ryan] Second.[^again] Third.[^caryl]

            \(Self.bibliography)

            [^caryl]: Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 2015.
            [^again]: Ibid., 4.
            [^ryan]: Missy Ryan, “Russian, Syrian Partnership Poses a New Challenge,” The Washington Post, 2015.
            """
        let brief = Analyzer.analyze(text, kind: .markdown)
        #expect(brief.findingLines() == [])
        #expect(brief.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == [[[0]], [[1]], [[1]]])
    }
}
