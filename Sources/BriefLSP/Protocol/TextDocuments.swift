/// `textDocument/didOpen` params.
struct DidOpenParams: Sendable {
    var uri: String
    var languageID: String?
    var version: Int
    var text: String

    init(json: JSONValue) throws(RPCError) {
        let document = try json.object("textDocument")
        uri = try document.string("uri")
        languageID = document["languageId"]?.stringValue
        version = document["version"]?.intValue ?? 0
        text = try document.string("text")
    }
}

/// One entry of `contentChanges`: a range edit, or the whole text when `range` is absent.
struct ContentChange: Sendable {
    var range: LSPRange?
    var text: String

    init(json: JSONValue) throws(RPCError) {
        if let range = json.optional("range") {
            self.range = try LSPRange(json: range)
        } else {
            self.range = nil
        }
        text = try json.string("text")
    }
}

/// `textDocument/didChange` params.
struct DidChangeParams: Sendable {
    var uri: String
    var version: Int?
    var changes: [ContentChange]

    init(json: JSONValue) throws(RPCError) {
        let document = try json.object("textDocument")
        uri = try document.string("uri")
        version = document["version"]?.intValue
        changes = []
        for change in try json.array("contentChanges") {
            changes.append(try ContentChange(json: change))
        }
    }
}

/// `textDocument/references` params: a position plus `context.includeDeclaration`.
struct ReferenceParams: Sendable {
    var position: TextDocumentPositionParams
    var includeDeclaration: Bool

    init(json: JSONValue) throws(RPCError) {
        position = try TextDocumentPositionParams(json: json)
        includeDeclaration = json["context"]?["includeDeclaration"]?.boolValue ?? false
    }
}
