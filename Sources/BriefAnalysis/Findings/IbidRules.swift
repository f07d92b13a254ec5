/// BRF010–BRF012: `Ibid.` with nothing to repeat, misspelt, or ambiguous.
enum IbidRules {
    static func check(_ context: CitationContext, _ findings: inout [Finding]) {
        let citations = context.resolved.citations
        for note in context.order where note < context.resolved.byNote.count {
            for position in context.resolved.byNote[note] {
                // Look before copying: most citations are not `Ibid.`
                guard case .ibid(_, let misspelt) = citations[position].citation.form else { continue }
                let resolved = citations[position]
                let range = resolved.citation.range
                if misspelt { findings.append(misspelling(context, resolved, range)) }
                if resolved.ibidWithinNote { continue }
                guard let previous = resolved.ibidPrevious else {
                    // A Pandoc inline note (`^[…]`) before this one is the note it repeats.
                    if followsInlineNote(context, note) { continue }
                    findings.append(Finding(.ibidWithoutSource, range,
                                            "“Ibid.” in the first note has no earlier citation to repeat; cite the source in full"))
                    continue
                }
                let previousLabel = context.parsed.notes[previous].labelRange
                let name = context.noteName(previous)
                // A note the parser read nothing from may still cite a source it cannot read
                // (a book with its italics lost, a case, a statute): only plain commentary counts.
                if resolved.previousCitesNothing,
                   CommentaryNote.isCommentary(context.bytes, context.parsed.notes[previous].bodyRange) {
                    findings.append(Finding(
                        .ibidWithoutSource, range,
                        "“Ibid.” repeats the source of the note before it, but \(name) cites no source; cite the source in full",
                        related: [RelatedLocation(range: previousLabel, message: "\(name) cites no source")]))
                } else if resolved.previousIsAmbiguous {
                    findings.append(Finding(
                        .ambiguousIbid, range,
                        "“Ibid.” is ambiguous: \(name) cites more than one source; name the source you mean",
                        related: [RelatedLocation(range: previousLabel, message: "\(name) cites several sources")]))
                }
            }
        }
    }

    /// True in a Markdown brief when a Pandoc inline note `^[` stands before the first
    /// marker of note `note` (an error path only, so a plain scan).
    private static func followsInlineNote(_ context: CitationContext, _ note: Int) -> Bool {
        guard context.parsed.kind == .markdown,
              let marker = context.parsed.markers.first(where: { $0.noteIndex == note }) else { return false }
        let end = min(marker.range.lowerBound, context.bytes.count)
        var index = 1
        while index < end {
            if context.bytes[index] == UInt8(ascii: "["), context.bytes[index - 1] == UInt8(ascii: "^") { return true }
            index += 1
        }
        return false
    }

    private static func misspelling(_ context: CitationContext, _ resolved: ResolvedCitation, _ range: TextRange) -> Finding {
        let written = context.text(range)
        let message = written.hasSuffix(".") || written.count > 4
            ? "“\(written)” is a misspelling of “Ibid.”; it is read as “Ibid.”"
            : "“\(written)” needs its period: write “Ibid.”"
        var related: [RelatedLocation] = []
        if let previous = resolved.ibidPrevious, !resolved.ibidWithinNote, previous < context.parsed.notes.count {
            related.append(RelatedLocation(range: context.parsed.notes[previous].labelRange,
                                           message: "the note it repeats, \(context.noteName(previous))"))
        }
        return Finding(.misspeltIbid, range, message, related: related)
    }
}
