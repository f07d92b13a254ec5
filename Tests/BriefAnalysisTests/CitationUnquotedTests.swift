import Testing
@testable import BriefAnalysis

/// Sources written in shapes other than the seed's: Chicago books whose italics plain text
/// lost, organisations as authors, British single quotes, Chicago's `———.` for a repeated
/// author. Each in plain and Markdown form.
@Suite struct CitationUnquotedTests {
    private static let eyler = "Eyler, Brian. Last Days of the Mighty Mekong. London: Zed Books, 2019."
    private static let bis = "Bank for International Settlements. “Central Bank Digital Currencies.” Report no. 1. Basel: BIS, 2020."

    private func brief(entries: [String], notes: [String]) -> String {
        let markers = notes.indices.map { "Point \($0 + 1).[\($0 + 1)]" }.joined(separator: " ")
        let list = notes.enumerated().map { "[\($0.offset + 1)] \($0.element)" }.joined(separator: "\n\n")
        return "A Brief\n\n\(markers)\n\n\(list)\n\nBibliography\n\n\(entries.joined(separator: "\n\n"))\n"
    }

    private func citationFindings(_ text: String, kind: DocumentKind) -> [String] {
        let fixture = Fixture(kind == .plain ? text : CitationFixture.markdown(text))
        let analysed = Analyzer.analyze(fixture.text, kind: kind)
        return analysed.findings.filter { $0.code >= .ibidWithoutSource }.map { "\($0.code.rawValue) \(analysed.text.string(in: $0.range))" }
    }

    @Test(arguments: [DocumentKind.plain, .markdown])
    func bookFullShortAndIbidResolve(_ kind: DocumentKind) {
        let text = brief(entries: [Self.eyler], notes: [
            "Brian Eyler, Last Days of the Mighty Mekong (London: Zed Books, 2019), 45.", "Ibid., 77.", "Eyler, Last Days, 201.",
        ])
        #expect(citationFindings(text, kind: kind) == [])
        let fixture = Fixture(kind == .plain ? text : CitationFixture.markdown(text))
        let analysed = Analyzer.analyze(fixture.text, kind: kind)
        #expect(analysed.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == [[[0]], [[0]], [[0]]])
        #expect(analysed.citations.citationsByNote.first?.first?.form == .full)
    }

    @Test func bookNotListedIsReported() {
        CitationFixture.expect(.unlistedSource, brief(entries: [Self.eyler], notes: [
            "Brian Eyler, Last Days of the Mighty Mekong (London: Zed Books, 2019), 45.",
            "⟦Ron Chernow, Hamilton⟧ (New York: Penguin, 2004).",
            // Near misses: a title in parentheses without a place, and a person's office.
            "Jane Doe, Minister (2019–2021), said so.",
            "John Smith, Chief Economist at the Bank, said in 2019 that rates would rise.",
        ]))
    }

    @Test func organisationAuthorsMatchTheirEntries() {
        let text = brief(entries: [Self.bis, "World Bank. World Development Report 2020. Washington, DC: World Bank, 2020."], notes: [
            "Bank for International Settlements, “Central Bank Digital Currencies,” Report no. 1 (2020), 7.",
            "World Bank, World Development Report 2020 (Washington, DC: World Bank, 2020), 12.",
            "Ibid., 14.",
        ])
        #expect(citationFindings(text, kind: .plain) == [])
        #expect(citationFindings(text, kind: .markdown) == [])
    }

    @Test func organisationsAreNotPersonsGivenNameFirst() {
        let text = brief(entries: [
            "Amnesty International. 2017. “Greece: Lives on Hold.” Report.",
            "⟦Jane Doe⟧. 2019. “Rural Credit.” Journal A.",
            "U.S. Department of State. 2022. “Press Release.” May 18.",
            "World Bank. 2023. “Global Economic Prospects.” January.",
        ], notes: [
            "Amnesty International, “Greece: Lives on Hold,” 2017.", "Jane Doe, “Rural Credit,” 2019.",
            "U.S. Department of State, “Press Release,” 2022.", "World Bank, “Global Economic Prospects,” 2023.",
        ])
        CitationFixture.expect(.authorNotInverted, text)
        // Sorted by the name as written: Amnesty, Doe (by surname), U.S., World.
        CitationFixture.expect(.entriesOutOfOrder, String(text.filter { $0 != "⟦" && $0 != "⟧" }))
        let analysed = Analyzer.analyze(Fixture(text).text, kind: .plain)
        #expect(analysed.citations.sources.map { $0.authors.first?.surname } == ["Amnesty International", "Doe", "U.S. Department of State", "World Bank"])
        #expect(analysed.findings.filter { $0.code == .uncitedEntry || $0.code == .unlistedSource }.isEmpty)
    }

    @Test func organisationsNamedInOtherLanguagesOrByAcronym() {
        let text = brief(entries: [
            "Banco de España. 2021. “Financial Stability Report.” Madrid.",
            "⟦Jane Doe⟧. 2019. “Rural Credit.” Journal A.",
            "FEWS NET. 2020. “Food Security Outlook.” June.",
            "Médecins Sans Frontières. 2019. “Access Campaign.” Report.",
            "Reporters sans frontières. 2022. “Press Freedom Index.” Paris.",
        ], notes: [
            "Banco de España, “Financial Stability Report,” 2021.", "Jane Doe, “Rural Credit,” 2019.",
            "FEWS NET, “Food Security Outlook,” 2020.", "Médecins Sans Frontières, “Access Campaign,” 2019.",
            "Reporters sans frontières, “Press Freedom Index,” 2022.",
        ])
        CitationFixture.expect(.authorNotInverted, text)
    }

    @Test func organisationOutOfOrderByItsFirstWord() {
        CitationFixture.expect(.entriesOutOfOrder, brief(entries: [
            "World Bank. 2023. “Global Economic Prospects.” January.",
            "⟦Amnesty International⟧. 2017. “Greece: Lives on Hold.” Report.",
        ], notes: ["Amnesty International, “Greece: Lives on Hold,” 2017.", "World Bank, “Global Economic Prospects,” 2023."]))
    }

    @Test(arguments: [DocumentKind.plain, .markdown])
    func britishSingleQuotedTitles(_ kind: DocumentKind) {
        for (open, close) in [("‘", "’"), ("'", "'")] {
            let text = brief(entries: ["Doe, Jane, \(open)Fiscal Futures\(close), Political Quarterly, 3 (2001), pp. 1–20."], notes: [
                "Jane Doe, \(open)Fiscal Futures\(close), Political Quarterly 3 (2001), 4.", "Ibid., 6.", "Doe, \(open)Fiscal Futures\(close), 7.",
            ])
            #expect(citationFindings(text, kind: kind) == [], "\(open)")
            let analysed = Analyzer.analyze(Fixture(kind == .plain ? text : CitationFixture.markdown(text)).text, kind: kind)
            #expect(analysed.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == [[[0]], [[0]], [[0]]])
            #expect(analysed.citations.sources.first?.title == "Fiscal Futures")
        }
    }

    @Test func apostrophesDoNotOpenOrCloseTitles() {
        let text = brief(entries: ["Doe, Jane. 2001. “Scotland’s Fiscal Futures.” Political Quarterly."], notes: [
            "Jane Doe, “Scotland’s Fiscal Futures,” Political Quarterly, 2001.",
            "On the workers’ rights, O'Neill's view and the ’90s, see the debate.",
        ])
        #expect(citationFindings(text, kind: .plain) == [])
        let analysed = Analyzer.analyze(text, kind: .plain)
        #expect(analysed.citations.sources.first?.title == "Scotland’s Fiscal Futures")
        #expect(analysed.citations.citationsByNote.map(\.count) == [1, 0])
    }

    @Test(arguments: ["———", "---", "___"])
    func dashesRepeatTheAuthorAbove(_ dashes: String) {
        let text = brief(entries: [
            "Smith, Adam. \"Rural Credit.\" Journal A 1 (2019): 1-10.",
            "\(dashes). \"Urban Credit.\" Journal B 2 (2020): 5-9.",
            "Taylor, Zoe. \"Credit Markets.\" Journal C 3 (2021): 1-2.",
        ], notes: [
            "Adam Smith, \"Rural Credit,\" Journal A 1 (2019): 1-10.", "Adam Smith, \"Urban Credit,\" Journal B 2 (2020): 5-9.",
            "Zoe Taylor, \"Credit Markets,\" Journal C 3 (2021): 2.",
        ])
        for kind in [DocumentKind.plain, .markdown] {
            #expect(citationFindings(text, kind: kind) == [], "\(kind)")
        }
        let analysed = Analyzer.analyze(text, kind: .plain)
        #expect(analysed.citations.sources.map { $0.authors.first?.surname } == ["Smith", "Smith", "Taylor"])
        #expect(analysed.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == [[[0]], [[1]], [[2]]])
    }

    @Test func dashesOutOfOrderAreReportedOnce() {
        CitationFixture.expect(.entriesOutOfOrder, brief(entries: [
            "⟦Taylor, Zoe⟧. \"Credit Markets.\" Journal C 3 (2021): 1-2.",
            "Smith, Adam. \"Rural Credit.\" Journal A 1 (2019): 1-10.",
            "———. \"Urban Credit.\" Journal B 2 (2020): 5-9.",
        ], notes: [
            "Adam Smith, \"Rural Credit,\" Journal A 1 (2019): 1-10.", "Adam Smith, \"Urban Credit,\" Journal B 2 (2020): 5-9.",
            "Zoe Taylor, \"Credit Markets,\" Journal C 3 (2021): 2.",
        ]))
    }

    /// Sources of a policy brief: a ministry with its country, the G20, a book whose author
    /// has an initial, a case and `Id.`; every note resolves, every entry is cited.
    @Test(arguments: [DocumentKind.plain, .markdown])
    func policyBriefSources(_ kind: DocumentKind) {
        let text = brief(entries: [
            "G20. \"Common Framework for Debt Treatments beyond the DSSI.\" 13 November 2020.",
            "Krueger, Anne O. A New Approach to Sovereign Debt Restructuring. Washington, DC: IMF, 2002.",
            "Ministry of Finance and National Planning, Zambia. \"Statement on Debt Service.\" Press release, 13 November 2020.",
        ], notes: [
            "Ministry of Finance and National Planning, Zambia, \"Statement on Debt Service,\" press release, 13 November 2020.",
            "G20, \"Common Framework for Debt Treatments beyond the DSSI,\" 13 November 2020.", "Ibid.",
            "Anne O. Krueger, A New Approach to Sovereign Debt Restructuring (Washington, DC: IMF, 2002).",
            "NML Capital, Ltd. v. Republic of Argentina, 699 F.3d 246 (2d Cir. 2012).", "Id. at 250.",
        ])
        #expect(citationFindings(text, kind: kind) == [])
        let analysed = Analyzer.analyze(Fixture(kind == .plain ? text : CitationFixture.markdown(text)).text, kind: kind)
        #expect(analysed.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == [[[2]], [[0]], [[0]], [[1]], [], [[]]])
    }

    /// UK departments whose names hold commas, cited with unquoted titles.
    @Test func departmentNamesWithCommas() {
        let text = brief(entries: [
            "Department for Digital, Culture, Media and Sport. National Data Strategy. London: DCMS, 2020.",
            "Department for Levelling Up, Housing and Communities. Levelling Up the United Kingdom. CP 604. London: HMSO, 2022.",
        ], notes: [
            "Department for Digital, Culture, Media and Sport, National Data Strategy (London: DCMS, 2020), 4.",
            "Department for Levelling Up, Housing and Communities, Levelling Up the United Kingdom, CP 604 (London: HMSO, 2022).",
            "Ibid., 45.",
        ])
        #expect(citationFindings(text, kind: .plain) == [])
        #expect(Analyzer.analyze(text, kind: .plain).citations.citationsByNote.map { $0.map(\.sourceIndexes) } == [[[0]], [[1]], [[1]]])
    }

    @Test(arguments: [DocumentKind.plain, .markdown])
    func editedAndTranslatedBooks(_ kind: DocumentKind) {
        let text = brief(entries: [
            "Doe, Jane, ed. The Handbook of Rural Credit. Oxford: Oxford University Press, 2019.",
            "Marx, Karl. Capital. Vol. 1. Translated by Ben Fowkes. London: Penguin, 1976.",
            "Sen, Amartya. Development as Freedom. New York: Knopf, 1999.",
        ], notes: [
            "Karl Marx, Capital, vol. 1, trans. Ben Fowkes (London: Penguin, 1976), 125.",
            "Jane Doe, ed., The Handbook of Rural Credit (Oxford: Oxford University Press, 2019), 4.",
            "Amartya Sen, Development as Freedom (New York: Knopf, 1999), 3.", "Sen, Development as Freedom, 10.",
        ])
        #expect(citationFindings(text, kind: kind) == [])
        let analysed = Analyzer.analyze(Fixture(kind == .plain ? text : CitationFixture.markdown(text)).text, kind: kind)
        #expect(analysed.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == [[[1]], [[0]], [[2]], [[2]]])
    }

    /// Without a bibliography the notes are the sources: an organisation is still written as
    /// it stands.
    @Test func organisationCitedWithoutBibliography() {
        let text = "A Brief\n\nOne.[1] Two.[2]\n\n[1] European Commission, “Winter Forecast,” press release, 2023.\n\n[2] Ibid.\n"
        let analysed = Analyzer.analyze(text, kind: .plain)
        #expect(analysed.citations.sources.map { $0.authors.map(\.surname) } == [["European Commission"]])
        #expect(analysed.citations.sources.first?.authors.first?.given == nil)
        #expect(analysed.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == [[[0]], [[0]]])
    }

    /// An organisation with its acronym in parentheses, and one known by its acronym alone.
    @Test(arguments: [DocumentKind.plain, .markdown])
    func organisationsWithAcronyms(_ kind: DocumentKind) {
        let text = brief(entries: [
            "OECD. Development Co-operation Report 2022. Paris: OECD Publishing, 2022.",
            "Organisation for Economic Co-operation and Development (OECD). OECD Economic Outlook. Paris: OECD Publishing, 2021.",
        ], notes: [
            "Organisation for Economic Co-operation and Development (OECD), OECD Economic Outlook (Paris: OECD Publishing, 2021), 44.",
            "Ibid., 50.", "OECD, Development Co-operation Report 2022 (Paris: OECD Publishing, 2022).",
        ])
        #expect(citationFindings(text, kind: kind) == [])
        let analysed = Analyzer.analyze(Fixture(kind == .plain ? text : CitationFixture.markdown(text)).text, kind: kind)
        #expect(analysed.citations.sources.map { $0.authors.map(\.surname) }
                == [["OECD"], ["Organisation for Economic Co-operation and Development (OECD)"]])
        #expect(analysed.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == [[[1]], [[1]], [[0]]])
    }

    /// In Markdown a book's title may be a bare link, in the note and in the entry.
    @Test func linkedBookTitlesInMarkdown() {
        let text = """
            # A Brief

            A.[^1] B.[^2]

            [^1]: Brian Eyler, [Last Days of the Mighty Mekong](https://zed.example/eyler) (London: Zed Books, 2019), 45.
            [^2]: Ibid., 77.

            ## Bibliography

            Eyler, Brian. [Last Days of the Mighty Mekong](https://zed.example/eyler). London: Zed Books, 2019.
            """
        let analysed = Analyzer.analyze(text, kind: .markdown)
        #expect(analysed.findings.filter { $0.code >= .ibidWithoutSource }.map(\.code) == [])
        #expect(analysed.citations.sources.first?.title == "Last Days of the Mighty Mekong")
        #expect(analysed.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == [[[0]], [[0]]])
    }
}
