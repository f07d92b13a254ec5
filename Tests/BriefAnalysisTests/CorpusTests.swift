import Foundation
import Testing
@testable import BriefAnalysis

/// The real documents in `../shared/corpus`, written by others: each is read without a
/// crash, and the notes and markers found are the ones the document has (counted by hand).
@Suite struct CorpusTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        let file: String
        /// `notes:<style>=<count> markers=<n> unresolved=<n> entries=<n> referenceList=<bool>`
        let summary: String
        /// Findings of BRF001–BRF004 as `code@line`.
        let noteFindings: [String]
        var testDescription: String { file }
    }

    static let expectations: [Expectation] = [
        // Fifteen endnotes [01]…[15], one marker each; the legend `[1]  = Whole-note` and the
        // transcriber's "[01] through [15]" are not citations.
        Expectation(file: "macdowell-critical-and-historical-essays.txt",
                    summary: "notes:endnote=15 markers=15 unresolved=0 entries=0 referenceList=false", noteFindings: []),
        // Thirty-three `[Footnote n: …]` blocks, each after the paragraph citing it.
        Expectation(file: "passamaquoddy-folk-lore.txt",
                    summary: "notes:footnoteBlock=33 markers=33 unresolved=0 entries=0 referenceList=false", noteFindings: []),
        // 49 indented references cited 95 times (144 bracketed numbers less the 49 labels); [5], [32] and [46] are never cited.
        Expectation(file: "rfc2616-http-1.1.txt",
                    summary: "notes:referenceEntry=49 markers=95 unresolved=0 entries=0 referenceList=true",
                    noteFindings: ["BRF002@7419", "BRF002@7519", "BRF002@7572"]),
        // Every example sits in a fenced block.
        Expectation(file: "cmark-gfm-footnotes-spec.md",
                    summary: "notes: markers=0 unresolved=0 entries=0 referenceList=false", noteFindings: []),
        Expectation(file: "unhealthy-health-data-club.md",
                    summary: "notes:markdown=3 markers=3 unresolved=0 entries=0 referenceList=false", noteFindings: []),
        // A file of test fixtures: labels are defined again and again, one example per block.
        Expectation(file: "mdit-py-plugins-footnote-fixtures.md",
                    summary: "notes:markdown=18 markers=29 unresolved=0 entries=0 referenceList=false",
                    noteFindings: ["BRF003@50", "BRF003@161", "BRF003@186", "BRF003@188", "BRF003@207", "BRF003@310", "BRF003@335", "BRF003@356"]),
    ]

    @Test(arguments: expectations)
    func readsTheDocumentAsWritten(_ expected: Expectation) throws {
        let url = Paths.corpus.appendingPathComponent(expected.file)
        let text = SourceText(bytes: try Paths.read(url))
        let analysed = Analyzer.analyze(text, kind: .infer(path: expected.file))
        let parsed = analysed.parsed
        var styles: [String: Int] = [:]
        for note in parsed.notes { styles[note.style.rawValue, default: 0] += 1 }
        let notes = styles.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        let unresolved = parsed.markers.filter { $0.noteIndex == nil }.count
        let summary = "notes:\(notes) markers=\(parsed.markers.count) unresolved=\(unresolved) entries=\(parsed.bibliography.count) referenceList=\(parsed.isReferenceList)"
        #expect(summary == expected.summary)
        let noteFindings = analysed.findings
            .filter { $0.code <= .markerOrder }
            .map { "\($0.code.rawValue)@\(text.position(of: $0.range.lowerBound).line + 1)" }
        #expect(noteFindings == expected.noteFindings)
    }

    /// Each marker points at the note with its label, spot-checked by hand.
    @Test func markersPointAtTheirNotes() throws {
        let file = "passamaquoddy-folk-lore.txt"
        let text = SourceText(bytes: try Paths.read(Paths.corpus.appendingPathComponent(file)))
        let parsed = Analyzer.analyze(text, kind: .plain).parsed
        for marker in parsed.markers {
            let note = try #require(marker.noteIndex.map { parsed.notes[$0] })
            #expect(note.label == marker.label)
            #expect(note.range.lowerBound > marker.range.upperBound)
        }
        let first = try #require(parsed.notes.first)
        #expect(text.string(in: first.bodyRange).hasPrefix("This work was undertaken as a preparation for similar"))
        #expect(text.position(of: first.range.lowerBound).line + 1 == 119)
    }
}
