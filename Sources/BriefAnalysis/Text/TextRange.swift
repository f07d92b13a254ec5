/// A half-open range of UTF-8 byte offsets into a ``SourceText``.
///
/// The analysis speaks in byte offsets throughout; only the LSP edge converts them
/// to line/character pairs in the client's position encoding.
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Offset of the first byte in the range (0-based).
    public var lowerBound: Int
    /// Offset one past the last byte in the range.
    public var upperBound: Int

    public init(_ lowerBound: Int, _ upperBound: Int) {
        self.lowerBound = lowerBound
        self.upperBound = max(lowerBound, upperBound)
    }

    /// Number of bytes covered.
    public var length: Int { upperBound - lowerBound }
    public var isEmpty: Bool { upperBound == lowerBound }

    /// True when `offset` lies inside the range; the end counts too, so that a cursor
    /// placed just after a marker still finds it.
    public func touches(_ offset: Int) -> Bool {
        offset >= lowerBound && offset <= upperBound
    }

    public func contains(_ other: TextRange) -> Bool {
        other.lowerBound >= lowerBound && other.upperBound <= upperBound
    }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.lowerBound, lhs.upperBound) < (rhs.lowerBound, rhs.upperBound)
    }

    public var description: String { "\(lowerBound)..<\(upperBound)" }
}

/// A 0-based line and column, the column counted in units of a ``PositionEncoding``.
public struct LineColumn: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// How columns are counted: the LSP `positionEncoding` values the server supports.
public enum PositionEncoding: String, Sendable, CaseIterable {
    /// Columns count UTF-8 bytes.
    case utf8 = "utf-8"
    /// Columns count UTF-16 code units (the LSP default).
    case utf16 = "utf-16"
    /// Columns count Unicode scalars.
    case utf32 = "utf-32"
}
