import Testing
@testable import BriefAnalysis

/// BRF030–BRF034 on fixtures, each in plain and Markdown form.
@Suite struct CitationFormTests {
    private static let caryl = "Caryl, Christian. 2015. “Realists, Beware of Russians Making Deals.” Foreign Policy, 29 Sept."
    private static let carylNote = "Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 29 Sept, 2015."

    private func brief(entries: [String] = [caryl], notes: [String]) -> String {
        let markers = notes.indices.map { "Point \($0 + 1).[\($0 + 1)]" }.joined(separator: " ")
        let list = notes.enumerated().map { "[\($0.offset + 1)] \($0.element)" }.joined(separator: "\n\n")
        return "A Brief\n\n\(markers)\n\nBibliography\n\n\(entries.joined(separator: "\n\n"))\n\nNotes\n\n\(list)\n"
    }

    @Test func unbalancedMarks() {
        CitationFixture.expect(.unbalanced, brief(notes: [
            Self.carylNote, "Caryl, Realists, Vol. World, 2015⟦)⟧.", "Caryl, ⟦“⟧Realists, Beware, 4.",
            "Caryl, Realists ⟦(⟧see p. 4.", "Caryl, Realists, 32⟦)⟧.",
        ]))
        CitationFixture.expect(.unbalanced, brief(
            entries: ["Caryl, Christian. 2015. “Realists, Beware of Russians Making Deals.” Foreign Policy⟦]⟧, 29 Sept."],
            notes: [Self.carylNote]))
    }

    @Test func balancedMarksAndEnumerations() {
        CitationFixture.expect(.unbalanced, brief(notes: [
            Self.carylNote, "Caryl, Realists (Vol. World), 2015.", "Two points: a) the deal, b) the \"realists\" [sic].",
            "Max Müller, „Die Grenzen der Union“, Die Zeit, 3 May 2015.",
        ]))
        // Near miss: a German closing mark with nothing to close is still unbalanced.
        CitationFixture.expect(.unbalanced, brief(notes: [Self.carylNote, "Max Müller, Die Grenzen der Union⟦”⟧, 2015."]))
    }

    @Test func emptyElements() {
        CitationFixture.expect(.emptyElement, brief(notes: [
            "Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 29 Sept, 2015⟦, .⟧",
            "Caryl, Realists⟦,,⟧ 4.", "Caryl, Realists⟦, ,⟧ 5.",
        ]))
        CitationFixture.expect(.emptyElement, brief(notes: [Self.carylNote, "Caryl, Realists, 4, and so on, ...", "Caryl, Realists, .5 in.",
                                                            "See https://example.org/map?layers=a,,b for the map."]))
    }

    @Test func incompleteEntries() {
        CitationFixture.expect(.incompleteEntry, brief(
            entries: [Self.caryl, "⟦Ryan, Missy. “Russian, Syrian Partnership.” The Washington Post.⟧", "⟦Anonymous pamphlet, 1999.⟧"],
            notes: [Self.carylNote, "Missy Ryan, “Russian, Syrian Partnership,” The Washington Post."]))
        CitationFixture.expect(.incompleteEntry, brief(notes: [Self.carylNote]))
    }

    @Test func incompleteEntryNamesWhatIsMissing() {
        let (_, _, findings) = CitationFixture.findings(.incompleteEntry, brief(
            entries: [Self.caryl, "Ryan, Missy. “Russian, Syrian Partnership.” The Washington Post."],
            notes: [Self.carylNote, "Missy Ryan, “Russian, Syrian Partnership,” The Washington Post."]))
        #expect(findings.map(\.message) == ["This bibliography entry lacks a year"])
    }

    @Test func ambiguousNumericDates() {
        CitationFixture.expect(.ambiguousDate, brief(
            entries: ["Caryl, Christian. 2015. “Realists, Beware of Russians Making Deals.” Foreign Policy, ⟦01/10/2015⟧."],
            notes: ["Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, ⟦3.4.15⟧."]))
        CitationFixture.expect(.ambiguousDate, brief(notes: [
            "Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 13/10/2015, 2015-10-01, 05/05/2015, RFC 1766.",
        ]))
    }

    @Test func ambiguousDateMessage() {
        let (_, _, findings) = CitationFixture.findings(.ambiguousDate, brief(notes: ["Caryl, Realists, 01/10/2015."]))
        #expect(findings.map(\.message) == [
            "“01/10/2015” can be read as 1 October or 10 January; write the month as a word, e.g. 1 October 2015",
        ])
    }

    @Test func noteDisagreesWithItsEntry() {
        let text = brief(notes: [
            "Christian Caryl, “⟦Realists, Beware of Russian Deals⟧,” Foreign Policy, 29 Sept, 2015.",
            "Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, ⟦30 Sept, 2015⟧.",
        ])
        CitationFixture.expect(.noteEntryMismatch, text)
        let (_, analysed, findings) = CitationFixture.findings(.noteEntryMismatch, text)
        #expect(findings.flatMap(\.related).map { analysed.text.string(in: $0.range) } == [
            "Realists, Beware of Russians Making Deals", "29 Sept",
        ])
        #expect(analysed.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == [[[0]], [[0]]])
    }

    @Test func anotherWorkByTheAuthorIsNotAMismatch() {
        let text = brief(notes: [Self.carylNote, "⟦Christian Caryl, “Deals of the Kremlin Beware,”⟧ Foreign Policy, 2 Jan, 2016."])
        CitationFixture.expect(.noteEntryMismatch, text.replacingOccurrences(of: "⟦", with: "").replacingOccurrences(of: "⟧", with: ""))
        CitationFixture.expect(.unlistedSource, text)
    }

    @Test func sameDateWrittenDifferentlyAgrees() {
        CitationFixture.expect(.noteEntryMismatch, brief(
            entries: [Self.caryl, "Ryan, Missy. 2015. “Russian, Syrian Partnership.” The Washington Post, 01/10/2015."],
            notes: ["Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, September 29, 2015.",
                    "Caryl, Realists, 2015.", "Missy Ryan, “Russian, Syrian Partnership,” The Washington Post, 1 October 2015."]))
    }

    @Test func accessDatesAreNotPublicationDates() {
        let lebovich = "Lebovich, Andrew. 2021. “After Barkhane.” ECFR, 17 December."
        CitationFixture.expect(.noteEntryMismatch, brief(entries: [Self.caryl, lebovich], notes: [
            "Andrew Lebovich, “After Barkhane,” ECFR, 17 December 2021, https://ecfr.eu/x/, accessed 2 March 2022.",
            "Andrew Lebovich, “After Barkhane,” ECFR, 17 December 2021 (accessed on 3 March 2022).",
            "Andrew Lebovich, “After Barkhane,” ECFR, 17 December 2021. Retrieved March 4, 2022.",
            // Near miss: a publication date that differs is still reported.
            "Andrew Lebovich, “After Barkhane,” ECFR, ⟦18 December 2021⟧, accessed 2 March 2022.",
        ]))
        let (_, _, findings) = CitationFixture.findings(.noteEntryMismatch, brief(entries: [Self.caryl, lebovich], notes: [
            "Andrew Lebovich, “After Barkhane,” ECFR, 18 December 2021, accessed 2 March 2022.",
        ]))
        #expect(findings.map(\.message) == ["The date here differs from the bibliography entry’s (17 December 2021)"])
    }
}
