#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX file access: the command line and the server stay free of Foundation, which
/// keeps process start-up short.
enum FileIO {
    /// The whole content of `path` (`-` reads stdin), or a message saying why it cannot be read.
    static func read(_ path: String) -> Result<[UInt8], UsageError> {
        let fd = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(UsageError(message: "cannot read \(path): \(lastError())")) }
        defer { if fd != 0 { close(fd) } }
        var contents: [UInt8] = []
        var info = stat()
        if fstat(fd, &info) == 0, info.st_size > 0 { contents.reserveCapacity(Int(info.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(UsageError(message: "cannot read \(path): \(lastError())"))
            }
            if count == 0 { return .success(contents) }
            contents.append(contentsOf: chunk[0..<count])
        }
    }

    /// Writes all of `bytes` to a descriptor (1 for stdout, 2 for stderr).
    static func write(_ bytes: [UInt8], to fd: Int32) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = systemWrite(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if written < 0, errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }

    static func write(_ text: String, to fd: Int32) {
        write(Array(text.utf8), to: fd)
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
