@testable import BriefLSP
import Foundation
import Testing

/// Hostile document traffic against the real binary: positions that do not exist, edits
/// to documents never opened or out of order, odd bytes in text, enormous lines.
// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct AbuseDocumentTests {
    private static let text = "Title\n\nBody[1]\n\n[1] A note.\n"
    private static let uri = "file:///abuse.txt"

    private func hover(_ client: LSPClient, line: Int, character: Int, uri: String = uri) throws -> JSONValue {
        try client.request("textDocument/hover", ["textDocument": ["uri": .string(uri)],
                                                  "position": ["line": .int(line), "character": .int(character)]])
    }

    /// The note-rule codes (BRF001–BRF004) among published diagnostics, sorted.
    private func noteCodes(_ diagnostics: [JSONValue]) -> [String] {
        diagnostics.compactMap { $0["code"]?.stringValue }.filter { $0.hasPrefix("BRF00") }.sorted()
    }

    @Test func positionsPastTheEndAreClampedNotRefused() throws {
        let client = try AbuseSession.ready()
        client.open(Self.uri, text: Self.text)
        // Past the end of the marker's line: clamped to the line's end, just after `[1]`.
        for character in [7, 8, 1_000_000, 9_007_199_254_740_991] {
            let answer = try hover(client, line: 2, character: character)
            #expect(answer["result"]?["range"] == ["start": ["line": 2, "character": 4], "end": ["line": 2, "character": 7]],
                    "character \(character)")
        }
        // Lines that do not exist: clamped to the end of the text, where nothing stands.
        for line in [5, 6, 1_000_000, 9_007_199_254_740_991] {
            #expect(try hover(client, line: line, character: 0)["result"] == .null, "line \(line)")
            let definition = try client.request("textDocument/definition", ["textDocument": ["uri": .string(Self.uri)],
                                                                           "position": ["line": .int(line), "character": 3]])
            #expect(definition["result"] == [])
        }
        // Negative positions are not positions at all.
        #expect(try hover(client, line: -1, character: 0)["error"]?["code"] == -32602)
        #expect(try hover(client, line: 0, character: -5)["error"]?["code"] == -32602)
        try AbuseSession.expectStillServing(client)
    }

    @Test func editsWithRangesPastTheEndAreClamped() throws {
        let client = try AbuseSession.ready()
        client.open(Self.uri, text: Self.text)
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(Self.uri), "version": 2], "contentChanges": [
            // Replaces from past the end of line 2 to a line that does not exist: the line
            // break after `Body[1]` and everything after it.
            ["range": ["start": ["line": 2, "character": 500], "end": ["line": 40, "character": 3]], "text": "\n\n[1] New note.\n"],
        ]])
        let symbols = try client.result("textDocument/documentSymbol", ["textDocument": ["uri": .string(Self.uri)]])
        let notes = symbols.arrayValue?.first { $0["name"] == "Notes" }
        #expect(notes?["children"]?.arrayValue?.map { $0["detail"] } == ["New note."])
        #expect(noteCodes(try client.diagnostics(Self.uri, version: 2)) == [])
    }

    @Test func didChangeForADocumentNeverOpenedIsIgnored() throws {
        let client = try AbuseSession.ready()
        client.notify("textDocument/didChange", ["textDocument": ["uri": "file:///ghost.txt", "version": 3], "contentChanges": [
            ["range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "text": "Body[9].\n"],
        ]])
        // The analysis thread is serial: once the diagnostics of a later document arrive,
        // anything the ghost edit had caused would have arrived before them.
        client.open(Self.uri, text: Self.text, version: 1)
        _ = try client.diagnostics(Self.uri, version: 1)
        #expect(client.pending().allSatisfy { $0["params"]?["uri"] != "file:///ghost.txt" })
        #expect(try client.result("textDocument/documentSymbol", ["textDocument": ["uri": "file:///ghost.txt"]]) == [])
        #expect(try hover(client, line: 0, character: 0, uri: "file:///ghost.txt")["result"] == .null)
    }

    @Test func versionsOutOfOrderAreAppliedInArrivalOrder() throws {
        let client = try AbuseSession.ready()
        client.open(Self.uri, text: Self.text, version: 5)
        _ = try client.diagnostics(Self.uri, version: 5)
        let insertMarker: JSONValue = ["range": ["start": ["line": 2, "character": 7], "end": ["line": 2, "character": 7]], "text": " More[2]"]
        let addNote: JSONValue = ["range": ["start": ["line": 5, "character": 0], "end": ["line": 5, "character": 0]], "text": "[2] Second note.\n"]
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(Self.uri), "version": 3], "contentChanges": [insertMarker]])
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(Self.uri), "version": 4], "contentChanges": [addNote]])
        let diagnostics = try client.diagnostics(Self.uri, version: 4)
        #expect(noteCodes(diagnostics) == [], "both edits applied: every marker has its note")
        let answer = try hover(client, line: 2, character: 13)
        #expect(answer["result"]?["range"] == ["start": ["line": 2, "character": 12], "end": ["line": 2, "character": 15]])
        #expect(answer["result"]?["contents"]?["value"]?.stringValue?.contains("Second note.") == true)
    }

    @Test func nulBytesAndInvalidUTF8InTextAreAnalysed() throws {
        let client = try AbuseSession.ready()
        // A NUL (escaped) in the title, raw invalid bytes before the marker: they arrive as
        // U+FFFD, one UTF-16 unit, so the marker starts at character 5.
        let body = Array("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///odd.txt\",\"languageId\":\"plaintext\",\"version\":1,\"text\":\"Ti\\u0000tle\\n\\nBo".utf8)
            + [0xFF] + Array("dy[1]\\n\\n[1] A note.\\n\"}}}".utf8)
        client.sendRaw(FrameWriter.frame(body))
        #expect(noteCodes(try client.diagnostics("file:///odd.txt", version: 1)) == [])
        let answer = try hover(client, line: 2, character: 6, uri: "file:///odd.txt")
        #expect(answer["result"]?["range"] == ["start": ["line": 2, "character": 5], "end": ["line": 2, "character": 8]])
        let symbols = try client.result("textDocument/documentSymbol", ["textDocument": ["uri": "file:///odd.txt"]])
        #expect(symbols.arrayValue?.first?["name"] == "Ti\u{0}tle")
    }

    @Test func aSingleTenMegabyteLineIsServed() throws {
        let client = try AbuseSession.ready()
        let filler = String(repeating: "word ", count: 2_000_000)
        let text = "Title\n\n" + filler + "end[1].\n\n[1] A note.\n"
        client.open("file:///long.txt", text: text)
        #expect(noteCodes(try client.diagnostics("file:///long.txt", version: 1)) == [])
        let character = filler.utf16.count + 4
        let answer = try hover(client, line: 2, character: character, uri: "file:///long.txt")
        #expect(answer["result"]?["range"] == ["start": ["line": 2, "character": .int(character - 1)],
                                               "end": ["line": 2, "character": .int(character + 2)]])
        // An edit at the far end of the long line.
        client.notify("textDocument/didChange", ["textDocument": ["uri": "file:///long.txt", "version": 2], "contentChanges": [
            ["range": ["start": ["line": 2, "character": .int(character - 1)], "end": ["line": 2, "character": .int(character + 2)]], "text": "[2]"],
        ]])
        let diagnostics = try client.diagnostics("file:///long.txt", version: 2)
        let undefined = diagnostics.filter { $0["code"] == "BRF001" }
        #expect(undefined.map { $0["range"] } == [["start": ["line": 2, "character": .int(character - 1)],
                                                   "end": ["line": 2, "character": .int(character + 2)]]])
        #expect(diagnostics.contains { $0["code"] == "BRF002" })
        try AbuseSession.expectStillServing(client)
    }
}
