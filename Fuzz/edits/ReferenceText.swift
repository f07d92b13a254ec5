// A deliberately naive model of a text's lines and columns, written from the LSP rules and
// not from SourceText, so the fuzz targets can check SourceText against it.

/// One line of the model: where it starts, where its content ends (before the break), and
/// the scalars of its content with their UTF-8 offsets.
struct ReferenceLine {
    var start: Int
    var contentEnd: Int
    var scalars: [(offset: Int, scalar: Unicode.Scalar)]
}

struct ReferenceText {
    let bytes: [UInt8]
    let lines: [ReferenceLine]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var lines: [ReferenceLine] = []
        var start = 0
        var index = 0
        while true {
            // Content runs to the next CR or LF; CR LF counts as one break.
            var end = index
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            var scalars: [(Int, Unicode.Scalar)] = []
            var offset = start
            for scalar in String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars {
                scalars.append((offset, scalar))
                offset += scalar.utf8.count
            }
            lines.append(ReferenceLine(start: start, contentEnd: end, scalars: scalars))
            guard end < bytes.count else { break }
            var next = end + 1
            if bytes[end] == 0x0D, next < bytes.count, bytes[next] == 0x0A { next += 1 }
            start = next
            index = next
        }
        self.lines = lines
    }

    var lineStarts: [Int] { lines.map(\.start) }

    static func units(_ scalar: Unicode.Scalar, _ encoding: PositionEncoding) -> Int {
        switch encoding {
        case .utf8: return scalar.utf8.count
        case .utf16: return scalar.utf16.count
        case .utf32: return 1
        }
    }

    /// LSP: a line past the end means the end of the text, a column past the line's end means
    /// the line's end, a column inside a character means that character's start.
    func offset(line: Int, column: Int, _ encoding: PositionEncoding) -> Int {
        if line < 0 { return 0 }
        if line >= lines.count { return bytes.count }
        let model = lines[line]
        var used = 0
        for (offset, scalar) in model.scalars {
            let width = ReferenceText.units(scalar, encoding)
            if column < 0 || used + width > column { return offset }
            used += width
        }
        return model.contentEnd
    }

    /// The line holding `offset` and the units of the whole characters before it on that
    /// line; an offset in a line break counts as the line's end.
    func position(of offset: Int, _ encoding: PositionEncoding) -> (line: Int, column: Int) {
        let target = min(max(0, offset), bytes.count)
        var line = 0
        while line + 1 < lines.count, lines[line + 1].start <= target { line += 1 }
        var column = 0
        for (start, scalar) in lines[line].scalars where start + scalar.utf8.count <= target {
            column += ReferenceText.units(scalar, encoding)
        }
        return (line, column)
    }
}
