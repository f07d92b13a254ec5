/// The JSON-RPC messages the benchmark sends, written as bytes directly so that building a
/// 5 MiB `didOpen` costs the client next to nothing.
enum LSPMessages {
    static func request(id: Int, method: String, params: String) -> [UInt8] {
        Array("{\"jsonrpc\":\"2.0\",\"id\":\(id),\"method\":\"\(method)\",\"params\":\(params)}".utf8)
    }

    static func notification(method: String, params: String) -> [UInt8] {
        Array("{\"jsonrpc\":\"2.0\",\"method\":\"\(method)\",\"params\":\(params)}".utf8)
    }

    static func initialize(id: Int) -> [UInt8] {
        request(id: id, method: "initialize", params: """
        {"processId":null,"rootUri":null,"capabilities":{"general":{"positionEncodings":["utf-16"]},\
        "textDocument":{"publishDiagnostics":{"versionSupport":true,"relatedInformation":true},\
        "hover":{"contentFormat":["markdown"]}}}}
        """)
    }

    static func didOpen(uri: String, languageID: String, version: Int, text: [UInt8]) -> [UInt8] {
        var out = Array("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"\(uri)\",\"languageId\":\"\(languageID)\",\"version\":\(version),\"text\":".utf8)
        appendJSONString(text, to: &out)
        out.append(contentsOf: Array("}}}".utf8))
        return out
    }

    /// One incremental change: `text` replaces the range between two UTF-16 positions.
    static func didChange(uri: String, version: Int, start: (Int, Int), end: (Int, Int), text: String) -> [UInt8] {
        var out = Array("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"\(uri)\",\"version\":\(version)},\"contentChanges\":[{\"range\":{\"start\":{\"line\":\(start.0),\"character\":\(start.1)},\"end\":{\"line\":\(end.0),\"character\":\(end.1)}},\"text\":".utf8)
        appendJSONString(Array(text.utf8), to: &out)
        out.append(contentsOf: Array("}]}}".utf8))
        return out
    }

    static func didClose(uri: String) -> [UInt8] {
        notification(method: "textDocument/didClose", params: "{\"textDocument\":{\"uri\":\"\(uri)\"}}")
    }

    static func position(id: Int, method: String, uri: String, line: Int, character: Int, extra: String = "") -> [UInt8] {
        request(id: id, method: method, params: "{\"textDocument\":{\"uri\":\"\(uri)\"},\"position\":{\"line\":\(line),\"character\":\(character)}\(extra)}")
    }

    /// Appends `bytes` (UTF-8) as a JSON string literal.
    static func appendJSONString(_ bytes: [UInt8], to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.reserveCapacity(out.count + bytes.count + bytes.count / 16 + 2)
        out.append(UInt8(ascii: "\""))
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\\")); out.append(byte)
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(byte)
            case 0x0A: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
            case 0..<0x20:
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
