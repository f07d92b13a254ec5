#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a byte sequence is not the JSON the server accepts.
struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    enum Reason: Sendable, Equatable {
        case unexpectedEnd
        case unexpectedByte(UInt8)
        case invalidNumber
        case invalidEscape
        case tooDeep(Int)
        case trailingBytes
    }
    var reason: Reason
    /// Byte offset in the message where the problem was found.
    var offset: Int

    var description: String {
        switch reason {
        case .unexpectedEnd: return "JSON ends early at byte \(offset)"
        case .unexpectedByte(let byte): return "unexpected byte 0x\(String(byte, radix: 16)) at byte \(offset)"
        case .invalidNumber: return "invalid number at byte \(offset)"
        case .invalidEscape: return "invalid escape at byte \(offset)"
        case .tooDeep(let limit): return "JSON nested deeper than \(limit) levels at byte \(offset)"
        case .trailingBytes: return "unexpected bytes after the JSON value at byte \(offset)"
        }
    }
}

/// A byte-level JSON parser.
///
/// It is iterative (an explicit stack of open containers, never recursion), so hostile
/// nesting cannot overflow the thread's stack, and it refuses nesting deeper than
/// ``maxDepth`` because the values it would build are freed recursively. Strings without
/// escapes, the bulk of a `didOpen`, are decoded in one step from the input bytes;
/// invalid UTF-8 becomes U+FFFD rather than an error, and lone surrogates in `\u` escapes
/// become U+FFFD too.
struct JSONParser {
    /// Deepest nesting of arrays and objects accepted; LSP messages need fewer than 20.
    static let maxDepth = 256

    static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        let result: Result<JSONValue, JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(buffer)
            do throws(JSONParseError) {
                return .success(try parser.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private enum Container {
        case array([JSONValue])
        case object([JSONMember], key: String)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        var stack: [Container] = []
        parsing: while true {
            skipWhitespace()
            var value: JSONValue
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                skipWhitespace()
                if peek() == UInt8(ascii: "}") {
                    index += 1
                    value = .object([])
                } else {
                    guard stack.count < JSONParser.maxDepth else { throw error(.tooDeep(JSONParser.maxDepth)) }
                    stack.append(.object([], key: try parseKey()))
                    continue parsing
                }
            case UInt8(ascii: "["):
                index += 1
                skipWhitespace()
                if peek() == UInt8(ascii: "]") {
                    index += 1
                    value = .array([])
                } else {
                    guard stack.count < JSONParser.maxDepth else { throw error(.tooDeep(JSONParser.maxDepth)) }
                    stack.append(.array([]))
                    continue parsing
                }
            default:
                value = try parseScalar()
            }
            // Attach the finished value to the open containers, closing those that end here.
            while let container = stack.popLast() {
                skipWhitespace()
                switch container {
                case .array(var items):
                    items.append(value)
                    if try consumeSeparator(closing: UInt8(ascii: "]")) {
                        value = .array(items)
                    } else {
                        stack.append(.array(items))
                        continue parsing
                    }
                case .object(var members, let key):
                    members.append(JSONMember(key, value))
                    if try consumeSeparator(closing: UInt8(ascii: "}")) {
                        value = .object(members)
                    } else {
                        skipWhitespace()
                        stack.append(.object(members, key: try parseKey()))
                        continue parsing
                    }
                }
            }
            skipWhitespace()
            guard index == bytes.count else { throw error(.trailingBytes) }
            return value
        }
    }

    /// Consumes `,` (returns false: another element follows) or `closing` (returns true).
    private mutating func consumeSeparator(closing: UInt8) throws(JSONParseError) -> Bool {
        guard index < bytes.count else { throw error(.unexpectedEnd) }
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: ",") { return false }
        if byte == closing { return true }
        index -= 1
        throw error(.unexpectedByte(byte))
    }

    /// Parses `"key"` and the `:` after it.
    private mutating func parseKey() throws(JSONParseError) -> String {
        guard index < bytes.count else { throw error(.unexpectedEnd) }
        guard bytes[index] == UInt8(ascii: "\"") else { throw error(.unexpectedByte(bytes[index])) }
        let key = try parseString()
        skipWhitespace()
        guard index < bytes.count else { throw error(.unexpectedEnd) }
        guard bytes[index] == UInt8(ascii: ":") else { throw error(.unexpectedByte(bytes[index])) }
        index += 1
        return key
    }

    private mutating func parseScalar() throws(JSONParseError) -> JSONValue {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error(.unexpectedByte(byte))
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count else { throw error(.unexpectedEnd) }
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        for offset in 0..<count where bytes[index + offset] != expected[offset] {
            index += offset
            throw error(.unexpectedByte(bytes[index]))
        }
        index += count
    }

    private mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = index
        var isInteger = true
        if peek() == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        while let byte = peek(), isDigit(byte) { index += 1 }
        guard index > integerStart else { throw error(.invalidNumber) }
        // JSON allows no leading zeros: `01` is not the number 1.
        guard bytes[integerStart] != UInt8(ascii: "0") || index == integerStart + 1 else { throw error(.invalidNumber) }
        if peek() == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            let fractionStart = index
            while let byte = peek(), isDigit(byte) { index += 1 }
            guard index > fractionStart else { throw error(.invalidNumber) }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            let exponentStart = index
            while let byte = peek(), isDigit(byte) { index += 1 }
            guard index > exponentStart else { throw error(.invalidNumber) }
        }
        if isInteger, index - integerStart <= 18 {
            var value = 0
            for position in integerStart..<index { value = value * 10 + Int(bytes[position] &- UInt8(ascii: "0")) }
            return .int(integerStart > start ? -value : value)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text) else { throw error(.invalidNumber) }
        return .double(value)
    }

    /// Parses a string starting at its opening quote.
    ///
    /// `memchr` finds the closing quote and each backslash, so the bytes between escapes are
    /// never looked at one by one; a string without escapes is decoded straight from the input.
    private mutating func parseString() throws(JSONParseError) -> String {
        index += 1
        let start = index
        var quote = find(UInt8(ascii: "\""), from: index)
        var backslash = find(UInt8(ascii: "\\"), from: index)
        if quote < backslash {
            guard quote < bytes.count else { throw error(.unexpectedEnd) }
            index = quote + 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<quote]), as: UTF8.self)
        }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(quote - start)
        while true {
            if quote < backslash {
                guard quote < bytes.count else { throw error(.unexpectedEnd) }
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<quote]))
                index = quote + 1
                return String(decoding: decoded, as: UTF8.self)
            }
            guard backslash < bytes.count else { throw error(.unexpectedEnd) }
            decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<backslash]))
            index = backslash
            try decodeEscape(into: &decoded)
            // An escaped quote (or a high surrogate's partner) may have passed the quote found.
            if quote < index { quote = find(UInt8(ascii: "\""), from: index) }
            backslash = find(UInt8(ascii: "\\"), from: index)
        }
    }

    /// Offset of the next `byte` at or after `offset`, or `bytes.count` when there is none.
    @inline(__always)
    private func find(_ byte: UInt8, from offset: Int) -> Int {
        guard offset < bytes.count, let base = bytes.baseAddress else { return bytes.count }
        guard let found = memchr(base + offset, Int32(byte), bytes.count - offset) else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Decodes the escape at `index` (a backslash) and appends its UTF-8 bytes.
    private mutating func decodeEscape(into output: inout [UInt8]) throws(JSONParseError) {
        index += 1
        guard index < bytes.count else { throw error(.unexpectedEnd) }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(byte)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try parseHex4()
            var scalar = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit) {
                // A high surrogate counts only when a low one follows as the next escape.
                if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                    let save = index
                    index += 2
                    let low = try parseHex4()
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    } else {
                        index = save
                        scalar = 0xFFFD
                    }
                } else {
                    scalar = 0xFFFD
                }
            } else if (0xDC00...0xDFFF).contains(unit) {
                scalar = 0xFFFD
            }
            appendUTF8(scalar, to: &output)
        default:
            index -= 1
            throw error(.invalidEscape)
        }
    }

    private mutating func parseHex4() throws(JSONParseError) -> UInt16 {
        guard bytes.count - index >= 4 else { throw error(.unexpectedEnd) }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error(.invalidEscape)
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    private func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (scalar >> 6)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (scalar >> 12)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            output.append(UInt8(0xF0 | ((scalar >> 18) & 0x07)))
            output.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    @inline(__always)
    private func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private func error(_ reason: JSONParseError.Reason) -> JSONParseError {
        JSONParseError(reason: reason, offset: index)
    }
}
