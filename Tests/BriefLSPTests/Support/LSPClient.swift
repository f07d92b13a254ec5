@testable import BriefLSP
import Foundation

/// A test client that runs the real `brief-lsp` binary and speaks LSP bytes to it.
///
/// A background thread splits the server's stdout into frames with an independent parser
/// (Foundation's `JSONSerialization` checks every message is valid JSON) and keeps them;
/// tests wait for the message they expect. Waits give up after a generous deadline so a
/// broken server fails the test instead of hanging it; nothing is timed.
final class LSPClient: @unchecked Sendable {
    enum ClientError: Error, CustomStringConvertible {
        case timeout(String)
        case invalidJSON(String)
        var description: String {
            switch self {
            case .timeout(let what): return "timed out waiting for \(what)"
            case .invalidJSON(let text): return "server sent invalid JSON: \(text.prefix(200))"
            }
        }
    }

    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let condition = NSCondition()
    private var received: [JSONValue] = []
    private var invalid: [String] = []
    private var ended = false
    private var nextID = 1
    static let deadline: TimeInterval = 60

    init(arguments: [String] = []) throws {
        process.executableURL = BinaryLocator.briefLSP
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let handle = output.fileHandleForReading
        let thread = Thread { [self] in readLoop(handle) }
        thread.start()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    // MARK: Sending

    func sendRaw(_ bytes: [UInt8]) {
        input.fileHandleForWriting.write(Data(bytes))
    }

    func send(_ message: JSONValue) {
        sendRaw(FrameWriter.frame(JSONWriter.serialize(message)))
    }

    func notify(_ method: String, _ params: JSONValue = [:]) {
        send(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }

    /// Sends a request and returns its id without waiting.
    @discardableResult
    func sendRequest(_ method: String, _ params: JSONValue = [:]) -> Int {
        let id = nextID
        nextID += 1
        send(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params])
        return id
    }

    /// Sends a request and waits for its response (result or error).
    func request(_ method: String, _ params: JSONValue = [:]) throws -> JSONValue {
        let id = sendRequest(method, params)
        return try response(id)
    }

    func response(_ id: Int) throws -> JSONValue {
        try waitFor("the response to request \(id)") { $0["id"] == .int(id) && $0["method"] == nil }
    }

    /// The result of a request, or a failure when the server answered an error.
    func result(_ method: String, _ params: JSONValue = [:]) throws -> JSONValue {
        let answer = try request(method, params)
        guard let result = answer["result"] else { throw ClientError.invalidJSON("no result in \(answer)") }
        return result
    }

    func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    // MARK: Session helpers

    /// `initialize` + `initialized`; returns the initialize result.
    @discardableResult
    func initialize(capabilities: JSONValue = [:]) throws -> JSONValue {
        let result = try result("initialize", ["processId": nil, "rootUri": nil, "capabilities": capabilities])
        notify("initialized")
        return result
    }

    func open(_ uri: String, text: String, languageID: String = "plaintext", version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": [
            "uri": .string(uri), "languageId": .string(languageID), "version": .int(version), "text": .string(text),
        ]])
    }

    /// Waits for the diagnostics of `uri` at `version` (any version when nil) and returns them.
    func diagnostics(_ uri: String, version: Int?) throws -> [JSONValue] {
        let message = try waitFor("diagnostics of \(uri) v\(version.map(String.init) ?? "any")") { message in
            guard message["method"] == "textDocument/publishDiagnostics",
                  message["params"]?["uri"] == .string(uri) else { return false }
            guard let version else { return true }
            return message["params"]?["version"] == .int(version)
        }
        return message["params"]?["diagnostics"]?.arrayValue ?? []
    }

    func shutdownAndExit() throws -> Int32 {
        _ = try request("shutdown", nil)
        notify("exit", nil)
        return try waitForExit()
    }

    func waitForExit() throws -> Int32 {
        let limit = Date().addingTimeInterval(LSPClient.deadline)
        while process.isRunning {
            if let status = Self.exitStatus(of: process.processIdentifier) { return status }
            if Date() > limit { throw ClientError.timeout("the server to exit") }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return process.terminationStatus
    }

    /// The exit status of `pid` once it has exited, asked of the kernel without reaping it
    /// (`WNOWAIT`, so Foundation still can): Foundation learns of a child's exit through a
    /// helper that a machine busy with a parallel test run can hold up.
    private static func exitStatus(of pid: Int32) -> Int32? {
        var info = siginfo_t()
        guard waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0,
              info._sifields._sigchld.si_pid == pid, info.si_code == CLD_EXITED else { return nil }
        return info._sifields._sigchld.si_status
    }

    // MARK: Receiving

    /// Waits for the first message matching `predicate`, removes it and returns it.
    func waitFor(_ what: String, _ predicate: (JSONValue) -> Bool) throws -> JSONValue {
        let limit = Date().addingTimeInterval(LSPClient.deadline)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let text = invalid.first { throw ClientError.invalidJSON(text) }
            if let index = received.firstIndex(where: predicate) {
                return received.remove(at: index)
            }
            if ended { throw ClientError.timeout("\(what) (the server closed its output)") }
            if !condition.wait(until: limit) { throw ClientError.timeout(what) }
        }
    }

    /// Every message received and not yet taken.
    func pending() -> [JSONValue] {
        condition.lock()
        defer { condition.unlock() }
        return received
    }

    private func readLoop(_ handle: FileHandle) {
        var buffer = Data()
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            while let (body, rest) = LSPClient.splitFrame(buffer) {
                buffer = rest
                deliver(body)
            }
        }
        condition.lock()
        ended = true
        condition.broadcast()
        condition.unlock()
    }

    private func deliver(_ body: Data) {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        guard (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) != nil,
              let value = try? JSONParser.parse(Array(body))
        else {
            invalid.append(String(decoding: body, as: UTF8.self))
            return
        }
        received.append(value)
    }

    /// Splits one `Content-Length` frame off the front of `data`, the header checked exactly.
    static func splitFrame(_ data: Data) -> (Data, Data)? {
        let bytes = [UInt8](data)
        let separator: [UInt8] = [13, 10, 13, 10]
        guard bytes.count >= 4 else { return nil }
        var headerEnd: Int?
        for index in 0...(bytes.count - 4) where Array(bytes[index..<index + 4]) == separator {
            headerEnd = index
            break
        }
        guard let headerEnd else { return nil }
        let header = String(decoding: bytes[0..<headerEnd], as: UTF8.self)
        guard header.hasPrefix("Content-Length: "), let length = Int(header.dropFirst("Content-Length: ".count)) else {
            return nil
        }
        let bodyStart = headerEnd + 4
        guard bytes.count >= bodyStart + length else { return nil }
        return (Data(bytes[bodyStart..<bodyStart + length]), Data(bytes[(bodyStart + length)...]))
    }
}
