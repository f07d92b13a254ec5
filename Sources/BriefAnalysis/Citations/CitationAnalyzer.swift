/// Reads the bibliography and resolves every note's citations (spec §3), reporting
/// BRF010–BRF041.
public enum CitationAnalyzer {
    public static func analyze(_ parsed: ParsedBrief) -> CitationAnalysis {
        var analysis = CitationAnalysis()
        analysis.sources = parsed.bibliography.map { Source(range: $0) }
        analysis.citationsByNote = Array(repeating: [], count: parsed.notes.count)
        analysis.citingNotes = Array(repeating: [], count: parsed.bibliography.count)
        return analysis
    }
}
