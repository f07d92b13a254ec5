extension AnalyzedBrief {
    /// The outline (LSP document symbols): the title, Markdown section headings, then a
    /// *Notes* group with each note and a *Bibliography* group with each entry. Every
    /// child's range lies inside its parent's, as strict clients require.
    public func outline() -> [OutlineSymbol] {
        var symbols: [OutlineSymbol] = []
        if let title = parsed.title {
            symbols.append(OutlineSymbol(name: MarkdownText.collapsed(text.string(in: title)), detail: nil, kind: .title,
                                         range: title, selectionRange: title, children: []))
        }
        for heading in parsed.headings where (heading.role == .other || heading.role == .furtherReading) && !heading.range.isEmpty && heading.range != parsed.title {
            symbols.append(OutlineSymbol(name: text.string(in: heading.range), detail: nil, kind: .section,
                                         range: heading.lineRange, selectionRange: heading.range, children: []))
        }
        let notes = parsed.notes.map { note -> OutlineSymbol in
            let label = parsed.kind == .markdown ? "[^\(note.label)]" : "[\(note.label)]"
            return OutlineSymbol(name: label, detail: preview(note.bodyRange), kind: .note,
                                 range: note.range, selectionRange: note.labelRange, children: [])
        }
        if let group = group("Notes", role: .notes, children: notes) { symbols.append(group) }
        // Sources read from notes (a reference list, or full citations in a brief without a
        // bibliography) are outlined as notes already.
        let entries = citations.sources.prefix(parsed.bibliography.count).map { source -> OutlineSymbol in
            let name = source.authors.first.map { author in
                [author.surname, source.year].compactMap { $0 }.joined(separator: " ")
            } ?? preview(source.range)
            return OutlineSymbol(name: name.isEmpty ? preview(source.range) : name, detail: source.title, kind: .entry,
                                 range: source.range, selectionRange: source.range, children: [])
        }
        if let group = group("Bibliography", role: .bibliography, children: entries) { symbols.append(group) }
        return symbols.sorted { $0.range < $1.range }
    }

    private func group(_ name: String, role: Heading.Role, children: [OutlineSymbol]) -> OutlineSymbol? {
        guard let first = children.first else { return nil }
        let heading = parsed.headings.last { $0.role == role && $0.lineRange.upperBound <= first.range.lowerBound }
        // Sources from a numbered reference list can stand before the bibliography's heading:
        // the group still has to hold every child.
        let childLower = children.map(\.range.lowerBound).min() ?? first.range.lowerBound
        let lower = min(heading?.lineRange.lowerBound ?? childLower, childLower)
        let upper = children.map(\.range.upperBound).max() ?? first.range.upperBound
        let selection = heading?.range ?? first.selectionRange
        return OutlineSymbol(name: name, detail: "\(children.count)", kind: .section,
                             range: TextRange(lower, upper), selectionRange: selection, children: children)
    }

    private func preview(_ range: TextRange) -> String {
        let flat = MarkdownText.collapsed(text.string(in: range))
        return flat.count > 60 ? String(flat.prefix(59)) + "…" : flat
    }
}
