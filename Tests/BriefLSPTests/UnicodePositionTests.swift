@testable import BriefLSP
import Testing

/// Emoji (surrogate pairs in UTF-16, four bytes in UTF-8) and CJK (one UTF-16 unit, three
/// bytes) before markers, in both position encodings.
// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct UnicodePositionTests {
    static let text = """
        Brief 😀 about 中文 sources

        The claim 👍🏽 holds 中文字.[1] A second 🎉 claim.[2] Again 😀[1]

        [1] A note with 𝄞 music.
        """

    private func session(_ encoding: String) throws -> (LSPClient, TextPositions) {
        let client = try LSPClient()
        let offered: JSONValue = encoding == "utf-8" ? ["utf-8"] : ["utf-16"]
        let result = try client.initialize(capabilities: ["general": ["positionEncodings": offered]])
        #expect(result["capabilities"]?["positionEncoding"] == .string(encoding))
        client.open("file:///unicode.brief", text: UnicodePositionTests.text, languageID: "brief")
        return (client, TextPositions(text: UnicodePositionTests.text))
    }

    @Test(arguments: ["utf-16", "utf-8"])
    func diagnosticRangesAfterEmojiAndCJK(_ encoding: String) throws {
        let (client, positions) = try session(encoding)
        let diagnostics = try client.diagnostics("file:///unicode.brief", version: 1)
        let undefined = diagnostics.filter { $0["code"] == "BRF001" }
        #expect(undefined.map { $0["range"] } == [positions.range(of: "[2]", encoding: encoding)])
        #expect(undefined.first?["severity"] == 1)
    }

    @Test(arguments: ["utf-16", "utf-8"])
    func hoverDefinitionAndHighlightsAfterEmojiAndCJK(_ encoding: String) throws {
        let (client, positions) = try session(encoding)
        let uri: JSONValue = ["uri": "file:///unicode.brief"]
        for occurrence in [0, 1] {
            let params: JSONValue = ["textDocument": uri, "position": positions.position(of: "[1]", occurrence: occurrence, offset: 1, encoding: encoding)]
            let hover = try client.result("textDocument/hover", params)
            #expect(hover["range"] == positions.range(of: "[1]", occurrence: occurrence, encoding: encoding))
            #expect(hover["contents"]?["value"]?.stringValue?.contains("A note with 𝄞 music.") == true)
            let definition = try client.result("textDocument/definition", params)
            #expect(definition.arrayValue?.first?["range"]?["start"] == ["line": 4, "character": 0])
            let highlights = try client.result("textDocument/documentHighlight", params).arrayValue ?? []
            #expect(Set(highlights.filter { $0["kind"] == 2 }.compactMap { $0["range"] }.map(String.init(describing:)))
                == Set([0, 1].map { String(describing: positions.range(of: "[1]", occurrence: $0, encoding: encoding)) }))
        }
    }

    @Test(arguments: ["utf-16", "utf-8"])
    func aPositionInsideASurrogatePairDoesNotCrash(_ encoding: String) throws {
        let (client, positions) = try session(encoding)
        let emoji = positions.position(of: "😀", occurrence: 1, encoding: encoding)
        let inside: JSONValue = ["line": emoji["line"] ?? 0, "character": .int((emoji["character"]?.intValue ?? 0) + 1)]
        let answer = try client.request("textDocument/hover", ["textDocument": ["uri": "file:///unicode.brief"], "position": inside])
        #expect(answer["error"] == nil)
    }

    @Test(arguments: ["utf-16", "utf-8"])
    func editsAfterEmojiLandWhereTheClientMeant(_ encoding: String) throws {
        let (client, positions) = try session(encoding)
        _ = try client.diagnostics("file:///unicode.brief", version: 1)
        // Replace marker [2] (after 👍🏽, 中文字 and 🎉) with [1]: the undefined marker goes away.
        client.notify("textDocument/didChange", [
            "textDocument": ["uri": "file:///unicode.brief", "version": 2],
            "contentChanges": [["range": positions.range(of: "[2]", encoding: encoding), "text": "[1]"]],
        ])
        let diagnostics = try client.diagnostics("file:///unicode.brief", version: 2)
        #expect(diagnostics.filter { $0["code"] == "BRF001" }.isEmpty, "\(diagnostics)")
    }
}
