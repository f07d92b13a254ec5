import BriefAnalysis

/// Turns query results of the analysis into hover, location, highlight and symbol JSON.
enum NavigationEncoder {
    static func hover(_ result: HoverResult?, text: SourceText, encoding: PositionEncoding, markdown: Bool = true) -> JSONValue {
        guard let result else { return .null }
        let contents: JSONValue = markdown
            ? ["kind": "markdown", "value": .string(result.markdown)]
            : ["kind": "plaintext", "value": .string(plainText(result.markdown))]
        return [
            "contents": contents,
            "range": PositionConverter(text: text, encoding: encoding).range(result.range).json,
        ]
    }

    /// The hover's Markdown without its markup, for clients that show hovers as plain text:
    /// emphasis marks dropped, backslash escapes resolved.
    static func plainText(_ markdown: String) -> String {
        var output = ""
        output.reserveCapacity(markdown.utf8.count)
        var escaped = false
        for character in markdown {
            if escaped {
                output.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character != "*" {
                output.append(character)
            }
        }
        if escaped { output.append("\\") }
        return output
    }

    static func locations(_ ranges: [TextRange], uri: String, text: SourceText, encoding: PositionEncoding) -> JSONValue {
        let converter = PositionConverter(text: text, encoding: encoding)
        return .array(ranges.map { LSPLocation(uri: uri, range: converter.range($0)).json })
    }

    static func highlights(_ highlights: [Highlight], text: SourceText, encoding: PositionEncoding) -> JSONValue {
        let converter = PositionConverter(text: text, encoding: encoding)
        return .array(highlights.map { highlight in
            [
                "range": converter.range(highlight.range).json,
                "kind": .int(highlight.kind.rawValue),
            ]
        })
    }

    static func symbols(_ symbols: [OutlineSymbol], text: SourceText, encoding: PositionEncoding) -> JSONValue {
        NavigationEncoder.symbols(symbols, converter: PositionConverter(text: text, encoding: encoding))
    }

    private static func symbols(_ symbols: [OutlineSymbol], converter: PositionConverter) -> JSONValue {
        .array(symbols.map { symbol($0, converter: converter) })
    }

    /// One `DocumentSymbol`. Clients reject an empty name or a selection range outside the
    /// range, so both are repaired here rather than trusted.
    private static func symbol(_ symbol: OutlineSymbol, converter: PositionConverter) -> JSONValue {
        let name = symbol.name.isEmpty ? "(untitled)" : symbol.name
        let selection = symbol.range.contains(symbol.selectionRange) ? symbol.selectionRange : symbol.range
        var members: [JSONMember] = [JSONMember("name", .string(name))]
        if let detail = symbol.detail, !detail.isEmpty { members.append(JSONMember("detail", .string(detail))) }
        members.append(JSONMember("kind", .int(symbolKind(symbol.kind))))
        members.append(JSONMember("range", converter.range(symbol.range).json))
        members.append(JSONMember("selectionRange", converter.range(selection).json))
        members.append(JSONMember("children", symbols(symbol.children, converter: converter)))
        return .object(members)
    }

    /// The outline as flat `SymbolInformation[]`, parents before their children, each naming
    /// its parent as `containerName`: for clients without hierarchical symbol support.
    static func symbolInformation(_ symbols: [OutlineSymbol], uri: String, text: SourceText,
                                  encoding: PositionEncoding) -> JSONValue {
        let converter = PositionConverter(text: text, encoding: encoding)
        var flat: [JSONValue] = []
        var pending: [(symbol: OutlineSymbol, container: String?)] = symbols.reversed().map { ($0, nil) }
        while let (symbol, container) = pending.popLast() {
            let name = symbol.name.isEmpty ? "(untitled)" : symbol.name
            var members: [JSONMember] = [
                JSONMember("name", .string(name)),
                JSONMember("kind", .int(symbolKind(symbol.kind))),
                JSONMember("location", LSPLocation(uri: uri, range: converter.range(symbol.range)).json),
            ]
            if let container { members.append(JSONMember("containerName", .string(container))) }
            flat.append(.object(members))
            pending.append(contentsOf: symbol.children.reversed().map { ($0, name) })
        }
        return .array(flat)
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
