/// Why bytes on the input could not be split into a frame. The reader has already skipped
/// ahead to the next `Content-Length` header when it reports one of these.
enum FrameError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A header block without `Content-Length`.
    case missingContentLength
    /// A `Content-Length` whose value is not a non-negative decimal number.
    case invalidContentLength(String)
    /// A `Content-Length` above ``FrameReader/maxContentLength``; the body is skipped unread.
    case tooLarge(Int)
    /// A header line that is not `Name: value`, or a header block longer than allowed.
    case malformedHeader(String)
    /// End of input in the middle of a frame.
    case truncated(missingBytes: Int)

    var description: String {
        switch self {
        case .missingContentLength: return "header block without Content-Length"
        case .invalidContentLength(let value): return "invalid Content-Length value '\(value)'"
        case .tooLarge(let length): return "Content-Length \(length) exceeds the limit of \(FrameReader.maxContentLength) bytes"
        case .malformedHeader(let line): return "malformed header '\(line)'"
        case .truncated(let missing): return "input ended \(missing) bytes short of a complete frame"
        }
    }
}

/// One result of splitting the input: a message body, or an error to report.
enum FrameEvent: Sendable, Equatable {
    case frame([UInt8])
    case error(FrameError)
}

/// Splits a byte stream into `Content-Length` framed messages.
///
/// A pure state machine over bytes: feed it whatever `read` returned (half a frame or
/// several) with ``append(_:)`` and take events with ``next()`` until it returns nil.
/// Header names are case-insensitive; lines may end in `\r\n` or `\n`. After a bad header
/// the reader resynchronises on the next `Content-Length`, so one bad frame costs one error.
struct FrameReader {
    /// Largest body accepted: 64 MiB, far above any real document, low enough that a hostile
    /// length cannot make the server allocate without limit.
    static let maxContentLength = 64 << 20
    /// Longest header block accepted before the reader gives up on it.
    static let maxHeaderBytes = 16 << 10

    private enum State {
        case header
        case body(length: Int)
        case resync
    }

    private var buffer: [UInt8] = []
    /// Bytes of `buffer` before this offset are consumed.
    private var start = 0
    private var state = State.header

    init() {}

    /// Adds bytes read from the input.
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        buffer.append(contentsOf: bytes)
    }

    mutating func append(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    /// Bytes received but not yet consumed as a frame.
    var pendingByteCount: Int { buffer.count - start }

    /// The next frame or error, or nil when more input is needed.
    mutating func next() -> FrameEvent? {
        while true {
            switch state {
            case .resync:
                guard let found = findContentLength(from: start) else {
                    // Keep a tail that could be the start of a split "Content-Length".
                    start = max(start, buffer.count - 15)
                    compact()
                    return nil
                }
                start = found
                state = .header
            case .body(let length):
                guard buffer.count - start >= length else { return nil }
                let frame = Array(buffer[start..<(start + length)])
                start += length
                state = .header
                compact()
                return .frame(frame)
            case .header:
                switch parseHeader() {
                case .needMore:
                    return nil
                case .complete(let bodyStart, let length):
                    start = bodyStart
                    state = .body(length: length)
                case .failed(let error, let frameStart):
                    start = min(frameStart + 1, buffer.count)
                    state = .resync
                    return .error(error)
                }
            }
        }
    }

    /// Called at end of input: reports a frame left incomplete, if any.
    mutating func finish() -> FrameError? {
        let rest = buffer[start...]
        if case .body(let length) = state { return .truncated(missingBytes: length - rest.count) }
        if case .header = state, rest.contains(where: { $0 != 0x0A && $0 != 0x0D && $0 != 0x20 && $0 != 0x09 }) {
            return .truncated(missingBytes: 0)
        }
        return nil
    }

    private enum HeaderResult {
        case needMore
        case complete(bodyStart: Int, length: Int)
        case failed(FrameError, frameStart: Int)
    }

    private mutating func parseHeader() -> HeaderResult {
        // Blank lines between frames are tolerated.
        while start < buffer.count, buffer[start] == 0x0A || buffer[start] == 0x0D { start += 1 }
        let frameStart = start
        var lineStart = start
        var length: Int?
        var lengthError: FrameError?
        while true {
            guard lineStart - frameStart <= FrameReader.maxHeaderBytes else {
                return .failed(.malformedHeader(text(frameStart, min(buffer.count, frameStart + 60))), frameStart: frameStart)
            }
            guard let newline = firstNewline(from: lineStart) else {
                if buffer.count - frameStart > FrameReader.maxHeaderBytes {
                    return .failed(.malformedHeader(text(frameStart, min(buffer.count, frameStart + 60))), frameStart: frameStart)
                }
                return .needMore
            }
            var lineEnd = newline
            if lineEnd > lineStart, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd == lineStart {
                if let lengthError { return .failed(lengthError, frameStart: frameStart) }
                guard let length else { return .failed(.missingContentLength, frameStart: frameStart) }
                return .complete(bodyStart: newline + 1, length: length)
            }
            guard let colon = buffer[lineStart..<lineEnd].firstIndex(of: UInt8(ascii: ":")),
                  colon > lineStart, buffer[lineStart..<colon].allSatisfy(isTokenByte)
            else {
                return .failed(.malformedHeader(text(lineStart, min(lineEnd, lineStart + 60))), frameStart: frameStart)
            }
            if isContentLength(lineStart, colon) {
                switch parseLength(from: colon + 1, to: lineEnd) {
                case .success(let value): length = value; lengthError = nil
                case .failure(let error): lengthError = error
                }
            }
            lineStart = newline + 1
        }
    }

    private func parseLength(from lower: Int, to upper: Int) -> Result<Int, FrameError> {
        var low = lower
        var high = upper
        while low < high, buffer[low] == 0x20 || buffer[low] == 0x09 { low += 1 }
        while high > low, buffer[high - 1] == 0x20 || buffer[high - 1] == 0x09 { high -= 1 }
        let digits = buffer[low..<high]
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return .failure(.invalidContentLength(text(low, min(high, low + 40))))
        }
        var value = 0
        for digit in digits {
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
            if value > FrameReader.maxContentLength { return .failure(.tooLarge(value)) }
        }
        return .success(value)
    }

    private func firstNewline(from offset: Int) -> Int? {
        guard offset < buffer.count else { return nil }
        return buffer[offset...].firstIndex(of: 0x0A)
    }

    /// RFC 9110 `tchar`: what a header name may be made of.
    private func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }

    private static let contentLength = Array("content-length".utf8)

    private func isContentLength(_ lower: Int, _ upper: Int) -> Bool {
        let name = FrameReader.contentLength
        guard upper - lower == name.count else { return false }
        for offset in 0..<name.count where buffer[lower + offset] | 0x20 != name[offset] { return false }
        return true
    }

    /// Offset of the next `content-length` (any case) at or after `offset`.
    private func findContentLength(from offset: Int) -> Int? {
        let name = FrameReader.contentLength
        guard buffer.count - offset >= name.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes in
            var position = offset
            let last = bytes.count - name.count
            while position <= last {
                if bytes[position] | 0x20 == UInt8(ascii: "c") {
                    var matched = true
                    for index in 1..<name.count where bytes[position + index] | 0x20 != name[index] {
                        matched = false
                        break
                    }
                    if matched { return position }
                }
                position += 1
            }
            return nil
        }
    }

    private func text(_ lower: Int, _ upper: Int) -> String {
        String(decoding: buffer[lower..<max(lower, upper)], as: UTF8.self)
    }

    /// Drops consumed bytes once they dominate the buffer, so memory stays bounded.
    private mutating func compact() {
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
            start = 0
        } else if start > 1 << 16, start * 2 > buffer.count {
            buffer.removeSubrange(0..<start)
            start = 0
        }
    }
}
