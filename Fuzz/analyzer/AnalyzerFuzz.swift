// Fuzz target (b): the analyzer on arbitrary text of both kinds, every query at a few
// positions, and position conversion of everything it reports in every encoding. Besides
// not crashing, whatever the analysis returns must lie inside the text and on character
// boundaries, so the server can always turn it into an LSP position.

/// Input layout: flags byte (bit 0: Markdown; bit 1: cancel part-way), four 2-byte query
/// positions, then the document's bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalyzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let flags = input.byte()
    let kind: DocumentKind = flags & 1 == 0 ? .plain : .markdown
    let rawQueries = (0..<4).map { _ in input.uint16() }
    let text = SourceText(bytes: input.rest())
    let queries = rawQueries.map { $0 % (text.count + 3) - 1 }

    if flags & 2 != 0 {
        // Cancellation after a few polls must give up cleanly, whatever stage it hits.
        var polls = Int(flags >> 2) % 4
        _ = try? Analyzer.analyze(text, kind: kind, isCancelled: { polls -= 1; return polls < 0 })
    }
    let brief = Analyzer.analyze(text, kind: kind)
    let checker = RangeChecker(text: text)

    for finding in brief.findings {
        checker.check(finding.range, "finding \(finding.code.rawValue)")
        for related in finding.related { checker.check(related.range, "related of \(finding.code.rawValue)") }
    }
    checkStructure(brief.parsed, checker)
    for source in brief.citations.sources { checker.check(source.range, "source") }
    for citations in brief.citations.citationsByNote {
        for citation in citations { checker.check(citation.range, "citation") }
    }

    var positions = queries
    positions += brief.parsed.markers.prefix(3).flatMap { [$0.range.lowerBound, $0.range.upperBound] }
    positions += brief.parsed.notes.prefix(3).flatMap { [$0.labelRange.lowerBound, $0.bodyRange.lowerBound + 1] }
    positions += brief.parsed.bibliography.prefix(2).map(\.lowerBound)
    for offset in positions {
        if let hover = brief.hover(at: offset) { checker.check(hover.range, "hover at \(offset)") }
        for range in brief.definition(at: offset) { checker.check(range, "definition at \(offset)") }
        for range in brief.references(at: offset, includeDeclaration: true) { checker.check(range, "references at \(offset)") }
        for range in brief.references(at: offset, includeDeclaration: false) { checker.check(range, "references at \(offset)") }
        for highlight in brief.highlights(at: offset) { checker.check(highlight.range, "highlight at \(offset)") }
    }
    for symbol in brief.outline() { checkSymbol(symbol, inside: nil, checker) }
    return 0
}

private func checkStructure(_ parsed: ParsedBrief, _ checker: RangeChecker) {
    if let title = parsed.title { checker.check(title, "title") }
    if let byline = parsed.byline { checker.check(byline, "byline") }
    for marker in parsed.markers {
        checker.check(marker.range, "marker")
        if let note = marker.noteIndex { require(note >= 0 && note < parsed.notes.count, "marker note index \(note)") }
    }
    for note in parsed.notes {
        checker.check(note.range, "note")
        checker.check(note.labelRange, "note label")
        checker.check(note.bodyRange, "note body")
    }
    for entry in parsed.bibliography { checker.check(entry, "bibliography entry") }
    for heading in parsed.headings {
        checker.check(heading.range, "heading")
        checker.check(heading.lineRange, "heading line")
    }
}

private func checkSymbol(_ symbol: OutlineSymbol, inside parent: OutlineSymbol?, _ checker: RangeChecker) {
    checker.check(symbol.range, "outline \(symbol.name)")
    checker.check(symbol.selectionRange, "outline selection \(symbol.name)")
    require(symbol.range.contains(symbol.selectionRange), "outline \(symbol.name): selection \(symbol.selectionRange) outside \(symbol.range)")
    if let parent {
        require(parent.range.contains(symbol.range), "outline \(symbol.name) \(symbol.range) outside parent \(parent.name) \(parent.range)")
    }
    for child in symbol.children { checkSymbol(child, inside: symbol, checker) }
}

/// Checks a reported range: ordered, inside the text, both ends on character boundaries,
/// and each end survives conversion to a position and back in every encoding.
private struct RangeChecker {
    let text: SourceText

    func check(_ range: TextRange, _ what: @autoclosure () -> String) {
        require(range.lowerBound >= 0 && range.lowerBound <= range.upperBound && range.upperBound <= text.count,
                "\(what()): range \(range) outside 0..<\(text.count)")
        checkBoundary(range.lowerBound, what())
        checkBoundary(range.upperBound, what())
    }

    private func checkBoundary(_ offset: Int, _ what: @autoclosure () -> String) {
        if offset < text.count {
            require(text.bytes[offset] & 0xC0 != 0x80, "\(what()): offset \(offset) splits a character")
        }
        let line = text.line(containing: offset)
        // An offset between CR and LF has no position of its own; nothing should end there.
        let lineEnd = text.lineRange(line).upperBound
        guard offset <= lineEnd else {
            require(false, "\(what()): offset \(offset) lies inside a line break")
            return
        }
        for encoding in PositionEncoding.allCases {
            let position = text.position(of: offset, encoding: encoding)
            let back = text.offset(of: position, encoding: encoding)
            require(back == offset, "\(what()): \(offset) -> \(position) -> \(back) in \(encoding)")
        }
    }
}
