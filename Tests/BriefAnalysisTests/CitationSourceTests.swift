import Testing
@testable import BriefAnalysis

/// BRF020–BRF023 on fixtures, each in plain and Markdown form.
@Suite struct CitationSourceTests {
    private static let caryl = "Caryl, Christian. 2015. “Realists, Beware of Russians Making Deals.” Foreign Policy, 29 Sept."
    private static let ryan = "Ryan, Missy. 2015. “Russian, Syrian Partnership Poses a New Challenge.” The Washington Post, 28 Sept."
    private static let carylNote = "Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 29 Sept, 2015."
    private static let ryanNote = "Missy Ryan, “Russian, Syrian Partnership Poses a New Challenge,” The Washington Post, 28 Sept, 2015."

    private func brief(entries: [String], notes: [String]) -> String {
        let markers = notes.indices.map { "Point \($0 + 1).[\($0 + 1)]" }.joined(separator: " ")
        let list = notes.enumerated().map { "[\($0.offset + 1)] \($0.element)" }.joined(separator: "\n\n")
        let bibliography = entries.isEmpty ? "" : entries.joined(separator: "\n\n") + "\n\n"
        return "A Brief\n\n\(markers)\n\n\(bibliography)\(list)\n"
    }

    @Test func citationWithoutEntry() {
        CitationFixture.expect(.unlistedSource, brief(entries: [Self.caryl, Self.ryan], notes: [
            Self.carylNote, Self.ryanNote,
            "⟦John Smith, “A Source Nobody Listed,”⟧ Daily Planet, 3 May, 2015.",
            "⟦Caryl, “Another Title Entirely,”⟧ 4.",
        ]))
    }

    @Test func notesWithoutBibliographyAreTheSources() {
        let text = brief(entries: [], notes: [
            "John Smith, “A Source Nobody Listed,” Daily Planet, 3 May, 2015.",
            "Smith, A Source Nobody Listed, 4.", "Ibid.", "See the discussion in the introduction.",
        ])
        CitationFixture.expect(.unlistedSource, text)
        let brief = Analyzer.analyze(text, kind: .plain)
        #expect(brief.citations.sources.map(\.title) == ["A Source Nobody Listed"])
        #expect(brief.citations.sources.first?.noteIndex == 0)
        #expect(brief.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == [[[0]], [[0]], [[0]], []])
    }

    @Test func theClosestTitleOfAnAuthorIsTheOneCited() {
        // `Dutch Water` opens `Dutch Water Two`: a citation of the longer title is to that work.
        let text = brief(entries: [
            "Berg, Jan. 2019. “Dutch Water.” Journal A.", "Berg, Jan. 2020. “Dutch Water Two.” Journal A.",
        ], notes: [
            "Jan Berg, “Dutch Water Two,” 2020.", "Jan Berg, “Dutch Water,” 2019.", "Berg, Water Two, 4.",
            "Jan Berg, “Dutch Water: A Subtitle,” 2019.",
        ])
        let analysed = Analyzer.analyze(text, kind: .plain)
        #expect(analysed.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == [[[1]], [[0]], [[1]], [[0]]])
        #expect(analysed.findingLines([.uncitedEntry, .unlistedSource, .noteEntryMismatch]) == [])
    }

    @Test func commentaryIsNotACitation() {
        CitationFixture.expect(.unlistedSource, brief(entries: [Self.caryl, Self.ryan], notes: [
            Self.carylNote, Self.ryanNote,
            "In Washington, “deal” has become a dirty word, as Smith, a reporter, put it.",
            "According to officials, the strikes targeted rebels.",
        ]))
    }

    @Test func entryNoNoteCites() {
        CitationFixture.expect(.uncitedEntry, brief(entries: [Self.caryl, "⟦\(Self.ryan)⟧"], notes: [Self.carylNote]))
        CitationFixture.expect(.uncitedEntry, brief(entries: [Self.caryl, Self.ryan], notes: [Self.carylNote, "Ibid.", Self.ryanNote]))
    }

    @Test func linkedTitlesInMarkdownNotes() {
        let text = """
            A Brief

            One.[^1] Two.[^2]

            ## Bibliography

            \(Self.caryl)

            \(Self.ryan)

            [^1]: Christian Caryl, [“Realists, Beware of Russians Making Deals,”](https://foreignpolicy.com/realists) Foreign Policy, 2015.
            [^2]: Missy Ryan, “[Russian, Syrian Partnership Poses a New Challenge](https://washingtonpost.com/x),” The Washington Post, 2015.
            """
        let brief = Analyzer.analyze(text, kind: .markdown)
        #expect(brief.findingLines() == [])
        #expect(brief.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == [[[0]], [[1]]])
    }

    @Test func bylineAfterTheBibliographyIsNoEntry() {
        let text = "A Brief\n\nPoint.[^1]\n\n## Bibliography\n\n\(Self.caryl)\n\n[^1]: \(Self.carylNote)\n\nHanyu Huang\n"
        let brief = Analyzer.analyze(text, kind: .markdown)
        #expect(brief.parsed.bibliography.count == 1)
        #expect(brief.parsed.byline.map { brief.text.string(in: $0) } == "Hanyu Huang")
        #expect(brief.findingLines() == [])
    }

    @Test func duplicateEntries() {
        let text = brief(entries: [Self.caryl, Self.ryan, "⟦Caryl, C. 2015. \"Realists, beware of Russians making deals.\" Foreign Policy.⟧"],
                         notes: [Self.carylNote, Self.ryanNote])
        CitationFixture.expect(.duplicateEntry, text)
        // The repeated entry is reported once, as a duplicate, not also as uncited.
        CitationFixture.expect(.uncitedEntry, text.replacingOccurrences(of: "⟦", with: "").replacingOccurrences(of: "⟧", with: ""))
        let (_, analysed, findings) = CitationFixture.findings(.duplicateEntry, text)
        #expect(findings.first?.related.map { analysed.text.string(in: $0.range) } == [Self.caryl])
        CitationFixture.expect(.duplicateEntry, brief(
            entries: [Self.caryl, "Caryl, Christian. 2016. “Another Essay on Deals.” Foreign Policy, 2 Jan."],
            notes: [Self.carylNote, "Christian Caryl, “Another Essay on Deals,” Foreign Policy, 2016."]))
    }

    /// `2023a`/`2023b`, or two years: two editions of one title, not a duplicate, and a note
    /// citing the title leaves neither uncited.
    @Test func editionsAreNotDuplicates() {
        let text = brief(entries: [
            "World Bank. 2023a. “Global Economic Prospects.” January.", "World Bank. 2023b. “Global Economic Prospects.” June.",
            "Caryl, Christian. 2015. “Realists.” Foreign Policy.", "Caryl, Christian. 2016. “Realists.” Foreign Policy, 2nd ed.",
        ], notes: ["World Bank, “Global Economic Prospects,” June 2023, 7.", "Christian Caryl, “Realists,” Foreign Policy, 2015."])
        CitationFixture.expect(.duplicateEntry, text)
        CitationFixture.expect(.uncitedEntry, text)
    }

    /// An entry may give the title without its subtitle.
    @Test func entryTitleWithoutSubtitle() {
        let text = brief(entries: ["Delaney, Helen. 2022. “The Promise of a Four-Day Week?” Employee Relations 44 (1)."], notes: [
            "Helen Delaney, “The Promise of a Four-Day Week? A Critical Appraisal,” Employee Relations 44, no. 1 (2022): 176.",
        ])
        for code in [FindingCode.noteEntryMismatch, .unlistedSource, .uncitedEntry] { CitationFixture.expect(code, text) }
        // Near miss: one word in common is not the main title.
        CitationFixture.expect(.unlistedSource, brief(entries: ["Delaney, Helen. 2022. “Promise.” Employee Relations."], notes: [
            "⟦Helen Delaney, “Promise and Peril of Work,”⟧ Employee Relations, 2022.",
        ]))
    }

    /// APA entries, one per line, end with a DOI and no period: the next line is an entry.
    @Test func entriesEndingWithADOI() {
        let text = """
            A Brief

            One.[1] Two.[2]

            [1] E. Lazzari, "Flexible Working in Schools," Oxford Review of Education 48 (2022): 501.
            [2] Luke Sibieta, "What Has Happened to Teacher Pay in England?," Institute for Fiscal Studies, 2022.

            References

            Lazzari, E. (2022). Flexible working in schools. Oxford Review of Education, 48(4), 501–517. https://doi.org/10.1080/03054985.2021.1998000
            Sibieta, L. (2022). What has happened to teacher pay in England? Institute for Fiscal Studies.
            """
        let analysed = Analyzer.analyze(text, kind: .plain)
        #expect(analysed.parsed.bibliography.count == 2)
        #expect(analysed.findings.filter { $0.code == .unlistedSource || $0.code == .uncitedEntry }.isEmpty)
    }

    /// A short entry ending with a quoted title (`….”`) is an entry, not a heading that would
    /// end the bibliography.
    @Test func shortEntryEndingWithAQuotedTitle() {
        for close in ["\"", "”"] {
            let open = close == "\"" ? "\"" : "“"
            let text = """
                A Brief

                One.[1] Two.[2]

                [1] Lloyd's Register, \(open)IMO HFO Ban Explained,\(close) 2021.

                [2] Jane Doe, \(open)Rural Credit,\(close) 2019.

                Bibliography

                Lloyd's Register. \(open)IMO HFO Ban Explained.\(close)

                Doe, Jane. 2019. \(open)Rural Credit.\(close) Journal A.
                """
            let analysed = Analyzer.analyze(text, kind: .plain)
            #expect(analysed.parsed.bibliography.count == 2, "\(close)")
            #expect(analysed.findings.filter { $0.code == .unlistedSource || $0.code == .uncitedEntry }.isEmpty, "\(close)")
        }
    }

    /// *Works Consulted* and *Selected Bibliography* list uncited works by design: no BRF021
    /// there, but a citation missing from them is still reported.
    @Test(arguments: ["Works Consulted", "Selected Bibliography", "Bibliography"])
    func listsOfWorksConsulted(_ heading: String) {
        let text = """
            A Brief

            One.[1] Two.[2]

            [1] \(Self.carylNote)

            [2] Jane Doe, “Not Listed,” 2019.

            \(heading)

            \(Self.caryl)

            \(Self.ryan)
            """
        let analysed = Analyzer.analyze(text, kind: .plain)
        #expect(analysed.findings.filter { $0.code == .uncitedEntry }.count == (heading == "Bibliography" ? 1 : 0))
        #expect(analysed.findings.filter { $0.code == .unlistedSource }.count == 1)
    }

    @Test func shortFormBeforeFullForm() {
        CitationFixture.expect(.shortFormFirst, brief(entries: [Self.caryl, Self.ryan], notes: [
            "⟦Caryl, Realists⟧, 4.", "Caryl, Realists, 4.", Self.carylNote, "Caryl, Realists, 5.", Self.ryanNote,
        ]))
        CitationFixture.expect(.shortFormFirst, brief(entries: [Self.caryl, Self.ryan], notes: [
            Self.carylNote, "Caryl, Realists, 4.", Self.ryanNote, "Ryan, “Russian, Syrian Partnership,” 7.",
        ]))
    }
}
