#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// How much the server logs.
enum LogLevel: Int, Sendable, Comparable, CaseIterable {
    case error = 0, warn, info, debug

    init?(name: String) {
        switch name.lowercased() {
        case "error": self = .error
        case "warn", "warning": self = .warn
        case "info": self = .info
        case "debug", "trace": self = .debug
        default: return nil
        }
    }

    var name: String {
        switch self {
        case .error: return "error"
        case .warn: return "warn"
        case .info: return "info"
        case .debug: return "debug"
        }
    }

    static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The server's log: stderr by default, or a file for bug reports. Never stdout, which
/// carries the protocol.
final class Log: Sendable {
    static let shared = Log()

    private struct State {
        var level = LogLevel.warn
        var descriptor: Int32 = 2
    }
    private let state = Mutex(State())

    /// Sets the level and, when `path` is given, appends to that file instead of stderr.
    /// Returns an error message when the file cannot be opened.
    func configure(level: LogLevel, path: String?) -> String? {
        var failure: String?
        state.withLock { state in
            state.level = level
            guard let path else { return }
            let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
            if fd >= 0 {
                state.descriptor = fd
            } else {
                failure = "cannot open log file \(path): \(String(cString: strerror(errno)))"
            }
        }
        return failure
    }

    func enabled(_ level: LogLevel) -> Bool {
        state.withLock { level <= $0.level }
    }

    func error(_ message: @autoclosure () -> String) { emit(.error, message) }
    func warn(_ message: @autoclosure () -> String) { emit(.warn, message) }
    func info(_ message: @autoclosure () -> String) { emit(.info, message) }
    func debug(_ message: @autoclosure () -> String) { emit(.debug, message) }

    private func emit(_ level: LogLevel, _ message: () -> String) {
        state.withLock { state in
            guard level <= state.level else { return }
            var time = timespec()
            clock_gettime(CLOCK_REALTIME, &time)
            let millis = time.tv_nsec / 1_000_000
            let line = "[brief-lsp \(time.tv_sec).\(millis < 100 ? (millis < 10 ? "00" : "0") : "")\(millis) \(level.name)] \(message())\n"
            var bytes = Array(line.utf8)
            bytes.withUnsafeMutableBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let written = systemWrite(state.descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                    if written <= 0 { return }
                    offset += written
                }
            }
        }
    }
}

/// `write(2)`, named apart from the methods called `write`.
@inline(__always)
func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}

/// Elapsed time for the debug log.
enum MonotonicClock {
    /// Milliseconds on a monotonic clock.
    static func milliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
    }

    /// Time since `start` as text, e.g. `4.27 ms`.
    static func elapsed(since start: Double) -> String {
        let hundredths = Int(((milliseconds() - start) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) ms"
    }
}
