// Shared by every fuzz target: compiled into the target's module by scripts/fuzz.sh.
import Foundation

/// Reads structured values off the fuzzer's bytes; past the end every read is zero, so a
/// target never has to check lengths and short inputs still mean something.
struct FuzzInput {
    let bytes: [UInt8]
    private(set) var position = 0

    init(_ data: UnsafePointer<UInt8>, _ size: Int) {
        bytes = Array(UnsafeBufferPointer(start: data, count: size))
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position >= bytes.count }

    mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func uint16() -> Int {
        Int(byte()) << 8 | Int(byte())
    }

    /// Up to `limit` bytes (fewer at the end of the input).
    mutating func take(_ limit: Int) -> [UInt8] {
        let end = min(bytes.count, position + max(0, limit))
        defer { position = max(position, end) }
        return position < end ? Array(bytes[position..<end]) : []
    }

    /// Everything not read yet.
    mutating func rest() -> [UInt8] {
        take(bytes.count - position)
    }

    /// An integer that is usually small and near `0..<bound`, sometimes negative or huge,
    /// so clamping at both ends gets exercised.
    mutating func coordinate(below bound: Int) -> Int {
        let raw = byte()
        switch raw {
        case 255: return Int.max
        case 254: return Int.min
        case 253: return -1
        case 252: return bound
        case 251: return bound + 1
        default: return Int(raw) % max(1, bound + 1)
        }
    }
}

/// A fuzz target's verdict on an invariant: prints what broke and aborts so libFuzzer
/// records the input as a crash.
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        FileHandle.standardError.write(Data("fuzz invariant failed: \(message())\n".utf8))
        abort()
    }
}
