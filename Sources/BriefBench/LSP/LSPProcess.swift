import Foundation

/// A `brief-lsp` server process spoken to over pipes, as an editor does. A reader thread
/// drains the server's stdout at all times (so neither side can block the other on a full
/// pipe) and stamps each frame with the time it arrived.
final class LSPProcess: @unchecked Sendable {
    /// A message from the server and the monotonic time its last byte was read.
    struct Arrival {
        var time: UInt64
        var body: [UInt8]
    }

    let pid: pid_t
    private let input: Int32
    private var exited = false
    private let condition = NSCondition()
    private var arrivals: [Arrival] = []
    private var closed = false

    /// Starts the server at `path` with no arguments (the stdio server).
    init?(path: String) {
        guard let toServer = Spawn.pipe(), let fromServer = Spawn.pipe() else { return nil }
        guard let pid = Spawn.start(path, [], stdin: toServer.read, stdout: fromServer.write) else {
            [toServer.read, toServer.write, fromServer.read, fromServer.write].forEach { close($0) }
            return nil
        }
        close(toServer.read)
        close(fromServer.write)
        self.pid = pid
        input = toServer.write
        let descriptor = fromServer.read
        let thread = Thread { [self] in readLoop(descriptor) }
        thread.start()
    }

    /// Writes one message, framed with its `Content-Length`.
    func send(_ body: [UInt8]) {
        var frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        frame.append(contentsOf: body)
        let descriptor = input
        frame.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    /// Waits for the first message (in arrival order) for which `matches` holds, dropping the
    /// ones before it; nil after `timeout` seconds or when the server has gone.
    func waitFor(timeout: Double = 30, _ matches: ([String: Any]) -> Bool) -> (time: UInt64, message: [String: Any])? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            while !arrivals.isEmpty {
                let arrival = arrivals.removeFirst()
                // Decoding happens after the arrival time was taken, so it is not counted.
                condition.unlock()
                let object = (try? JSONSerialization.jsonObject(with: Data(arrival.body))) as? [String: Any]
                condition.lock()
                if let object, matches(object) { return (arrival.time, object) }
            }
            if closed || !condition.wait(until: deadline) { return nil }
        }
    }

    /// Peak resident set size of the server so far (VmHWM), in bytes.
    func peakResidentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.count >= 2, let kilobytes = Int(fields[1]) { return kilobytes * 1024 }
        }
        return nil
    }

    /// CPU time the server has used so far, all its threads, in nanoseconds (the first field of
    /// each thread's /proc schedstat): unlike a latency, it does not grow while other processes
    /// hold the CPU.
    func cpuNanoseconds() -> UInt64 {
        guard let threads = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task") else { return 0 }
        var total: UInt64 = 0
        for thread in threads {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/task/\(thread)/schedstat", encoding: .utf8),
                  let first = stat.split(separator: " ").first, let value = UInt64(first) else { continue }
            total += value
        }
        return total
    }

    /// `shutdown`, then `exit`, then waits for the process to end (killing it after 5 s).
    func stop() {
        send(LSPMessages.request(id: 999_999, method: "shutdown", params: "null"))
        _ = waitFor(timeout: 5) { ($0["id"] as? Int) == 999_999 }
        send(LSPMessages.notification(method: "exit", params: "null"))
        close(input)
        let deadline = Date(timeIntervalSinceNow: 5)
        while !Spawn.hasEnded(pid) {
            guard Date() < deadline else {
                kill(pid, SIGKILL)
                Spawn.wait(pid)
                return
            }
            usleep(1000)
        }
    }

    private func readLoop(_ descriptor: Int32) {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            let time = nowNanoseconds()
            buffer.append(contentsOf: chunk[0..<count])
            var frames: [Arrival] = []
            while let (body, consumed) = Self.frame(in: buffer) {
                frames.append(Arrival(time: time, body: body))
                buffer.removeFirst(consumed)
            }
            if !frames.isEmpty {
                condition.lock()
                arrivals.append(contentsOf: frames)
                condition.broadcast()
                condition.unlock()
            }
        }
        close(descriptor)
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The first complete frame's body and the bytes it takes, if the buffer holds one.
    static func frame(in buffer: [UInt8]) -> ([UInt8], Int)? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard buffer.count >= 4 else { return nil }
        var headerEnd: Int?
        for index in 0...(buffer.count - 4) where buffer[index] == 13 && Array(buffer[index..<index + 4]) == separator {
            headerEnd = index
            break
        }
        guard let headerEnd else { return nil }
        let header = String(decoding: buffer[0..<headerEnd], as: UTF8.self).lowercased()
        var length: Int?
        for line in header.split(separator: "\r\n") where line.hasPrefix("content-length:") {
            length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
        }
        guard let length else { return nil }
        let bodyStart = headerEnd + 4
        guard buffer.count >= bodyStart + length else { return nil }
        return (Array(buffer[bodyStart..<bodyStart + length]), bodyStart + length)
    }
}
