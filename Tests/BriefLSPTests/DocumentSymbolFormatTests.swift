@testable import BriefLSP
import Testing

/// Outlines follow `capabilities.textDocument.documentSymbol.hierarchicalDocumentSymbolSupport`.
// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct DocumentSymbolFormatTests {
    static let uri = "file:///outline.txt"
    static let text = "Title\n\nA claim.[1]\n\nSmith, Jane. 2019. “Sanctions Reconsidered.” Policy Review, 3 May.\n\n[1] Jane Smith, “Sanctions Reconsidered,” Policy Review, 3 May 2019.\n"

    static func outline(documentSymbol: JSONValue?) throws -> [JSONValue] {
        let client = try LSPClient()
        let capabilities: JSONValue = documentSymbol.map { ["textDocument": ["documentSymbol": $0]] } ?? [:]
        try client.initialize(capabilities: capabilities)
        client.open(uri, text: text)
        return try client.result("textDocument/documentSymbol", ["textDocument": ["uri": .string(uri)]]).arrayValue ?? []
    }

    @Test func clientsWithoutHierarchicalSupportGetFlatSymbolInformation() throws {
        let symbols = try DocumentSymbolFormatTests.outline(documentSymbol: ["hierarchicalDocumentSymbolSupport": false])
        #expect(symbols.first?["name"] == "Title")
        #expect(symbols.first?["location"]?["uri"] == .string(DocumentSymbolFormatTests.uri))
        #expect(symbols.allSatisfy { $0["children"] == nil && $0["selectionRange"] == nil })
        let note = symbols.first { $0["name"] == "[1]" }
        #expect(note?["containerName"] == "Notes")
        #expect(note?["location"]?.startLine == 6)
    }

    @Test func hierarchicalClientsGetTheTree() throws {
        let symbols = try DocumentSymbolFormatTests.outline(documentSymbol: ["hierarchicalDocumentSymbolSupport": true])
        #expect(symbols.first?["name"] == "Title")
        #expect(symbols.first?["selectionRange"] != nil)
        let notes = symbols.first { $0["name"] == "Notes" }
        #expect(notes?["children"]?.arrayValue?.first?["name"] == "[1]")
    }

    @Test func clientsThatSayNothingGetTheTree() throws {
        let symbols = try DocumentSymbolFormatTests.outline(documentSymbol: nil)
        #expect(symbols.contains { $0["name"] == "Notes" && $0["children"] != nil })
    }
}
