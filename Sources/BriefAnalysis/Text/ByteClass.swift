#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte tests used by the scanners; ASCII only, so they are safe on any UTF-8 byte.
enum ByteClass {
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09
    }

    @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool {
        byte >= 0x41 && byte <= 0x5A
    }

    @inline(__always) static func lowered(_ byte: UInt8) -> UInt8 {
        isUpper(byte) ? byte | 0x20 : byte
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// `range` without leading and trailing white space (line breaks included).
    func trimmed(_ range: TextRange) -> TextRange {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, ByteClass.isWhitespace(self[lower]) { lower += 1 }
        while upper > lower, ByteClass.isWhitespace(self[upper - 1]) { upper -= 1 }
        return TextRange(lower, upper)
    }

    /// The first offset in `range` holding `byte`, found with the C library's vectorised
    /// `memchr`: most of a brief is prose, and this is the scan that crosses all of it.
    func firstIndex(of byte: UInt8, in range: TextRange) -> Int? {
        guard let base = baseAddress, range.lowerBound >= 0, range.upperBound <= count, range.lowerBound < range.upperBound else { return nil }
        guard let found = memchr(base + range.lowerBound, Int32(byte), range.length) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// True when the bytes at `offset` spell `word`, ASCII case ignored.
    func hasPrefix(_ word: StaticString, at offset: Int, caseInsensitive: Bool = true) -> Bool {
        let length = word.utf8CodeUnitCount
        guard offset >= 0, offset + length <= count else { return false }
        return word.withUTF8Buffer { pattern in
            for index in 0..<length {
                let byte = self[offset + index]
                let expected = pattern[index]
                if caseInsensitive ? ByteClass.lowered(byte) != ByteClass.lowered(expected) : byte != expected {
                    return false
                }
            }
            return true
        }
    }
}
