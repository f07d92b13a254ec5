/// Reads a Markdown brief (spec §1–2): `[^label]` markers and `[^label]: …` definitions
/// with indented continuation lines, never looking inside code spans, fenced code or YAML
/// front matter, nor in indented code.
public enum MarkdownParser {
    public static func parse(_ text: SourceText) -> ParsedBrief {
        parse(text, notesRead: nil)
    }

    /// Calls `notesRead` with the notes, in text order, as soon as they are read, before the
    /// markers and the bibliography: the analysis starts on them meanwhile.
    static func parse(_ text: SourceText, notesRead: (([NoteDefinition]) -> Void)?) -> ParsedBrief {
        var parsed = ParsedBrief(text: text, kind: .markdown)
        var labels = LabelTable()
        text.bytes.withUnsafeBufferPointer { bytes in
            let lines = LineTable.lines(text, bytes)
            var roles = LineTable.roles(lines)
            MarkdownBlocks.readFrontMatter(bytes, lines, &roles, &parsed)
            MarkdownBlocks.readFences(bytes, lines, &roles)
            MarkdownBlocks.readHeadings(bytes, lines, &roles, &parsed)
            MarkdownBlocks.readDefinitions(bytes, lines, &roles, &parsed, &labels)
            notesRead?(parsed.notes)
            MarkdownBlocks.readIndentedCode(bytes, lines, &roles)
            parsed.markers = MarkdownInlineScanner.markers(bytes, lines, roles, parsed.notes, &labels)
            parsed.labels = labels.labels
            parsed.labelNumbers = labels.numbers
            NoteLinker.link(&parsed)
            BibliographyFinder.find(bytes, lines, &roles, &parsed)
            TitleFinder.find(bytes, lines, roles, &parsed)
        }
        return parsed
    }
}
