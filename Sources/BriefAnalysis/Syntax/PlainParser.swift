/// Reads a plain-text brief.
public enum PlainParser {
    public static func parse(_ text: SourceText) -> ParsedBrief {
        ParsedBrief(text: text, kind: .plain)
    }
}
