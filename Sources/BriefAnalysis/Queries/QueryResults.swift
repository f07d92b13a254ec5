/// Hover content for a position: Markdown text and the range it describes.
public struct HoverResult: Hashable, Sendable {
    public var markdown: String
    public var range: TextRange
}

/// One highlighted occurrence (LSP `DocumentHighlight`).
public struct Highlight: Hashable, Sendable {
    public enum Kind: Int, Sendable {
        case text = 1, read = 2, write = 3
    }
    public var range: TextRange
    /// `.write` for the note definition's label, `.read` for markers.
    public var kind: Kind
}

/// A node of the document outline (LSP `DocumentSymbol`).
public struct OutlineSymbol: Hashable, Sendable {
    public enum Kind: Sendable {
        case title, section, note, entry
    }
    public var name: String
    public var detail: String?
    public var kind: Kind
    /// The whole extent of the symbol.
    public var range: TextRange
    /// The part to select when the symbol is picked; inside `range`.
    public var selectionRange: TextRange
    public var children: [OutlineSymbol]
}
