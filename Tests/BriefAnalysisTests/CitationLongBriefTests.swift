import Testing
@testable import BriefAnalysis

/// A long brief: every note resolves as it would alone, through Ibid. chains over
/// thousands of notes, and every finding is reported once.
@Suite struct CitationLongBriefTests {
    @Test func thousandsOfNotes() {
        let count = 1224
        let titles = ["Realists, Beware of Russians Making Deals", "Russian, Syrian Partnership", "Russia Surprises US"]
        let entries = [
            "Caryl, Christian. 2015. “\(titles[0]).” Foreign Policy, 29 Sept.",
            "Gordon, Michael R. 2015. “\(titles[2]).” The New York Times, 27 Sept.",
            "Ryan, Missy. 2015. “\(titles[1]).” The Washington Post, 28 Sept.",
        ]
        let notes = (0..<count).map { index -> String in
            switch index % 4 {
            case 0: return "Christian Caryl, “\(titles[0]),” Foreign Policy, 29 Sept, 2015\(index % 100 == 0 ? ", ." : ".")"
            case 1: return "Ibid., \(index)."
            case 2: return "Missy Ryan, “\(titles[1]),” The Washington Post, 28 Sept, 2015."
            default: return "Gordon, Russia Surprises, \(index)."
            }
        }
        let markers = (1...count).map { "Point.[\($0)]" }.joined(separator: " ")
        let list = notes.enumerated().map { "[\($0.offset + 1)] \($0.element)" }.joined(separator: "\n\n")
        let brief = Analyzer.analyze("A Brief\n\n\(markers)\n\n\(entries.joined(separator: "\n\n"))\n\n\(list)\n", kind: .plain)

        let sourceOf = [0, 0, 2, 1]
        let expected: [[[Int]]] = (0..<count).map { index in [[sourceOf[index % 4]]] }
        #expect(brief.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == expected)
        #expect(brief.findingLines([.emptyElement]).count == (count + 99) / 100)
        #expect(brief.findings.filter { $0.code != .emptyElement }.map(\.code) == [])
        #expect(brief.citations.citingNotes.map(\.count) == [count / 2, count / 4, count / 4])
    }
}
