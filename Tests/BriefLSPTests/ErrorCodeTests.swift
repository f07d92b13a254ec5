@testable import BriefLSP
import Testing

/// Every error the server answers, each followed by a request that must still be served.
// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct ErrorCodeTests {
    private func expectStillServing(_ client: LSPClient) throws {
        let symbols = try client.request("textDocument/documentSymbol", ["textDocument": ["uri": "file:///none.txt"]])
        #expect(symbols["result"] == [])
    }

    private func ready() throws -> LSPClient {
        let client = try LSPClient()
        try client.initialize()
        return client
    }

    @Test func invalidJSONIsAParseError() throws {
        let client = try ready()
        client.sendRaw(Array("Content-Length: 13\r\n\r\n{\"jsonrpc\":2,".utf8))
        let answer = try client.waitFor("a parse error") { $0["error"] != nil }
        #expect(answer["error"]?["code"] == -32700)
        #expect(answer["id"] == .null)
        try expectStillServing(client)
    }

    @Test(arguments: ["[]", "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}]", "42", "\"text\"", "null",
                      "{\"jsonrpc\":\"2.0\",\"id\":7}", "{\"jsonrpc\":\"1.0\",\"id\":7,\"method\":\"shutdown\"}",
                      "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":5}", "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"shutdown\"}"])
    func malformedMessagesAreInvalidRequests(_ body: String) throws {
        let client = try ready()
        client.sendRaw(FrameWriter.frame(Array(body.utf8)))
        let answer = try client.waitFor("an invalid-request error") { $0["error"] != nil }
        #expect(answer["error"]?["code"] == -32600)
        try expectStillServing(client)
    }

    @Test func unknownMethodIsMethodNotFound() throws {
        let client = try ready()
        let answer = try client.request("textDocument/formatting", ["textDocument": ["uri": "file:///a.txt"]])
        #expect(answer["error"]?["code"] == -32601)
        try expectStillServing(client)
    }

    @Test func unknownNotificationsAreNeverAnswered() throws {
        let client = try ready()
        client.notify("$/progress", ["token": 1])
        client.notify("workspace/somethingNew", [:])
        client.notify("textDocument/didOpen", ["textDocument": "not an object"])
        try expectStillServing(client)
        #expect(client.pending().allSatisfy { $0["id"] == nil })
    }

    @Test(arguments: [
        ["textDocument": ["uri": "file:///a.txt"], "position": ["line": "0", "character": 0]] as JSONValue,
        ["textDocument": ["uri": 12], "position": ["line": 0, "character": 0]],
        ["textDocument": ["uri": "file:///a.txt"]],
        ["textDocument": ["uri": "file:///a.txt"], "position": ["line": -1, "character": 0]],
        "a string",
    ])
    func wrongParameterTypesAreInvalidParams(_ params: JSONValue) throws {
        let client = try ready()
        let answer = try client.request("textDocument/hover", params)
        #expect(answer["error"]?["code"] == -32602)
        try expectStillServing(client)
    }

    @Test func cancelledRequestsAnswerRequestCancelled() throws {
        let client = try ready()
        client.open("file:///c.txt", text: "Title\n\nBody.[1]\n\n[1] Note.\n")
        // Both messages in one write: the server reads them together and sees the
        // cancellation before the worker starts on the request.
        let hover: JSONValue = ["jsonrpc": "2.0", "id": 900, "method": "textDocument/hover", "params": [
            "textDocument": ["uri": "file:///c.txt"], "position": ["line": 2, "character": 6],
        ]]
        let cancel: JSONValue = ["jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": 900]]
        client.sendRaw(FrameWriter.frame(JSONWriter.serialize(hover)) + FrameWriter.frame(JSONWriter.serialize(cancel)))
        let answer = try client.response(900)
        #expect(answer["error"]?["code"] == -32800)
        try expectStillServing(client)
    }

    @Test func badFramesAreAnsweredAndTheNextFrameIsServed() throws {
        let client = try ready()
        for header in ["Content-Length: -4", "Content-Length: lots", "Content-Type: text/plain", "Content-Length: 99999999999"] {
            client.sendRaw(Array("\(header)\r\n\r\n{}".utf8))
            let answer = try client.waitFor("an error for '\(header)'") { $0["error"] != nil }
            let code = answer["error"]?["code"]
            #expect(code == -32700 || code == -32600, "header '\(header)' answered \(String(describing: code))")
            try expectStillServing(client)
        }
    }

    @Test func deepNestingIsRefusedWithoutCrashing() throws {
        let client = try ready()
        let body = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        client.sendRaw(FrameWriter.frame(Array(body.utf8)))
        let answer = try client.waitFor("an error for deep nesting") { $0["error"] != nil }
        #expect(answer["error"]?["code"] == -32700)
        try expectStillServing(client)
    }
}
