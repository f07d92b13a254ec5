/// A document's text as UTF-8 bytes plus the byte offset at which each line starts.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as LSP counts them. The bytes are always
/// valid UTF-8: text arriving as bytes is repaired on the way in, so every offset the
/// analysis reports can be turned back into a position.
public struct SourceText: Sendable {
    /// The text, UTF-8 encoded.
    public private(set) var bytes: [UInt8]
    /// Byte offset of the first byte of each line; `lineStarts[0] == 0`, never empty.
    public private(set) var lineStarts: [Int]

    public init(_ string: String) {
        var copy = string
        copy.makeContiguousUTF8()
        self.bytes = Array(copy.utf8)
        self.lineStarts = SourceText.scanLineStarts(bytes, from: 0, through: bytes.count, firstStart: 0)
    }

    /// Builds a text from raw bytes, replacing invalid UTF-8 with U+FFFD.
    public init(bytes raw: [UInt8]) {
        let valid = SourceText.isValidUTF8(raw) ? raw : Array(String(decoding: raw, as: UTF8.self).utf8)
        self.bytes = valid
        self.lineStarts = SourceText.scanLineStarts(valid, from: 0, through: valid.count, firstStart: 0)
    }

    /// The whole text as a `String`.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public var count: Int { bytes.count }
    public var lineCount: Int { lineStarts.count }

    /// The text in `range`, clamped to the document.
    public func string(in range: TextRange) -> String {
        let lower = min(max(0, range.lowerBound), bytes.count)
        let upper = min(max(lower, range.upperBound), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// The 0-based line holding byte `offset` (clamped to the document).
    public func line(containing offset: Int) -> Int {
        let target = min(max(0, offset), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= target { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Byte range of line `line` without its line break; an empty range past the end for a
    /// line that does not exist.
    public func lineRange(_ line: Int) -> TextRange {
        guard line >= 0 else { return TextRange(0, 0) }
        guard line < lineStarts.count else { return TextRange(bytes.count, bytes.count) }
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return TextRange(start, end)
    }

    /// Line and column of byte `offset`, the column counted in `encoding` units.
    /// An offset inside a multi-byte character is moved back to that character's start.
    public func position(of offset: Int, encoding: PositionEncoding = .utf8) -> LineColumn {
        let target = min(max(0, offset), bytes.count)
        let line = line(containing: target)
        let start = lineStarts[line]
        let end = min(target, lineRange(line).upperBound)
        var column = 0
        var index = start
        while index < end {
            let width = SourceText.scalarWidth(bytes[index])
            if index + width > end { break }
            column += SourceText.units(ofScalarWidth: width, encoding: encoding)
            index += width
        }
        return LineColumn(line: line, column: column)
    }

    /// Byte offset of a line/column position in `encoding` units. Positions past the end of
    /// a line clamp to its end, lines past the end clamp to the end of the text, and a column
    /// that falls inside a character clamps to that character's start, as LSP asks.
    public func offset(of position: LineColumn, encoding: PositionEncoding = .utf8) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        let range = lineRange(position.line)
        var remaining = max(0, position.column)
        var index = range.lowerBound
        while index < range.upperBound, remaining > 0 {
            let width = SourceText.scalarWidth(bytes[index])
            let units = SourceText.units(ofScalarWidth: width, encoding: encoding)
            if units > remaining { break }
            remaining -= units
            index = min(index + width, range.upperBound)
        }
        return index
    }

    /// Replaces the bytes in `range` with `replacement`, keeping the line index current
    /// without rescanning the whole text.
    public mutating func replace(_ range: TextRange, with replacement: String) {
        let lower = min(max(0, range.lowerBound), bytes.count)
        let upper = min(max(lower, range.upperBound), bytes.count)
        var replacementBytes = replacement
        replacementBytes.makeContiguousUTF8()
        let inserted = Array(replacementBytes.utf8)
        bytes.replaceSubrange(lower..<upper, with: inserted)
        let delta = inserted.count - (upper - lower)
        let newUpper = upper + delta

        // A line start depends on the byte before it and the byte at it (for `\r\n`), so the
        // starts that can change lie from one line before the edit to one byte after it.
        let editLine = lineIndexOfStart(atOrBefore: lower)
        let firstKept = max(0, editLine - 1)
        let scanFrom = lineStarts[firstKept]
        let scanThrough = min(newUpper + 1, bytes.count)
        var rebuilt = Array(lineStarts[0...firstKept])
        rebuilt.append(contentsOf: SourceText.scanLineStarts(bytes, from: scanFrom + 1, through: scanThrough, firstStart: nil))
        var old = lineStarts.count
        while old > 0, lineStarts[old - 1] >= upper + 2 { old -= 1 }
        for start in lineStarts[old...] { rebuilt.append(start + delta) }
        lineStarts = rebuilt
    }

    /// Applies an edit given in line/column positions of `encoding`.
    public mutating func replace(from start: LineColumn, to end: LineColumn, encoding: PositionEncoding, with text: String) {
        let lower = offset(of: start, encoding: encoding)
        let upper = offset(of: end, encoding: encoding)
        replace(TextRange(min(lower, upper), max(lower, upper)), with: text)
    }

    private func lineIndexOfStart(atOrBefore offset: Int) -> Int {
        line(containing: offset)
    }

    /// Line starts at positions `p` with `from <= p <= through`, plus `firstStart` when given.
    static func scanLineStarts(_ bytes: [UInt8], from: Int, through: Int, firstStart: Int?) -> [Int] {
        var starts: [Int] = []
        if let firstStart { starts.append(firstStart) }
        let lowerP = max(from, 1)
        guard lowerP <= through else { return starts }
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // A start at p depends on the byte before it, so look at bytes lowerP-1 ..< through.
            var index = lowerP - 1
            let end = min(through, buffer.count)
            while index < end {
                // Eight bytes at a time while none is a line break: prose lines are long.
                if index + 8 <= end, !SourceText.mayHoldLineBreak(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = base[index]
                if byte == 0x0A {
                    starts.append(index + 1)
                } else if byte == 0x0D, index + 1 == buffer.count || base[index + 1] != 0x0A {
                    starts.append(index + 1)
                }
                index += 1
            }
        }
        return starts
    }

    /// False when none of the eight bytes of `word` is `\n` or `\r` (the classic
    /// has-zero-byte test on the word XOR each byte value); true may be a false alarm.
    @inline(__always)
    static func mayHoldLineBreak(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let newline = word ^ (ones &* 0x0A)
        let carriageReturn = word ^ (ones &* 0x0D)
        return ((newline &- ones) & ~newline & highs) | ((carriageReturn &- ones) & ~carriageReturn & highs) != 0
    }

    /// Bytes in the UTF-8 sequence introduced by `lead` (1 for a stray continuation byte).
    @inline(__always)
    static func scalarWidth(_ lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    @inline(__always)
    static func units(ofScalarWidth width: Int, encoding: PositionEncoding) -> Int {
        switch encoding {
        case .utf8: return width
        case .utf16: return width == 4 ? 2 : 1
        case .utf32: return 1
        }
    }

    /// True when `bytes` is well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no
    /// surrogates, nothing above U+10FFFF), checked eight ASCII bytes at a time.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            let count = buffer.count
            var index = 0
            while index < count {
                if index + 8 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                let lead = base[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let width: Int
                var lowest: UInt8 = 0x80
                var highest: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: width = 2
                case 0xE0: width = 3; lowest = 0xA0
                case 0xED: width = 3; highest = 0x9F
                case 0xE1...0xEF: width = 3
                case 0xF0: width = 4; lowest = 0x90
                case 0xF4: width = 4; highest = 0x8F
                case 0xF1...0xF3: width = 4
                default: return false
                }
                guard count - index >= width, base[index + 1] >= lowest, base[index + 1] <= highest else { return false }
                var next = index + 2
                while next < index + width {
                    guard base[next] & 0xC0 == 0x80 else { return false }
                    next += 1
                }
                index += width
            }
            return true
        }
    }
}
