import Testing
@testable import BriefAnalysis

@Suite struct PlainParserTests {
    private func dump(_ text: String) -> String {
        PlainParser.parse(SourceText(text)).structureDump()
    }

    @Test func seedBriefParts() throws {
        let parsed = PlainParser.parse(SourceText(bytes: try Paths.read(Paths.seedBrief)))
        #expect(parsed.structureDump() == """
            title 1:1 Iraq Set To Coordinate Anti-ISIS Operati…
            marker 1 3:290 → note#0
            marker 2 3:493 → note#1
            marker 3 5:404 → note#2
            marker 4 5:801 → note#3
            marker 5 7:311 → note#4
            marker 6 7:476 → note#5
            marker 7 9:380 → note#6
            note#0 endnote 1 26:1 MICHAEL R. GORDON, “Russia Surprises US …
            note#1 endnote 2 28:1 David Pugliese, “Iraqis Say they Need In…
            note#2 endnote 3 30:1 Missy Ryan, “Russian, Syrian Partnership…
            note#3 endnote 4 32:1 Ibdi.
            note#4 endnote 5 34:1 Christian Caryl, “Realists, Beware of Ru…
            note#5 endnote 6 36:1 Pugliese, Iraqis Say they Need Intellige…
            note#6 endnote 7 38:1 Dion Nissembaum et al., “Russian Airstri…
            entry 15:1 Caryl, Christian. 2015. “Realists, Bewar…
            entry 17:1 MICHAEL R. GORDON. 2015. “Russia Surpris…
            entry 19:1 Nissembaum, Dion, Adam Entous, Nathan Ho…
            entry 21:1 Pugliese, David. 2015. “Iraqis Say they …
            entry 23:1 Ryan, Missy. 2015. “Russian, Syrian Part…
            byline 40:1 Hanyu Huang
            """)
    }

    @Test func bracketedTextThatIsNotABareNumberIsNoMarker() {
        #expect(dump("Title\n\nHe said [sic] and [a] and [1-3] and [citation needed] and [0] and [12a].[2]\n\n[2] A note.\n") == """
            title 1:1 Title
            marker 2 3:73 → note#0
            note#0 endnote 2 5:1 A note.
            """)
    }

    @Test func bracketedYearsAreYearsUnlessANoteHasThatNumber() {
        #expect(dump("T\n\nSee R v Smith [2019] UKSC 41.[1]\n\n[1] A note.\n") == """
            title 1:1 T
            marker 1 3:30 → note#0
            note#0 endnote 1 5:1 A note.
            """)
    }

    @Test func letteredMarkersNeedALetteredFootnote() {
        #expect(dump("T\n\nText.[A] And [B] more.\n\n[Footnote A: Lettered.]\n") == """
            title 1:1 T
            marker A 3:6 → note#0
            note#0 footnoteBlock A 5:1 Lettered.
            """)
    }

    @Test func listsAndRangesCiteTheNotesTheyName() {
        let analysed = Analyzer.analyze("T\n\nAs shown [1, 2] and [3]–[5] and [6-7].\n\nReferences\n\n[1] a\n\n[2] b\n\n[3] c\n\n[4] d\n\n[5] e\n\n[6] f\n\n[7] g\n\n[8] h\n", kind: .plain)
        #expect(analysed.parsed.markers.map(\.label) == ["3", "5"])
        #expect(analysed.findingLines([.unusedNote, .undefinedNote]) == ["BRF002 \"[8]\""])
    }

    @Test func leadingZerosNameTheSameNote() {
        #expect(dump("T\n\nText.[01] More.[2]\n\n[1] One.\n\n[02] Two.\n") == """
            title 1:1 T
            marker 1 3:6 → note#0
            marker 2 3:16 → note#1
            note#0 endnote 1 5:1 One.
            note#1 endnote 2 7:1 Two.
            """)
    }

    @Test func legendLinesAreNeitherNotesNorMarkers() {
        #expect(dump("T\n\n[1]  = Whole-note\n[2]  = Half-note\n\nText.[1]\n\n[01] The note.\n") == """
            title 1:1 T
            marker 1 6:6 → note#0
            note#0 endnote 1 8:1 The note.
            """)
    }

    @Test func spacedMentionsOfAttachedMarkersAreNotCitations() {
        // A transcriber's "[01] through [02]" mentions markers the text cites attached.
        #expect(dump("T\n\nRenumbered as [01] through [02].\n\nFirst.[01] Second.[02] Third.[3]\n\n[01] One.\n\n[02] Two.\n\n[3] Three.\n") == """
            title 1:1 T
            marker 1 5:7 → note#0
            marker 2 5:19 → note#1
            marker 3 5:30 → note#2
            note#0 endnote 1 7:1 One.
            note#1 endnote 2 9:1 Two.
            note#2 endnote 3 11:1 Three.
            """)
        // Where most markers are set off by spaces, every one of them cites.
        #expect(dump("T\n\nSee [1] and [2].\n\n[1] One.\n\n[2] Two.\n") == """
            title 1:1 T
            marker 1 3:5 → note#0
            marker 2 3:13 → note#1
            note#0 endnote 1 5:1 One.
            note#1 endnote 2 7:1 Two.
            """)
    }

    @Test func footnoteBlocksBelongToTheMarkersBeforeThem() {
        let text = """
            T

            Page one.[1] More.[2]

            [Footnote 1: First page, first note [with brackets].]

            [Footnote 2: First page,
            second note.]

            Page two.[1]

            [Footnote 1: Second page.]
            """
        #expect(dump(text) == """
            title 1:1 T
            marker 1 3:10 → note#0
            marker 2 3:19 → note#1
            marker 1 10:10 → note#2
            note#0 footnoteBlock 1 5:1 First page, first note [with brackets].
            note#1 footnoteBlock 2 7:1 First page,⏎second note.
            note#2 footnoteBlock 1 12:1 Second page.
            """)
    }

    @Test func numberedReferenceListIsTheBibliography() {
        let text = """
            T

            As defined in [2] and
            [1]. See also [2].

            17 References

               [1] Alvestrand, H., "Tags for the Identification of Languages", RFC
                   1766, March 1995.

               [2] Berners-Lee, T., "Universal Resource Identifiers in WWW", RFC
                   1630, June 1994.

            18 Authors' Addresses

               Roy T. Fielding
               Irvine, CA 92697-3425
            """
        #expect(dump(text) == """
            title 1:1 T
            heading bibliography 6:4 References
            marker 2 3:15 → note#1
            marker 1 4:1 → note#0
            marker 2 4:15 → note#1
            note#0 referenceEntry 1 8:4 Alvestrand, H., "Tags for the Identifica…
            note#1 referenceEntry 2 11:4 Berners-Lee, T., "Universal Resource Ide…
            reference list
            """)
    }

    @Test func headedBibliographyTakesEveryParagraphUntilTheNextHeading() {
        let text = "Title\n\nBody.[1]\n\nBibliography\n\nSmith, John. Untitled draft\n\nDoe, Jane. 2001. “A Title.” Press.\n\nNotes\n\n[1] Smith, Untitled.\n"
        #expect(dump(text) == """
            title 1:1 Title
            heading bibliography 5:1 Bibliography
            heading notes 11:1 Notes
            marker 1 3:6 → note#0
            note#0 endnote 1 13:1 Smith, Untitled.
            entry 7:1 Smith, John. Untitled draft
            entry 9:1 Doe, Jane. 2001. “A Title.” Press.
            """)
    }

    @Test func lineBreaksOfEveryKind() {
        #expect(dump("T\r\n\r\nText.[1]\r\n\r\n[1] Note\r\ncontinued.\r\n") == """
            title 1:1 T
            marker 1 3:6 → note#0
            note#0 endnote 1 5:1 Note⏎continued.
            """)
    }
}

@Suite struct RestartedNumberingTests {
    @Test func endnotesNumberedAgainInEachChapterAreNotDuplicates() {
        let fixture = Fixture("T\n\nOne.[1] Two.[2]\n\n⟦[1] Chapter one, note one.⟧\n\n[2] Chapter one, note two.\n\nThree.$0[1]\n\n⟦[1] Chapter two, note one.⟧\n")
        let analysed = Analyzer.analyze(fixture.text, kind: .plain)
        #expect(analysed.findings.filter { $0.code <= .markerOrder }.isEmpty)
        #expect(analysed.definition(at: fixture.cursor ?? 0) == [fixture.ranges[1]])
        #expect(analysed.definition(at: 8) == [fixture.ranges[0]])
    }

    @Test func chapterListsGatheredAtTheEndPairWithTheirChapters() {
        let fixture = Fixture("T\n\nOne.[1] Two.[2]\n\nThree.[1] Four.$0[2] Five.[3]\n\nNotes\n\n[1] a\n[2] b\n\n⟦[1] c⟧\n⟦[2] d⟧\n[3] e\n")
        let analysed = Analyzer.analyze(fixture.text, kind: .plain)
        #expect(analysed.findings.filter { $0.code <= .markerOrder }.isEmpty)
        #expect(analysed.definition(at: fixture.cursor ?? 0) == [fixture.ranges[1]])
        #expect(analysed.definition(at: 29) == [fixture.ranges[0]])
        // Three lists for two runs of markers do not pair up: each [1] that follows the
        // same markers as the one before it is a duplicate.
        let twice = Analyzer.analyze("T\n\nOne.[1] Two.[2]\n\nThree.[1]\n\n[1] a\n[2] b\n\n[1] c\n[1] d\n", kind: .plain)
        #expect(twice.findingLines([.duplicateNote]) == ["BRF003 \"[1]\"", "BRF003 \"[1]\""])
    }

    @Test func markdownLabelsNameOneNoteWherever() {
        let fixture = Fixture("T\n\nOne.[^1]\n\n⟦[^1]: First.⟧\n\nTwo.$0[^1]\n\n⟦[^1]:⟧ Second.\n")
        let analysed = Analyzer.analyze(fixture.text, kind: .markdown)
        #expect(analysed.findings.filter { $0.code == .duplicateNote }.map(\.range) == [fixture.ranges[1]])
        #expect(analysed.definition(at: fixture.cursor ?? 0) == [fixture.ranges[0]])
    }
}
