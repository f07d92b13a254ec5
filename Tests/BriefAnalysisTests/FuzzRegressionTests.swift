import Testing
@testable import BriefAnalysis

/// Inputs the fuzz targets (Fuzz/) found breaking an invariant, minimized, each with the
/// invariant it broke. Run again here so a fix cannot quietly regress.
@Suite struct FuzzRegressionTests {
    /// Every outline child lies inside its parent, and every selection inside its range.
    private func expectNested(_ symbols: [OutlineSymbol], inside parent: OutlineSymbol? = nil,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        for symbol in symbols {
            #expect(symbol.range.contains(symbol.selectionRange), "\(symbol.name)", sourceLocation: sourceLocation)
            if let parent {
                #expect(parent.range.contains(symbol.range), "\(symbol.name) \(symbol.range) outside \(parent.name) \(parent.range)",
                        sourceLocation: sourceLocation)
            }
            expectNested(symbol.children, inside: symbol, sourceLocation: sourceLocation)
        }
    }

    /// analyzer target, crash-d54e75ce: a numbered reference entry (a source) standing before
    /// the `References` heading fell outside the Bibliography group, which began at the heading.
    @Test func referenceEntryBeforeTheBibliographyHeadingStaysInsideItsGroup() {
        let brief = Analyzer.analyze("\t[1]\nReferences\n\u{0}", kind: .plain)
        let outline = brief.outline()
        expectNested(outline)
        let group = outline.first { $0.name == "Bibliography" }
        // The reference entry is outlined as a note; the group holds the entries under the heading.
        #expect(group?.range.lowerBound == 5, "starts at the References heading")
        #expect(group?.range.upperBound == brief.text.count)
    }
}
