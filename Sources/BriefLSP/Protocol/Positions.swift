import BriefAnalysis

/// An LSP `Position`: 0-based line and character, the character counted in the
/// negotiated position encoding.
struct LSPPosition: Sendable, Equatable {
    var line: Int
    var character: Int

    init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    init(json: JSONValue) throws(RPCError) {
        line = try json.int("line")
        character = try json.int("character")
        guard line >= 0, character >= 0 else { throw .invalidParams("positions are non-negative") }
    }

    var json: JSONValue { ["line": .int(line), "character": .int(character)] }

    var lineColumn: LineColumn { LineColumn(line: line, column: character) }
}

/// An LSP `Range` of two positions, end exclusive.
struct LSPRange: Sendable, Equatable {
    var start: LSPPosition
    var end: LSPPosition

    init(start: LSPPosition, end: LSPPosition) {
        self.start = start
        self.end = end
    }

    init(json: JSONValue) throws(RPCError) {
        start = try LSPPosition(json: json.object("start"))
        end = try LSPPosition(json: json.object("end"))
    }

    var json: JSONValue { ["start": start.json, "end": end.json] }
}

/// A `{ uri, range }` location.
struct LSPLocation: Sendable, Equatable {
    var uri: String
    var range: LSPRange

    var json: JSONValue { ["uri": .string(uri), "range": range.json] }
}

/// The `textDocument` and `position` of a hover, definition, highlight or references request.
struct TextDocumentPositionParams: Sendable {
    var uri: String
    var position: LSPPosition

    init(json: JSONValue) throws(RPCError) {
        uri = try json.object("textDocument").string("uri")
        position = try LSPPosition(json: json.object("position"))
    }
}

/// The `textDocument` of a document-wide request (symbols, pull diagnostics).
struct TextDocumentParams: Sendable {
    var uri: String

    init(json: JSONValue) throws(RPCError) {
        uri = try json.object("textDocument").string("uri")
    }
}
