import BriefAnalysis

/// Converts byte offsets of one text to line/column positions in an encoding, fast on long
/// lines.
///
/// `SourceText.position(of:encoding:)` counts from the start of the line, which is right for
/// a few positions on ordinary lines but quadratic for thousands of findings on one
/// multi-megabyte line. This converter answers UTF-8 columns by subtraction and, on long
/// lines, counts from the nearest of a set of checkpoints built once per line, with exactly
/// the same rules (a column inside a character moves to its start; line breaks excluded).
final class PositionConverter {
    let text: SourceText
    let encoding: PositionEncoding
    /// Lines shorter than this are counted from their start.
    static let longLine = 4096
    static let checkpointSpacing = 1024
    private var checkpoints: [Int: [(offset: Int, column: Int)]] = [:]

    init(text: SourceText, encoding: PositionEncoding) {
        self.text = text
        self.encoding = encoding
    }

    func position(_ offset: Int) -> LSPPosition {
        let target = min(max(0, offset), text.count)
        let line = text.line(containing: target)
        let lineRange = text.lineRange(line)
        let end = min(target, lineRange.upperBound)
        guard end - lineRange.lowerBound >= PositionConverter.longLine || encoding == .utf8 else {
            let position = text.position(of: target, encoding: encoding)
            return LSPPosition(line: position.line, character: position.column)
        }
        return text.bytes.withUnsafeBufferPointer { bytes in
            var index = lineRange.lowerBound
            var column = 0
            if encoding != .utf8, let points = checkpoints(line, lineRange, bytes) {
                var low = 0
                var high = points.count - 1
                while low < high {
                    let middle = (low + high + 1) / 2
                    if points[middle].offset <= end { low = middle } else { high = middle - 1 }
                }
                if !points.isEmpty, points[low].offset <= end {
                    index = points[low].offset
                    column = points[low].column
                }
            } else if encoding == .utf8 {
                // Step back out of a multi-byte character: columns are scalar boundaries.
                return LSPPosition(line: line, character: PositionConverter.boundary(before: end, from: lineRange.lowerBound, bytes) - lineRange.lowerBound)
            }
            column += count(bytes, from: index, to: end)
            return LSPPosition(line: line, character: column)
        }
    }

    func range(_ range: TextRange) -> LSPRange {
        LSPRange(start: position(range.lowerBound), end: position(range.upperBound))
    }

    /// Units of `encoding` in the whole characters between `from` and `to`.
    private func count(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Int {
        var index = from
        var column = 0
        while index < end {
            let width = PositionConverter.width(bytes[index])
            if index + width > end { break }
            column += encoding == .utf16 && width == 4 ? 2 : 1
            index += width
        }
        return column
    }

    private func checkpoints(_ line: Int, _ lineRange: TextRange, _ bytes: UnsafeBufferPointer<UInt8>) -> [(offset: Int, column: Int)]? {
        if let points = checkpoints[line] { return points }
        var points: [(offset: Int, column: Int)] = []
        var index = lineRange.lowerBound
        var column = 0
        var next = index + PositionConverter.checkpointSpacing
        while index < lineRange.upperBound {
            let width = PositionConverter.width(bytes[index])
            if index + width > lineRange.upperBound { break }
            column += encoding == .utf16 && width == 4 ? 2 : 1
            index += width
            if index >= next {
                points.append((index, column))
                next = index + PositionConverter.checkpointSpacing
            }
        }
        checkpoints[line] = points
        return points
    }

    /// The character boundary at or before `offset` (the text is valid UTF-8, so stepping
    /// back over continuation bytes finds the character's first byte).
    private static func boundary(before offset: Int, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard offset < bytes.count, bytes[offset] & 0xC0 == 0x80 else { return offset }
        var lead = offset
        while lead > start, bytes[lead] & 0xC0 == 0x80, offset - lead < 3 { lead -= 1 }
        return lead
    }

    @inline(__always)
    private static func width(_ lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }
}
