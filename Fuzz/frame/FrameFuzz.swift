// Fuzz target (a): bytes as they would arrive on the server's stdin, split into frames by
// FrameReader in chunks of varying size, each frame parsed, decoded and dispatched by the
// real Server (analyses run inline). Besides not crashing: every message the server sends
// must survive its own writer and parser unchanged, and every request, bad frame and
// undecodable message must be answered exactly once.
import BriefAnalysis

/// Input layout: flags byte (bit 0: start with a canned `initialize`/`initialized`;
/// bits 1-2: the position encodings offered; bit 3: pull diagnostics; bits 4-7: how the
/// stream is chunked), then the raw stream.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrames(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FrameFuzzSetup.once()
    var input = FuzzInput(data, size)
    let flags = input.byte()
    var stream: [UInt8] = []
    if flags & 1 != 0 { stream += FrameFuzzSetup.handshake(encodings: Int(flags >> 1) & 3, pull: flags & 8 != 0) }
    stream += input.rest()

    let sink = CapturingSink()
    let server = Server(sink: sink, executor: .inline)
    var reader = FrameReader()
    var expectedAnswers = 0
    let chunkSize = [1, 2, 3, 7, 16, 64, 100, 512, 1000, 4096, 1 << 30][Int(flags >> 4) % 11]

    var offset = 0
    feeding: while offset < stream.count {
        let end = min(stream.count, offset + chunkSize)
        stream[offset..<end].withUnsafeBytes { reader.append($0) }
        offset = end
        while let event = reader.next() {
            switch event {
            case .frame(let body):
                expectedAnswers += FrameFuzzSetup.answersExpected(for: body)
                server.receive(frame: body)
            case .error(let error):
                expectedAnswers += 1
                server.receive(frameError: error)
            }
            if server.exitCode != nil { break feeding }
        }
        server.flush()
        FrameFuzzSetup.check(sink.take(), expectedAnswers: &expectedAnswers)
    }
    _ = reader.finish()
    server.flush()
    FrameFuzzSetup.check(sink.take(), expectedAnswers: &expectedAnswers)
    require(expectedAnswers == 0, "\(expectedAnswers) messages were never answered")
    return 0
}

enum FrameFuzzSetup {
    private static let configured: Bool = {
        // Debug logging runs every log message's formatting; /dev/null keeps the output clean.
        _ = Log.shared.configure(level: .debug, path: "/dev/null")
        return true
    }()

    static func once() { _ = configured }

    static func handshake(encodings: Int, pull: Bool) -> [UInt8] {
        let offered: [JSONValue] = [[], ["utf-8"], ["utf-32", "utf-16"], ["utf-8", "utf-16"]][encodings]
        var capabilities: [JSONMember] = [JSONMember("general", ["positionEncodings": .array(offered)])]
        if pull { capabilities.append(JSONMember("textDocument", ["diagnostic": ["dynamicRegistration": false]])) }
        let initialize: JSONValue = ["jsonrpc": "2.0", "id": 0, "method": "initialize",
                                     "params": ["processId": nil, "capabilities": .object(capabilities)]]
        let initialized: JSONValue = ["jsonrpc": "2.0", "method": "initialized", "params": [:]]
        return FrameWriter.frame(JSONWriter.serialize(initialize)) + FrameWriter.frame(JSONWriter.serialize(initialized))
    }

    /// How many answers the server owes for one frame: one for a request or for anything it
    /// cannot read as a message, none for a notification or a client's response.
    static func answersExpected(for body: [UInt8]) -> Int {
        guard let json = try? JSONParser.parse(body) else { return 1 }
        switch Message.decode(json) {
        case .failure: return 1
        case .success(.request): return 1
        case .success(.notification), .success(.response): return 0
        }
    }

    static func check(_ messages: [JSONValue], expectedAnswers: inout Int) {
        for message in messages {
            let bytes = JSONWriter.serialize(message)
            let reparsed = try? JSONParser.parse(bytes)
            require(reparsed == message, "sent message does not survive writing and parsing: \(String(decoding: bytes.prefix(300), as: UTF8.self))")
            require(message["jsonrpc"] == "2.0", "message without jsonrpc 2.0")
            if message["method"] == nil {
                require((message["result"] == nil) != (message["error"] == nil), "response needs exactly one of result and error")
                expectedAnswers -= 1
                require(expectedAnswers >= 0, "more answers than requests: \(String(decoding: bytes.prefix(300), as: UTF8.self))")
            } else {
                require(message["id"] == nil, "server sent a request")
            }
        }
    }
}
