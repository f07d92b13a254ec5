/// Reads the bibliography and resolves every note's citations (spec §3), reporting
/// BRF010–BRF041.
public enum CitationAnalyzer {
    /// Sources, citations by note, citing notes by source, and the citation findings.
    public static func analyze(_ parsed: ParsedBrief) -> CitationAnalysis {
        parsed.text.bytes.withUnsafeBufferPointer { analyze(parsed, FirstPass(parsed, $0), $0) }
    }

    /// The citation layer, from what the first pass read.
    static func analyze(_ parsed: ParsedBrief, _ first: FirstPass, _ bytes: UnsafeBufferPointer<UInt8>,
                        inParallel: Bool = true) -> CitationAnalysis {
        var catalog = first.catalog
        let order = readingOrder(parsed)
        let table = first.table
        let hasBibliography = catalog.entryCount > 0
        if catalog.sources.isEmpty { catalog.addCitedSources(table, order: order, bytes) }
        var resolved = CitationResolver.resolve(table, order: order, catalog: catalog, bytes, inParallel: inParallel)
        for index in catalog.entryCount..<catalog.sources.count {
            guard let note = catalog.sources[index].noteIndex, note < parsed.notes.count,
                  parsed.notes[note].style == .referenceEntry else { continue }
            // A reference list entry is the source its markers cite.
            let source = catalog.sources[index]
            let citation = Citation(range: parsed.notes[note].bodyRange, form: .full, sourceIndexes: [index],
                                    surnameRange: source.authors.first?.range, titleRange: source.titleRange)
            resolved.byNote[note] = resolved.citations.count..<(resolved.citations.count + 1)
            resolved.citations.append(ResolvedCitation(citation: citation, isReference: true, surnameKey: catalog.keys[index].surname))
        }

        let context = CitationContext(parsed: parsed, bytes: bytes, catalog: catalog, resolved: resolved, order: order,
                                      hasBibliography: hasBibliography)
        // What is left needs every citation resolved, but no piece needs another's result.
        let pieces = Parallel.map(4, inParallel: inParallel && parsed.notes.count > FirstPass.notesPerPiece) { index -> Piece in
            var piece = Piece()
            switch index {
            case 0: piece.citationsByNote = resolved.byNote.map { range in range.map { resolved.citations[$0].citation } }
            case 1:
                piece.citingNotes = citingNotes(resolved, sourceCount: catalog.sources.count)
                SourceRules.check(context, citingNotes: piece.citingNotes, &piece.findings)
            case 2: IbidRules.check(context, &piece.findings)
            default: MatchRules.check(context, &piece.findings)
            }
            return piece
        }
        var analysis = CitationAnalysis()
        analysis.sources = catalog.sources
        analysis.citationsByNote = pieces[0].citationsByNote
        analysis.citingNotes = pieces[1].citingNotes
        // In the order the rules were always run: Ibid., sources, form, match, order.
        analysis.findings = pieces[2].findings + pieces[1].findings + first.formFindings + pieces[3].findings + first.orderFindings
        return analysis
    }

    /// What one of the rule pieces after resolution found.
    private struct Piece {
        var citationsByNote: [[Citation]] = []
        var citingNotes: [[Int]] = []
        var findings: [Finding] = []
    }

    /// Notes in the order a reader meets them: text order for plain briefs (endnotes are
    /// numbered as they are listed); for Markdown, the order of first reference, as
    /// renderers number footnotes, with unreferenced definitions after.
    static func readingOrder(_ parsed: ParsedBrief) -> [Int] {
        guard parsed.kind == .markdown else { return Array(parsed.notes.indices) }
        var seen = [Bool](repeating: false, count: parsed.notes.count)
        var order: [Int] = []
        order.reserveCapacity(parsed.notes.count)
        for marker in parsed.markers {
            guard let note = marker.noteIndex, note < seen.count, !seen[note] else { continue }
            seen[note] = true
            order.append(note)
        }
        for note in parsed.notes.indices where !seen[note] { order.append(note) }
        return order
    }

    private static func citingNotes(_ resolved: ResolvedTable, sourceCount: Int) -> [[Int]] {
        var citing = [[Int]](repeating: [], count: sourceCount)
        for (note, range) in resolved.byNote.enumerated() {
            for position in range {
                for source in resolved.citations[position].citation.sourceIndexes where source < sourceCount && citing[source].last != note {
                    citing[source].append(note)
                }
            }
        }
        return citing
    }
}

/// What the citation rules look at.
struct CitationContext {
    let parsed: ParsedBrief
    let bytes: UnsafeBufferPointer<UInt8>
    let catalog: SourceCatalog
    let resolved: ResolvedTable
    let order: [Int]
    /// True when the brief has a bibliography (not only notes or a reference list).
    let hasBibliography: Bool

    /// How messages name a note: `note 3`, `note [^intro]`.
    func noteName(_ index: Int) -> String {
        guard index >= 0, index < parsed.notes.count else { return "note" }
        let label = parsed.notes[index].label
        return parsed.kind == .markdown ? "note [^\(label)]" : "note \(label)"
    }

    func text(_ range: TextRange) -> String { NameParser.text(bytes, range) }
}
