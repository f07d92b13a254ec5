@testable import BriefLSP
import Foundation
import Testing

/// Hostile messages against the real binary: each answered with the exact JSON-RPC error,
/// the server still serving afterwards.
// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct AbuseMessageTests {
    @Test(arguments: [
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"",  // cut short
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}}",  // trailing bytes
        "{'jsonrpc':'2.0'}",
        "",
        "\u{0}\u{0}\u{0}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shut\\qdown\"}",  // bad escape
        "{\"jsonrpc\":\"2.0\",\"id\":01,\"method\":\"shutdown\"}",  // leading zero
        "[1,2,]",
    ])
    func invalidJSONIsAParseErrorWithANullID(_ body: String) throws {
        let client = try AbuseSession.ready()
        client.sendRaw(FrameWriter.frame(Array(body.utf8)))
        let answer = try client.waitFor("the parse error") { $0["error"] != nil }
        #expect(answer["error"]?["code"] == -32700)
        #expect(answer["id"] == .null)
        try AbuseSession.expectStillServing(client)
    }

    @Test func invalidUTF8InsideJSONIsReadNotRefused() throws {
        let client = try AbuseSession.ready()
        let body = Array("{\"jsonrpc\":\"2.0\",\"id\":77,\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":{\"uri\":\"file:///x".utf8)
            + [0xFF, 0xC3] + Array(".txt\"}}}".utf8)
        client.sendRaw(FrameWriter.frame(body))
        #expect(try client.response(77)["result"] == [])
    }

    @Test func aBatchIsRefusedAsAWholeAndNoneOfItsRequestsRun() throws {
        let client = try AbuseSession.ready()
        let batch = "[{\"jsonrpc\":\"2.0\",\"id\":31,\"method\":\"shutdown\"},{\"jsonrpc\":\"2.0\",\"id\":32,\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":{\"uri\":\"file:///a.txt\"}}}]"
        client.sendRaw(FrameWriter.frame(Array(batch.utf8)))
        let answer = try client.waitFor("the batch refusal") { $0["error"] != nil }
        #expect(answer["error"]?["code"] == -32600)
        #expect(answer["id"] == .null)
        // Still running: the shutdown inside the batch did not happen.
        try AbuseSession.expectStillServing(client)
        #expect(client.pending().allSatisfy { $0["id"] != 31 && $0["id"] != 32 })
    }

    @Test(arguments: ["true", "-3.5", "\"initialize\"", "[[]]"])
    func aMessageThatIsNotAnObjectIsAnInvalidRequest(_ body: String) throws {
        let client = try AbuseSession.ready()
        client.sendRaw(FrameWriter.frame(Array(body.utf8)))
        let answer = try client.waitFor("the refusal of \(body)") { $0["error"] != nil }
        #expect(answer["error"]?["code"] == -32600)
        #expect(answer["id"] == .null)
        try AbuseSession.expectStillServing(client)
    }

    private static let position: JSONValue = ["line": 0, "character": 0]
    private static let document: JSONValue = ["uri": "file:///a.txt"]
    static let wrongParameters: [(String, JSONValue)] = [
        ("textDocument/hover", ["textDocument": document, "position": ["line": 0, "character": "3"]]),
        ("textDocument/hover", ["textDocument": document, "position": ["line": .double(1.5), "character": 0]]),
        ("textDocument/hover", ["textDocument": document, "position": ["line": .double(1e300), "character": 0]]),
        ("textDocument/hover", ["textDocument": document, "position": [0, 0]]),
        ("textDocument/definition", ["textDocument": "file:///a.txt", "position": position]),
        ("textDocument/references", ["textDocument": ["uri": ["file:///a.txt"]], "position": position]),
        ("textDocument/documentHighlight", ["textDocument": document, "position": nil]),
        ("textDocument/documentSymbol", [["textDocument": document]]),
        ("textDocument/documentSymbol", ["textDocument": ["uri": nil]]),
        ("textDocument/documentSymbol", 17),
    ]

    @Test(arguments: wrongParameters)
    func wrongParameterTypesAreInvalidParams(method: String, params: JSONValue) throws {
        let client = try AbuseSession.ready()
        let answer = try client.request(method, params)
        #expect(answer["error"]?["code"] == -32602)
        try AbuseSession.expectStillServing(client)
    }

    @Test func aNotificationWithWrongParametersIsLoggedToTheClient() throws {
        let client = try AbuseSession.ready()
        client.notify("textDocument/didOpen", ["textDocument": ["uri": "file:///a.txt", "languageId": "plaintext", "version": 1, "text": 5]])
        let log = try client.waitFor("the log message") { $0["method"] == "window/logMessage" }
        #expect(log["params"]?["type"] == 1)
        #expect(log["params"]?["message"]?.stringValue?.contains("textDocument/didOpen") == true)
        try AbuseSession.expectStillServing(client)
    }

    @Test(arguments: ["textDocument/formatting", "workspace/executeCommand", "", "$/unknownRequest", "initialize/"])
    func unknownMethodIsMethodNotFound(_ method: String) throws {
        let client = try AbuseSession.ready()
        let answer = try client.request(method, [:])
        #expect(answer["error"]?["code"] == -32601)
        try AbuseSession.expectStillServing(client)
    }

    @Test func jsonNested100000DeepIsRefusedWithoutOverflowingTheStack() throws {
        let client = try AbuseSession.ready()
        let depth = 100_000
        let body = "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"textDocument/hover\",\"params\":"
            + String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth) + "}"
        client.sendRaw(FrameWriter.frame(Array(body.utf8)))
        let answer = try client.waitFor("the error for deep nesting") { $0["error"] != nil }
        #expect(answer["error"]?["code"] == -32700)
        try AbuseSession.expectStillServing(client)
    }

    @Test func aThousandPipelinedRequestsAreAllAnsweredOnce() throws {
        let client = try AbuseSession.ready()
        let text = "Title\n\nBody[1] and more[1].\n\n[1] A note.\n"
        client.open("file:///pipe.txt", text: text)
        var stream: [UInt8] = []
        for id in 1000..<2000 {
            let params: JSONValue = id % 2 == 0
                ? ["textDocument": ["uri": "file:///pipe.txt"], "position": ["line": 2, "character": 5]]
                : ["textDocument": ["uri": "file:///pipe.txt"]]
            let method: JSONValue = id % 2 == 0 ? "textDocument/hover" : "textDocument/documentSymbol"
            stream += FrameWriter.frame(JSONWriter.serialize(["jsonrpc": "2.0", "id": .int(id), "method": method, "params": params]))
        }
        client.sendRaw(stream)
        for id in 1000..<2000 {
            let answer = try client.response(id)
            if id % 2 == 0 {
                #expect(answer["result"]?["range"] == ["start": ["line": 2, "character": 4], "end": ["line": 2, "character": 7]])
            } else {
                #expect(answer["result"]?.arrayValue?.isEmpty == false)
            }
        }
        try AbuseSession.expectStillServing(client)
        #expect(client.pending().allSatisfy { $0["id"] == nil }, "no request answered twice")
    }

    @Test func requestsAfterShutdownAreRefusedUntilExit() throws {
        let client = try AbuseSession.ready()
        client.open("file:///late.txt", text: "Title\n\nBody[1].\n\n[1] A note.\n")
        #expect(try client.request("shutdown", nil)["result"] == .null)
        for (method, params) in [
            ("textDocument/hover", ["textDocument": ["uri": "file:///late.txt"], "position": ["line": 2, "character": 5]] as JSONValue),
            ("shutdown", nil),
            ("initialize", ["capabilities": [:]]),
            ("textDocument/formatting", [:]),
        ] {
            let answer = try client.request(method, params)
            #expect(answer["error"]?["code"] == -32600, "\(method) after shutdown")
        }
        client.notify("textDocument/didChange", ["textDocument": ["uri": "file:///late.txt", "version": 2],
                                                 "contentChanges": [["text": "new"]]])
        client.notify("exit", nil)
        #expect(try client.waitForExit() == 0)
    }
}
