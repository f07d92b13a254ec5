import Testing
@testable import BriefAnalysis

/// An author with many works (more than ``TitleWordIndex/indexedAbove``): citations are
/// matched through the title-word index, and must find the same works a scan would.
@Suite struct CitationProlificAuthorTests {
    @Test(arguments: [false, true])
    func manyWorksByOneAuthor(mainTitleFirst: Bool) {
        let count = TitleWordIndex.indexedAbove * 3
        // Titles share words, so that the index's lists overlap; one work's title is the
        // opening of all the others', as entries often drop a subtitle. Wherever it stands,
        // a citation of a longer title is to the work with that title.
        let main = mainTitleFirst ? 0 : count - 1
        let titles = (0..<count).map { $0 == main ? "Water Policy" : "Water Policy Volume \($0 / 10) Part \($0)" }
        let entries = titles.enumerated().map { "Adams, Ann. \(1900 + $0.offset). “\($0.element).” Journal, 1 May." }
        var notes: [String] = []
        var expected: [[[Int]]] = []
        for (index, title) in titles.enumerated() where index != main {
            notes.append("Ann Adams, “\(title),” Journal, 1 May, \(1900 + index).")
            expected.append([[index]])
            // A short form: the title's last words, in order.
            notes.append("Adams, Part \(index), 4.")
            expected.append([[index]])
        }
        // A main title cited with a subtitle of its own: the entry that is its opening.
        notes.append("Ann Adams, “Water Policy: A Subtitle,” Journal, 1 May, 1947.")
        expected.append([[main]])
        // A title no work has: nothing (BRF020).
        notes.append("Ann Adams, “Fisheries of the North,” Journal, 1 May, 1950.")
        expected.append([[]])
        let markers = notes.indices.map { "Point \($0 + 1).[\($0 + 1)]" }.joined(separator: " ")
        let list = notes.enumerated().map { "[\($0.offset + 1)] \($0.element)" }.joined(separator: "\n\n")
        let brief = Analyzer.analyze("A Brief\n\n\(markers)\n\nBibliography\n\n\(entries.joined(separator: "\n\n"))\n\n\(list)\n",
                                     kind: .plain)

        #expect(brief.citations.sources.count == count)
        #expect(brief.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == expected)
        #expect(brief.findings.filter { $0.code == .unlistedSource }.count == 1)
    }
}
