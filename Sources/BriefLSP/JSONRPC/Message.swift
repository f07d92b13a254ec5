/// A JSON-RPC request id: a number or a string, echoed back unchanged.
enum RequestID: Hashable, Sendable, CustomStringConvertible {
    case int(Int)
    case string(String)

    init?(_ value: JSONValue) {
        switch value {
        case .int(let number): self = .int(number)
        case .string(let text): self = .string(text)
        case .double:
            guard let number = value.intValue else { return nil }
            self = .int(number)
        default: return nil
        }
    }

    var json: JSONValue {
        switch self {
        case .int(let number): return .int(number)
        case .string(let text): return .string(text)
        }
    }

    var description: String {
        switch self {
        case .int(let number): return String(number)
        case .string(let text): return "\"\(text)\""
        }
    }
}

/// One decoded JSON-RPC message from the client.
enum Message: Sendable, Equatable {
    case request(id: RequestID, method: String, params: JSONValue)
    case notification(method: String, params: JSONValue)
    /// A response to a request the server sent; the server sends none it waits for.
    case response(id: RequestID?)

    /// Decodes a parsed JSON value. On failure returns the error to answer and the id to
    /// answer it with (nil when the message had no usable id).
    static func decode(_ value: JSONValue) -> Result<Message, InvalidMessage> {
        guard case .object = value else {
            if case .array = value {
                return .failure(InvalidMessage(id: nil, error: .invalidRequest("batch messages are not supported by LSP")))
            }
            return .failure(InvalidMessage(id: nil, error: .invalidRequest("a message must be a JSON object")))
        }
        let rawID = value["id"]
        let id = rawID.flatMap(RequestID.init)
        if let rawID, id == nil, !rawID.isNull {
            return .failure(InvalidMessage(id: nil, error: .invalidRequest("id must be a number or a string")))
        }
        guard value["jsonrpc"]?.stringValue == "2.0" else {
            return .failure(InvalidMessage(id: id, error: .invalidRequest("jsonrpc must be \"2.0\"")))
        }
        guard let rawMethod = value["method"] else {
            if value["result"] != nil || value["error"] != nil { return .success(.response(id: id)) }
            return .failure(InvalidMessage(id: id, error: .invalidRequest("a message needs a method")))
        }
        guard let method = rawMethod.stringValue else {
            return .failure(InvalidMessage(id: id, error: .invalidRequest("method must be a string")))
        }
        // Params that are not an object are left to the handler, which answers -32602.
        let params = value["params"] ?? .null
        if rawID != nil {
            guard let id else {
                return .failure(InvalidMessage(id: nil, error: .invalidRequest("a request id may not be null")))
            }
            return .success(.request(id: id, method: method, params: params))
        }
        return .success(.notification(method: method, params: params))
    }
}

/// Builders for the messages the server sends.
enum Outgoing {
    /// A response carrying `result`.
    static func response(id: RequestID, result: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "id": id.json, "result": result]
    }

    /// An error response; `id` is null when the request's id could not be read.
    static func response(id: RequestID?, error: RPCError) -> JSONValue {
        ["jsonrpc": "2.0", "id": id?.json ?? .null, "error": error.json]
    }

    static func notification(method: String, params: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "method": .string(method), "params": params]
    }
}

/// A message that cannot be served, with what to answer.
struct InvalidMessage: Error, Sendable, Equatable {
    var id: RequestID?
    var error: RPCError
}
