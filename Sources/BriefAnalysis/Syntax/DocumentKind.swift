/// The two kinds of brief of spec §1, which differ in how notes are marked.
public enum DocumentKind: String, Sendable, CaseIterable {
    /// `[n]` markers and `[n] …` endnote lines (also `[Footnote n: …]` blocks).
    case plain
    /// `[^label]` markers and `[^label]: …` definitions.
    case markdown

    /// The kind for a document: the LSP `languageId` decides when there is one it knows
    /// (`brief`, `plaintext`, `markdown`), the file extension otherwise; plain by default.
    public static func infer(languageID: String? = nil, path: String? = nil) -> DocumentKind {
        switch languageID?.lowercased() {
        case "markdown", "md", "pandoc", "rmd", "quarto": return .markdown
        case "brief", "plaintext", "text", "txt": return .plain
        default: break
        }
        guard let path else { return .plain }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return .plain }
        switch name[name.index(after: dot)...].lowercased() {
        case "md", "markdown", "mdown", "mkd", "mkdn", "qmd", "rmd": return .markdown
        default: return .plain
        }
    }
}
