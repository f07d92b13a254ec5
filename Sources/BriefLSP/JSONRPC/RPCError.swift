/// A JSON-RPC error answer: the code, a message for the log, and optional data.
///
/// Every failure the server answers is turned into one of these in one place, so codes stay
/// consistent: handlers throw, the dispatcher answers.
struct RPCError: Error, Sendable, Equatable {
    var code: Int
    var message: String

    init(_ code: Code, _ message: String) {
        self.code = code.rawValue
        self.message = message
    }

    /// The codes the server uses (JSON-RPC 2.0 and LSP).
    enum Code: Int, Sendable {
        case parseError = -32700
        case invalidRequest = -32600
        case methodNotFound = -32601
        case invalidParams = -32602
        case internalError = -32603
        case serverNotInitialized = -32002
        case requestCancelled = -32800
    }

    static func invalidParams(_ message: String) -> RPCError { RPCError(.invalidParams, message) }
    static func invalidRequest(_ message: String) -> RPCError { RPCError(.invalidRequest, message) }

    var json: JSONValue {
        ["code": .int(code), "message": .string(message)]
    }
}
