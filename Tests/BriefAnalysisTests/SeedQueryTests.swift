import Testing
@testable import BriefAnalysis

/// Hover, definition and references on the seed brief, where every note cites a real source.
@Suite struct SeedQueryTests {
    static let analysed: AnalyzedBrief? = try? Analyzer.analyze(SourceText(bytes: Paths.read(Paths.seedBrief)), kind: .plain)

    /// For each marker [1]…[7]: the author and title lines its hover must show, and how the
    /// citation was resolved.
    @Test(arguments: [
        ("1", "GORDON, MICHAEL R.", "Russia Surprises US with Accord with Battling ISIS", "*Full citation*"),
        ("2", "Pugliese, David", "Iraqis Say they Need Intelligence Sharing with Iran, Russia and Syria to Defeat Islamic State", "*Full citation*"),
        ("3", "Ryan, Missy", "Russian, Syrian Partnership Poses a New Challenge for U.S. in Iraq", "*Full citation*"),
        ("4", "Ryan, Missy", "Russian, Syrian Partnership Poses a New Challenge for U.S. in Iraq", "*Ibid. → note [3] (misspelt)*"),
        ("5", "Caryl, Christian", "Realists, Beware of Russians Making Deals", "*Full citation*"),
        ("6", "Pugliese, David", "Iraqis Say they Need Intelligence Sharing with Iran, Russia and Syria to Defeat Islamic State", "*Short-form citation*"),
        ("7", "Nissembaum, Dion; Entous, Adam; Hodge, Nathan; Dagher, Sam", "Russian Airstrike in Syria Targeted CIA-Backed Rebels, U.S. Officials Say", "*Full citation*"),
    ])
    func hoverOnEachMarkerShowsItsSource(label: String, author: String, title: String, resolution: String) throws {
        let analysed = try #require(Self.analysed)
        let marker = try #require(analysed.parsed.markers.first { $0.label == label })
        let hover = try #require(analysed.hover(at: marker.range.lowerBound + 1))
        let lines = hover.markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "**Note [\(label)]**")
        #expect(lines.contains("- **Author:** \(author)"))
        #expect(lines.contains("- **Title:** *\(title)*"))
        #expect(lines.contains(resolution))
        #expect(hover.range == marker.range)
    }

    @Test func hoverLaysOutTheWholeSource() throws {
        let analysed = try #require(Self.analysed)
        let marker = try #require(analysed.parsed.markers.first)
        #expect(analysed.hover(at: marker.range.lowerBound)?.markdown == """
            **Note [1]**

            MICHAEL R. GORDON, “Russia Surprises US with Accord with Battling ISIS,” The New York Times, sec. Middle East, 27 Sept, 2015.

            ---

            *Full citation*

            - **Author:** GORDON, MICHAEL R.
            - **Title:** *Russia Surprises US with Accord with Battling ISIS*
            - **Publication:** The New York Times
            - **Date:** 27 Sept 2015
            """)
    }

    @Test func definitionFromMarkerToNoteAndFromCitationToEntry() throws {
        let analysed = try #require(Self.analysed)
        let text = analysed.text
        for marker in analysed.parsed.markers {
            let target = try #require(analysed.definition(at: marker.range.lowerBound).first)
            #expect(text.string(in: target).hasPrefix("[\(marker.label)] "))
        }
        // On the citation in note 6 (short form) and on `Ibdi.` in note 4 (through note 3).
        let note6 = analysed.parsed.notes[5].bodyRange.lowerBound
        let note4 = analysed.parsed.notes[3].bodyRange.lowerBound
        #expect(analysed.definition(at: note6 + 2).map { text.string(in: $0) } == [
            "Pugliese, David. 2015. “Iraqis Say they Need Intelligence Sharing with Iran, Russia and Syria to Defeat Islamic State.” Ottawa Citizen, 29 Sept.",
        ])
        #expect(analysed.definition(at: note4 + 2).map { text.position(of: $0.lowerBound).line + 1 } == [23])
    }

    @Test func referencesOfAnEntryAreTheCitationsOfIt() throws {
        let analysed = try #require(Self.analysed)
        let text = analysed.text
        let pugliese = analysed.parsed.bibliography[3]
        let uses = analysed.references(at: pugliese.lowerBound + 3, includeDeclaration: false)
        #expect(uses.map { text.position(of: $0.lowerBound).line + 1 } == [28, 36])
        #expect(analysed.references(at: pugliese.lowerBound + 3, includeDeclaration: true).count == 3)
        let hover = try #require(analysed.hover(at: pugliese.lowerBound))
        #expect(hover.markdown.hasSuffix("Cited by 2 notes: [2], [6]."))
        // Ryan is cited by note 3 and, through `Ibdi.`, by note 4.
        let ryan = analysed.parsed.bibliography[4]
        #expect(analysed.references(at: ryan.lowerBound, includeDeclaration: false).map { text.string(in: $0) } == [
            "Missy Ryan, “Russian, Syrian Partnership Poses a New Challenge for U.S. in Iraq,”", "Ibdi.",
        ])
    }

    @Test func outlineListsTitleEntriesAndNotes() throws {
        let analysed = try #require(Self.analysed)
        #expect(analysed.outline().map { "\($0.name): \($0.children.map(\.name).joined(separator: ", "))" } == [
            "Iraq Set To Coordinate Anti-ISIS Operations With Russia, Syria And Iran: ",
            "Bibliography: Caryl 2015, GORDON 2015, Nissembaum 2015, Pugliese 2015, Ryan 2015",
            "Notes: [1], [2], [3], [4], [5], [6], [7]",
        ])
    }
}
