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
        let parsed: ParsedBrief
        switch kind {
        case .plain: parsed = PlainParser.parse(text)
        case .markdown: parsed = MarkdownParser.parse(text)
        }
        if isCancelled() { throw AnalysisCancelled() }
        var findings = NoteRules.findings(parsed)
        if isCancelled() { throw AnalysisCancelled() }
        let citations = CitationAnalyzer.analyze(parsed)
        findings += citations.findings
        findings.sort { ($0.range, $0.code) < ($1.range, $1.code) }
        return AnalyzedBrief(parsed: parsed, citations: citations, findings: findings)
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
