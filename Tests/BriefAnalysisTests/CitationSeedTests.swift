import Testing
@testable import BriefAnalysis

/// The citation layer on the canonical seed brief: its sources, what each note cites, and
/// the citation findings of spec §4.
@Suite struct CitationSeedTests {
    private func seed() throws -> AnalyzedBrief {
        Analyzer.analyze(SourceText(bytes: try Paths.read(Paths.seedBrief)), kind: .plain)
    }

    @Test func sourcesAreReadIntoTheirParts() throws {
        let sources = try seed().citations.sources
        #expect(sources.map { "\($0.authors.first?.surname ?? "-") | \($0.year ?? "-") | \($0.title ?? "-") | \($0.publication ?? "-") | \($0.date ?? "-")" } == [
            "Caryl | 2015 | Realists, Beware of Russians Making Deals | Foreign Policy | 29 Sept",
            "GORDON | 2015 | Russia Surprises US with Accord with Battling ISIS | The New York Times | 27 Sept",
            "Nissembaum | 2015 | Russian Airstrike in Syria Targeted CIA-Backed Rebels, U.S. Officials Say | Wall Street Journal | 01/10/2015",
            "Pugliese | 2015 | Iraqis Say they Need Intelligence Sharing with Iran, Russia and Syria to Defeat Islamic State | Ottawa Citizen | 29 Sept",
            "Ryan | 2015 | Russian, Syrian Partnership Poses a New Challenge for U.S. in Iraq | The Washington Post | 28 Sept",
        ])
        #expect(sources[2].authors.map(\.surname) == ["Nissembaum", "Entous", "Hodge", "Dagher"])
        #expect(sources[1].authors.first?.isInverted == false)
    }

    @Test func everyNoteResolves() throws {
        let brief = try seed()
        let cited = brief.citations.citationsByNote.map { $0.map { "\($0.form) \($0.sourceIndexes)" } }
        #expect(cited == [
            ["full [1]"], ["full [3]"], ["full [4]"], ["ibid(previousNote: Optional(2), misspelt: true) [4]"],
            ["full [0]"], ["short [3]"], ["full [2]"],
        ])
        #expect(brief.citations.citingNotes == [[4], [0], [6], [1, 5], [2, 3]])
    }

    @Test func citationFindings() throws {
        let brief = try seed()
        let citationCodes = Set(FindingCode.allCases.filter { $0 >= .ibidWithoutSource })
        #expect(brief.findingLines(citationCodes) == [
            "BRF041 \"MICHAEL R. GORDON\"",
            "BRF033 \"01/10/2015\"",
            "BRF011 \"Ibdi.\"",
            "BRF031 \", .\"",
            "BRF030 \")\"",
            "BRF033 \"01/10/2015\"",
        ])
    }
}
