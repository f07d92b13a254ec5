@testable import BriefLSP
import Testing

/// The server driven in-process, as the fuzzers drive it: bytes of a frame in, messages out
/// through a capturing sink, analysis run inline.
// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct ServerDispatchTests {
    private func frame(_ message: JSONValue) -> [UInt8] {
        JSONWriter.serialize(message)
    }

    @Test func aWholeSessionRunsOnBytesAlone() throws {
        let sink = CapturingSink()
        let server = Server(sink: sink, executor: .inline)
        server.receive(frame: frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]]))
        #expect(sink.take().first?["result"]?["serverInfo"]?["name"] == "brief-lsp")
        server.receive(frame: frame(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": [
            "uri": "file:///a.txt", "languageId": "brief", "version": 3, "text": "Title\n\nClaim.[1] More.[2]\n\n[1] A note.\n",
        ]]]))
        let published = sink.take()
        #expect(published.first?["params"]?["version"] == 3)
        #expect(published.first?["params"]?["diagnostics"]?.arrayValue?.map { $0["code"] } == ["BRF001"])

        server.receive(frame: frame(["jsonrpc": "2.0", "id": 2, "method": "textDocument/definition", "params": [
            "textDocument": ["uri": "file:///a.txt"], "position": ["line": 2, "character": 7],
        ]]))
        #expect(sink.take().isEmpty, "queries wait for flush()")
        server.flush()
        #expect(sink.take().first?["result"]?.arrayValue?.first?["range"]?["start"] == ["line": 4, "character": 0])

        server.receive(frame: Array("{not json".utf8))
        #expect(sink.take().first?["error"]?["code"] == -32700)
        server.receive(frame: frame(["jsonrpc": "2.0", "id": 3, "method": "shutdown"]))
        #expect(sink.take().first?["result"] == .null)
        #expect(server.exitCode == nil)
        server.receive(frame: frame(["jsonrpc": "2.0", "method": "exit"]))
        #expect(server.exitCode == 0)
    }

    @Test func frameErrorsAreAnsweredWithANullID() {
        let sink = CapturingSink()
        let server = Server(sink: sink, executor: .inline)
        server.receive(frameError: .tooLarge(1 << 30))
        server.receive(frameError: .missingContentLength)
        let answers = sink.take()
        #expect(answers.map { $0["error"]?["code"] } == [-32600, -32700])
        #expect(answers.allSatisfy { $0["id"] == .null })
    }
}
