@testable import BriefLSP
import Foundation
import Testing

/// Hostile framing against the real binary: every bad header is answered with the exact
/// error, and the next well-formed request is still served.
// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct AbuseFramingTests {
    @Test(arguments: [
        // (header block, expected error code)
        ("Content-Type: application/vscode-jsonrpc\r\n\r\n{}", -32700),  // no Content-Length
        ("Content-Length: -4\r\n\r\n{}", -32700),
        ("Content-Length: 4x\r\n\r\n{}", -32700),
        ("Content-Length: \r\n\r\n{}", -32700),
        ("Content-Length: 0x10\r\n\r\n{}", -32700),
        ("Content-Length: 67108865\r\n\r\n{}", -32600),  // one byte over the 64 MiB cap
        ("Content-Length: 99999999999999999999999999999\r\n\r\n{}", -32600),  // beyond Int
        ("Content Length: 2\r\n\r\n{}", -32700),  // not a header name
    ])
    func badHeaderIsAnsweredAndTheNextRequestServed(header: String, code: Int) throws {
        let client = try AbuseSession.ready()
        client.sendRaw(Array(header.utf8))
        let answer = try client.waitFor("the error for \(header.debugDescription)") { $0["error"] != nil }
        #expect(answer["error"]?["code"] == .int(code))
        #expect(answer["id"] == .null)
        try AbuseSession.expectStillServing(client)
        #expect(client.pending().allSatisfy { $0["error"] == nil }, "one bad frame, one error")
    }

    @Test func hugeContentLengthAllocatesNothingBig() throws {
        let client = try AbuseSession.ready()
        // The cap plus one is refused without reading the body; the cap itself, its body
        // never sent, must be waited for without reserving 64 MiB up front.
        client.sendRaw(Array("Content-Length: 67108865\r\n\r\n".utf8))
        let refused = try client.waitFor("the error for an oversized frame") { $0["error"] != nil }
        #expect(refused["error"]?["code"] == -32600)
        try AbuseSession.expectStillServing(client)
        client.sendRaw(Array("Content-Length: 67108864\r\n\r\n{\"jsonrpc\":\"2.0\"".utf8))
        #expect(try AbuseSession.peakResidentKiB(client.process.processIdentifier) < 48 * 1024)
        client.closeInput()
        #expect(try client.waitForExit() == 1)
    }

    @Test func aHeaderThatNeverEndsIsRefused() throws {
        let client = try AbuseSession.ready()
        client.sendRaw(Array("X-Filler: ".utf8) + Array(repeating: UInt8(ascii: "a"), count: 1 << 20) + Array("\r\n\r\n".utf8))
        let answer = try client.waitFor("the error for an endless header") { $0["error"] != nil }
        #expect(answer["error"]?["code"] == -32700)
        try AbuseSession.expectStillServing(client)
    }

    @Test func aBodyCutOffByEndOfInputExitsCleanlyAfterAnsweringWhatCameBefore() throws {
        let client = try AbuseSession.ready()
        client.open("file:///cut.txt", text: "Title\n\nBody[1]\n\n[1] A note.\n")
        let id = 4242
        let hover: JSONValue = ["jsonrpc": "2.0", "id": .int(id), "method": "textDocument/hover",
                                "params": ["textDocument": ["uri": "file:///cut.txt"], "position": ["line": 2, "character": 5]]]
        client.sendRaw(FrameWriter.frame(JSONWriter.serialize(hover)) + Array("Content-Length: 500\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":".utf8))
        client.closeInput()
        let answer = try client.response(id)
        #expect(answer["result"]?["range"] == ["start": ["line": 2, "character": 4], "end": ["line": 2, "character": 7]])
        #expect(try client.waitForExit() == 1)
    }

    @Test func endOfInputInsideAHeaderExitsCleanly() throws {
        let client = try AbuseSession.ready()
        client.sendRaw(Array("Content-Len".utf8))
        client.closeInput()
        #expect(try client.waitForExit() == 1)
    }
}

/// Shared steps of the abuse suites.
enum AbuseSession {
    static func ready() throws -> LSPClient {
        let client = try LSPClient()
        try client.initialize()
        return client
    }

    /// A request every healthy server answers at once: symbols of a document never opened.
    static func expectStillServing(_ client: LSPClient) throws {
        let symbols = try client.request("textDocument/documentSymbol", ["textDocument": ["uri": "file:///never-opened.txt"]])
        #expect(symbols["result"] == [])
    }

    /// `VmHWM` of a process: the most memory it has had resident, in KiB.
    static func peakResidentKiB(_ pid: Int32) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? Int.max
        }
        return Int.max
    }
}
