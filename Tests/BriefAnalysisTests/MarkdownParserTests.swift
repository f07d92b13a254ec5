import Testing
@testable import BriefAnalysis

@Suite struct MarkdownParserTests {
    private func dump(_ text: String) -> String {
        MarkdownParser.parse(SourceText(text)).structureDump()
    }

    @Test func codeIsNeverScanned() {
        let text = """
            # Brief

            Text.[^1] Inline `[^2]` and ``a ` [^3]`` code.

            ```md
            [^4]
            ```

            ~~~~
            [^5]: not a definition
            ~~~~

            [^1]: The note.
            """
        #expect(dump(text) == """
            title 1:3 Brief
            heading other 1:3 Brief
            marker 1 3:6 → note#0
            note#0 markdown 1 13:1 The note.
            """)
    }

    @Test func indentedCodeIsNotScannedButListContinuationsAre() {
        let text = "T\n\n    [^1]\n    [^1]: in code\n\n- item\n\n    continued.[^2]\n\n[^2]: Note.\n"
        #expect(dump(text) == """
            title 1:1 T
            marker 2 8:15 → note#0
            note#0 markdown 2 10:1 Note.
            """)
    }

    @Test func codeSpansCloseAtTheNextRunOfTheSameLength() {
        #expect(dump("T\n\nA ` b `` [^1] ``` ``[^2] and `[^3]` then ``` [^4]\n\n[^1]: a\n[^2]: b\n[^3]: c\n[^4]: d\n") == """
            title 1:1 T
            marker 3 3:31 → note#2
            marker 4 3:46 → note#3
            note#0 markdown 1 5:1 a
            note#1 markdown 2 6:1 b
            note#2 markdown 3 7:1 c
            note#3 markdown 4 8:1 d
            """)
    }

    @Test func htmlCommentsHideMarkers() {
        #expect(dump("T\n\nText.[^1] <!-- [^2] was here\nand [^3] --> end.\n\n[^1]: Note.\n") == """
            title 1:1 T
            marker 1 3:6 → note#0
            note#0 markdown 1 6:1 Note.
            """)
    }

    @Test func frontMatterGivesTheTitleAndIsNotScanned() {
        let text = "---\ntitle: \"A Brief\"\nnote: [^9]\n---\nBody.[^a]\n\n[^A]: Labels ignore case.\n"
        #expect(dump(text) == """
            title 2:9 A Brief
            marker a 5:6 → note#0
            note#0 markdown a 7:1 Labels ignore case.
            """)
    }

    @Test func definitionsContinueLazilyAndThroughIndentedParagraphs() {
        let text = """
            Body.[^long] And.[^q]

            [^long]: First line
            lazy line.

                Indented.

            Not part of the note.

            > [^q]: In a quote.
            """
        #expect(dump(text) == """
            title 1:1 Body.[^long] And.[^q]
            marker long 1:6 → note#0
            marker q 1:18 → note#1
            note#0 markdown long 3:1 First line⏎lazy line.⏎⏎    Indented.
            note#1 markdown q 10:3 In a quote.
            """)
    }

    @Test func labelsCompareAsTextIgnoringCase() {
        #expect(dump("T\n\nA.[^01] B.[^Ab]\n\n[^1]: One.\n[^aB]: Two.\n") == """
            title 1:1 T
            marker 01 3:3 → undefined
            marker ab 3:11 → note#1
            note#0 markdown 1 5:1 One.
            note#1 markdown ab 6:1 Two.
            """)
    }

    @Test func labelsWithSpacesAndEscapedBracketsAreNotNotes() {
        #expect(dump("T\n\nA \\[^1] b [^ x] c.\n\n[^ foo]: bar\n") == """
            title 1:1 T
            """)
    }

    @Test func bibliographyUnderAHeadingIsAListOfEntries() {
        let text = """
            # T

            Body.[^1]

            ## Works Cited

            - Caryl, Christian. 2015. “Realists.” Foreign Policy.
            - Ryan, Missy. 2015. “Partnership.” The Washington Post.

            ## Notes

            [^1]: Caryl, Realists.
            """
        #expect(dump(text) == """
            title 1:3 T
            heading other 1:3 T
            heading bibliography 5:4 Works Cited
            heading notes 10:4 Notes
            marker 1 3:6 → note#0
            note#0 markdown 1 12:1 Caryl, Realists.
            entry 7:3 Caryl, Christian. 2015. “Realists.” Fore…
            entry 8:3 Ryan, Missy. 2015. “Partnership.” The Wa…
            """)
    }
}
