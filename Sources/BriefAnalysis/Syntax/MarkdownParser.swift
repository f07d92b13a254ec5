/// Reads a Markdown brief.
public enum MarkdownParser {
    public static func parse(_ text: SourceText) -> ParsedBrief {
        ParsedBrief(text: text, kind: .markdown)
    }
}
