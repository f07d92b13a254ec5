/// Thrown by a cancellable analysis when its caller no longer wants the result.
public struct AnalysisCancelled: Error, Sendable {
    public init() {}
}

/// The one entry point of the analysis: text and kind in, facts out. A pure function of
/// its input, safe to call on any thread.
public enum Analyzer {
    /// Analyses a brief.
    public static func analyze(_ text: SourceText, kind: DocumentKind) -> AnalyzedBrief {
        // Without a cancellation check the analysis cannot be cancelled.
        (try? analyze(text, kind: kind, isCancelled: { false })) ?? AnalyzedBrief(parsed: ParsedBrief(text: text, kind: kind))
    }

    /// Analyses a brief, polling `isCancelled` between stages and giving up with
    /// ``AnalysisCancelled`` once it returns true.
    public static func analyze(_ text: SourceText, kind: DocumentKind,
                               isCancelled: () -> Bool) throws(AnalysisCancelled) -> AnalyzedBrief {
        try analyze(text, kind: kind, inParallel: true, isCancelled: isCancelled)
    }

    /// Analyses a brief; with `inParallel`, a long brief's independent pieces run on every
    /// core (the result is the same either way).
    static func analyze(_ text: SourceText, kind: DocumentKind, inParallel: Bool,
                        isCancelled: () -> Bool) throws(AnalysisCancelled) -> AnalyzedBrief {
        let analysed = text.bytes.withUnsafeBufferPointer { bytes -> AnalyzedBrief? in
            // The notes' citations are read on another core while the parser goes on.
            let early = inParallel ? NotePieces(bytes) : nil
            // The helper must be done with `bytes` before they go, cancelled or not.
            defer { early?.finish() }
            let parsed: ParsedBrief
            switch kind {
            case .plain: parsed = PlainParser.parse(text, notesRead: early?.start)
            case .markdown: parsed = MarkdownParser.parse(text, notesRead: early?.start)
            }
            if isCancelled() { return nil }
            let first = FirstPass(parsed, bytes, early: early)
            if isCancelled() { return nil }
            let citations = CitationAnalyzer.analyze(parsed, first, bytes, inParallel: inParallel)
            var findings = first.noteFindings
            findings += citations.findings
            findings.sort { ($0.range, $0.code) < ($1.range, $1.code) }
            return AnalyzedBrief(parsed: parsed, citations: citations, findings: findings)
        }
        guard let analysed else { throw AnalysisCancelled() }
        return analysed
    }

    /// Convenience for a string.
    public static func analyze(_ string: String, kind: DocumentKind) -> AnalyzedBrief {
        analyze(SourceText(string), kind: kind)
    }
}

/// Everything the analysis found in one version of a brief.
public struct AnalyzedBrief: Sendable {
    public let parsed: ParsedBrief
    public let citations: CitationAnalysis
    /// Every finding, sorted by position then code.
    public let findings: [Finding]

    public init(parsed: ParsedBrief, citations: CitationAnalysis = CitationAnalysis(), findings: [Finding] = []) {
        self.parsed = parsed
        self.citations = citations
        self.findings = findings
    }

    public var text: SourceText { parsed.text }
}
