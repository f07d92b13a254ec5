#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The server process: reads stdin on this thread, dispatches each frame, and exits on
/// `exit` or at end of input.
enum StdioLoop {
    static func run() -> Never {
        // A client that goes away must not kill the server mid-write with SIGPIPE; the
        // failed write is noticed and reported instead.
        signal(SIGPIPE, SIG_IGN)
        let server = Server(sink: FrameWriter(descriptor: 1), executor: .serialQueue())
        server.onParentProcess = { pid in ParentWatch.start(pid: pid) }
        var reader = FrameReader()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        reading: while true {
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                Log.shared.error("cannot read stdin (errno \(errno))")
                break reading
            }
            if count == 0 { break reading }
            chunk.withUnsafeBytes { reader.append(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            while let event = reader.next() {
                switch event {
                case .frame(let body): server.receive(frame: body)
                case .error(let error): server.receive(frameError: error)
                }
                if let code = server.exitCode {
                    Log.shared.info("exit with status \(code)")
                    leave(code)
                }
            }
            server.flush()
        }
        if let error = reader.finish() { Log.shared.warn("end of input: \(error)") }
        // Let the answers already being computed reach the client before leaving, but never
        // wait long: a client that closed stdin wants the process gone.
        server.flush()
        if !server.worker.executor.drain(2) { Log.shared.warn("analysis still running at end of input; exiting anyway") }
        let code: Int32 = server.phase == .shutDown ? 0 : 1
        Log.shared.info("end of input; exit with status \(code)")
        leave(code)
    }

    /// Ends the process at once. Everything the server writes goes out with write(2) as it
    /// is written, so there is nothing to flush, and `exit` would run the runtime's exit
    /// handlers while analysis and timer threads may still be working.
    static func leave(_ code: Int32) -> Never {
        _exit(code)
    }
}
