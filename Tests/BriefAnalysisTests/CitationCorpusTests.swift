import Foundation
import Testing
@testable import BriefAnalysis

/// The citation layer on the real documents in `../shared/corpus`: no citation finding
/// on commentary footnotes, and the RFC's reference list read as its sources.
@Suite struct CitationCorpusTests {
    @Test(arguments: ["macdowell-critical-and-historical-essays.txt", "passamaquoddy-folk-lore.txt", "rfc2616-http-1.1.txt",
                      "cmark-gfm-footnotes-spec.md", "unhealthy-health-data-club.md", "mdit-py-plugins-footnote-fixtures.md"])
    func noCitationFindings(_ file: String) throws {
        let text = SourceText(bytes: try Paths.read(Paths.corpus.appendingPathComponent(file)))
        let analysed = Analyzer.analyze(text, kind: .infer(path: file))
        #expect(analysed.findings.filter { $0.code >= .ibidWithoutSource }.map { "\($0.code.rawValue) \(text.string(in: $0.range))" } == [])
    }

    @Test func rfcReferencesAreSources() throws {
        let file = "rfc2616-http-1.1.txt"
        let text = SourceText(bytes: try Paths.read(Paths.corpus.appendingPathComponent(file)))
        let analysed = Analyzer.analyze(text, kind: .plain)
        let sources = analysed.citations.sources
        #expect(sources.count == 49)
        let fromNotes = sources.allSatisfy { $0.noteIndex != nil }
        #expect(fromNotes)
        let card = { (index: Int) -> String in
            let source = sources[index]
            return "\(source.authors.map(\.surname).joined(separator: "/")) | \(source.year ?? "-") | \(source.title ?? "-") | \(source.publication ?? "-") | \(source.date ?? "-")"
        }
        #expect(card(0) == "Alvestrand | 1995 | Tags for the Identification of Languages | RFC 1766 | March 1995")
        #expect(card(3) == "Berners-Lee/Masinter/McCahill | 1994 | Uniform Resource Locators (URL) | RFC 1738 | December 1994")
        #expect(card(29) == "Spero | - | Analysis of HTTP Performance Problems | http://sunsite.unc.edu/mdma-release/http-prob.html | -")
        #expect(card(32) == "Fielding/Gettys/Mogul/Frystyk/Berners-Lee | 1997 | Hypertext Transfer Protocol -- HTTP/1.1 | RFC 2068 | January 1997")
        // Each reference note cites itself, so a marker's hover and definition reach it.
        let selfCited = analysed.citations.citationsByNote.enumerated().allSatisfy { $0.element.map(\.sourceIndexes) == [[$0.offset]] }
        #expect(selfCited)
    }

    /// Gutenberg footnotes are commentary: a name before a quotation is not a citation.
    @Test func footnotesThatQuoteSomeoneCiteNothing() throws {
        let file = "passamaquoddy-folk-lore.txt"
        let text = SourceText(bytes: try Paths.read(Paths.corpus.appendingPathComponent(file)))
        let analysed = Analyzer.analyze(text, kind: .plain)
        let citesNothing = analysed.citations.citationsByNote.allSatisfy(\.isEmpty)
        #expect(citesNothing)
        #expect(analysed.citations.sources.isEmpty)
    }
}
