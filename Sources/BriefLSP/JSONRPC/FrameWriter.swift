#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Where the server's outgoing messages go.
protocol MessageSink: Sendable {
    /// Sends one whole message; safe to call from any thread.
    func send(_ message: JSONValue)
}

/// Writes framed messages to a file descriptor (stdout), one whole message at a time.
///
/// The message loop answers requests while the analysis thread publishes diagnostics;
/// the lock makes each header-and-body write atomic with respect to the other.
final class FrameWriter: MessageSink {
    private let descriptor: Mutex<Int32>

    init(descriptor: Int32 = 1) {
        self.descriptor = Mutex(descriptor)
    }

    func send(_ message: JSONValue) {
        let frame = FrameWriter.frame(JSONWriter.serialize(message))
        descriptor.withLock { fd in
            FrameWriter.writeAll(frame, to: fd)
        }
    }

    /// The header and body of one frame in a single buffer, so it goes out in one write.
    static func frame(_ body: [UInt8]) -> [UInt8] {
        var frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        frame.reserveCapacity(frame.count + body.count)
        frame.append(contentsOf: body)
        return frame
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else {
                    // The client closed its end: nobody is left to serve.
                    Log.shared.error("cannot write to the client (errno \(errno)); exiting")
                    exit(1)
                }
            }
        }
    }
}

/// Keeps every message sent, for tests and fuzzing that drive the server in-process.
final class CapturingSink: MessageSink {
    private let messages = Mutex<[JSONValue]>([])

    init() {}

    func send(_ message: JSONValue) {
        messages.withLock { $0.append(message) }
    }

    /// Returns and forgets the messages sent so far.
    func take() -> [JSONValue] {
        messages.withLock { sent in
            defer { sent.removeAll() }
            return sent
        }
    }
}
