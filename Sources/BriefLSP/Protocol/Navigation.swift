import BriefAnalysis

/// Turns query results of the analysis into hover, location, highlight and symbol JSON.
enum NavigationEncoder {
    static func hover(_ result: HoverResult?, text: SourceText, encoding: PositionEncoding) -> JSONValue {
        guard let result else { return .null }
        return [
            "contents": ["kind": "markdown", "value": .string(result.markdown)],
            "range": LSPRange(result.range, in: text, encoding: encoding).json,
        ]
    }

    static func locations(_ ranges: [TextRange], uri: String, text: SourceText, encoding: PositionEncoding) -> JSONValue {
        .array(ranges.map { LSPLocation(uri: uri, range: LSPRange($0, in: text, encoding: encoding)).json })
    }

    static func highlights(_ highlights: [Highlight], text: SourceText, encoding: PositionEncoding) -> JSONValue {
        .array(highlights.map { highlight in
            [
                "range": LSPRange(highlight.range, in: text, encoding: encoding).json,
                "kind": .int(highlight.kind.rawValue),
            ]
        })
    }

    static func symbols(_ symbols: [OutlineSymbol], text: SourceText, encoding: PositionEncoding) -> JSONValue {
        .array(symbols.map { symbol($0, text: text, encoding: encoding) })
    }

    /// One `DocumentSymbol`. Clients reject an empty name or a selection range outside the
    /// range, so both are repaired here rather than trusted.
    private static func symbol(_ symbol: OutlineSymbol, text: SourceText, encoding: PositionEncoding) -> JSONValue {
        let name = symbol.name.isEmpty ? "(untitled)" : symbol.name
        let selection = symbol.range.contains(symbol.selectionRange) ? symbol.selectionRange : symbol.range
        var members: [JSONMember] = [JSONMember("name", .string(name))]
        if let detail = symbol.detail, !detail.isEmpty { members.append(JSONMember("detail", .string(detail))) }
        members.append(JSONMember("kind", .int(symbolKind(symbol.kind))))
        members.append(JSONMember("range", LSPRange(symbol.range, in: text, encoding: encoding).json))
        members.append(JSONMember("selectionRange", LSPRange(selection, in: text, encoding: encoding).json))
        members.append(JSONMember("children", symbols(symbol.children, text: text, encoding: encoding)))
        return .object(members)
    }

    /// LSP `SymbolKind` for each outline node: title File (1), section Namespace (3),
    /// note Key (20), bibliography entry Object (19).
    static func symbolKind(_ kind: OutlineSymbol.Kind) -> Int {
        switch kind {
        case .title: return 1
        case .section: return 3
        case .note: return 20
        case .entry: return 19
        }
    }
}
