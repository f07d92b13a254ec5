import BriefAnalysis

/// The server's name and version as `initialize` and `--version` report them.
enum ServerIdentity {
    static let name = "brief-lsp"
    static let version = "0.1.0"
}

/// What the server reads from `initialize` params. Everything is optional: a client that
/// sends `{}` gets UTF-16 positions and pushed diagnostics.
struct InitializeParams: Sendable {
    /// `capabilities.general.positionEncodings`, in the client's order of preference.
    var positionEncodings: [String] = []
    /// True when the client announces `capabilities.textDocument.diagnostic` (pull model).
    var supportsPullDiagnostics = false
    /// False when the client lists hover formats without `markdown`
    /// (`capabilities.textDocument.hover.contentFormat`): hovers are then sent as plain text.
    var supportsMarkdownHover = true
    /// True when the client renders `relatedInformation`.
    var supportsRelatedInformation = true
    /// False when the client describes its `documentSymbol` support without
    /// `hierarchicalDocumentSymbolSupport: true`: it reads only flat `SymbolInformation`.
    /// A client that says nothing about document symbols gets the richer tree, as the
    /// protocol prefers "whenever possible".
    var supportsHierarchicalSymbols = true
    var clientName: String?

    init(json: JSONValue) throws(RPCError) {
        guard json.isObject || json.isNull else { throw .invalidParams("initialize params must be an object") }
        let capabilities = json.optional("capabilities") ?? .null
        if let encodings = capabilities["general"]?["positionEncodings"]?.arrayValue {
            positionEncodings = encodings.compactMap(\.stringValue)
        }
        if let textDocument = capabilities["textDocument"] {
            if let diagnostic = textDocument["diagnostic"], diagnostic.isObject { supportsPullDiagnostics = true }
            if let formats = textDocument["hover"]?["contentFormat"]?.arrayValue, !formats.isEmpty {
                supportsMarkdownHover = formats.contains("markdown")
            }
            if let symbols = textDocument["documentSymbol"], symbols.isObject {
                supportsHierarchicalSymbols = symbols["hierarchicalDocumentSymbolSupport"]?.boolValue ?? false
            }
            if let related = textDocument["publishDiagnostics"]?["relatedInformation"]?.boolValue {
                supportsRelatedInformation = related
            }
        }
        clientName = json["clientInfo"]?["name"]?.stringValue
    }

    /// UTF-8 when the client offers it (no conversion needed), else UTF-16, the LSP default
    /// every client supports.
    var negotiatedEncoding: PositionEncoding {
        positionEncodings.contains("utf-8") ? .utf8 : .utf16
    }
}

/// The `initialize` result: capabilities and server info.
enum InitializeResult {
    static func json(encoding: PositionEncoding, pullDiagnostics: Bool) -> JSONValue {
        var capabilities: [JSONMember] = [
            JSONMember("positionEncoding", .string(encoding.rawValue)),
            JSONMember("textDocumentSync", [
                "openClose": true,
                "change": 2,
                "save": ["includeText": false],
            ]),
            JSONMember("hoverProvider", true),
            JSONMember("definitionProvider", true),
            JSONMember("referencesProvider", true),
            JSONMember("documentHighlightProvider", true),
            JSONMember("documentSymbolProvider", ["label": "Brief"]),
        ]
        if pullDiagnostics {
            capabilities.append(JSONMember("diagnosticProvider", [
                "identifier": "brief",
                "interFileDependencies": false,
                "workspaceDiagnostics": false,
            ]))
        }
        return [
            "capabilities": .object(capabilities),
            "serverInfo": ["name": .string(ServerIdentity.name), "version": .string(ServerIdentity.version)],
        ]
    }
}
