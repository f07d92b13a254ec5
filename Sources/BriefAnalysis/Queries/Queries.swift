extension AnalyzedBrief {
    /// Hover at byte `offset`: on a marker, its note and sources; on `Ibid.` or a citation,
    /// the resolved source; on a bibliography entry, the notes citing it.
    public func hover(at offset: Int) -> HoverResult? { nil }

    /// Where the thing at `offset` is defined: a marker's note; a citation's entry.
    public func definition(at offset: Int) -> [TextRange] { [] }

    /// Every marker of the note at `offset` (plus its definition when `includeDeclaration`);
    /// on a bibliography entry, every note citing it.
    public func references(at offset: Int, includeDeclaration: Bool) -> [TextRange] { [] }

    /// Occurrences of the note at `offset`: its markers (read) and its label (write).
    public func highlights(at offset: Int) -> [Highlight] { [] }

    /// The outline: title, then sections with notes and bibliography entries.
    public func outline() -> [OutlineSymbol] { [] }
}
