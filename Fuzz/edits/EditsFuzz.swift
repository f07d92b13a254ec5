// Fuzz target (c): random edit sequences, given as LSP line/column ranges in every position
// encoding, applied to SourceText incrementally and to a plain byte mirror; the two must
// agree on the bytes, and the incrementally kept line starts must equal a fresh rescan.

/// Input layout: flags byte, 2-byte length, initial text, then edits of
/// [encoding, start line, start column, end line, end column, length, replacement bytes].
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEdits(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let flags = input.byte()
    let initial = input.take(input.uint16())
    var text = flags & 1 == 0 ? SourceText(bytes: initial) : SourceText(String(decoding: initial, as: UTF8.self))
    var mirror = Array(String(decoding: initial, as: UTF8.self).utf8)
    check(text, against: mirror, after: "init")

    var step = 0
    while !input.isAtEnd, step < 64 {
        step += 1
        let encoding = PositionEncoding.allCases[Int(input.byte()) % 3]
        let model = ReferenceText(mirror)
        let start = (line: input.coordinate(below: model.lines.count), column: input.coordinate(below: 40))
        let end = (line: input.coordinate(below: model.lines.count), column: input.coordinate(below: 40))
        let replacement = String(decoding: input.take(Int(input.byte()) % 24), as: UTF8.self)

        let a = model.offset(line: start.line, column: start.column, encoding)
        let b = model.offset(line: end.line, column: end.column, encoding)
        mirror.replaceSubrange(min(a, b)..<max(a, b), with: Array(replacement.utf8))
        text.replace(from: LineColumn(line: start.line, column: start.column),
                     to: LineColumn(line: end.line, column: end.column),
                     encoding: encoding, with: replacement)
        check(text, against: mirror, after: "edit \(step) \(encoding) \(start)-\(end) \(Array(replacement.utf8))")
    }
    checkPositions(text)
    return 0
}

private func check(_ text: SourceText, against mirror: [UInt8], after what: String) {
    require(text.bytes == mirror, "\(what): bytes \(text.bytes) != mirror \(mirror)")
    let model = ReferenceText(mirror)
    require(text.lineStarts == model.lineStarts, "\(what): lineStarts \(text.lineStarts) != \(model.lineStarts)")
    require(text.lineStarts == SourceText(bytes: mirror).lineStarts, "\(what): lineStarts differ from a rescan")
}

/// Every offset's position in every encoding matches the model, and converting back lands
/// on the same offset whenever the offset starts a character outside a line break.
private func checkPositions(_ text: SourceText) {
    let model = ReferenceText(text.bytes)
    let offsets = text.count <= 128 ? Array(-1...(text.count + 1)) : Array(stride(from: -1, through: text.count + 1, by: text.count / 128))
    for encoding in PositionEncoding.allCases {
        for offset in offsets {
            let position = text.position(of: offset, encoding: encoding)
            let expected = model.position(of: offset, encoding)
            require(position.line == expected.line && position.column == expected.column,
                    "position(of: \(offset), \(encoding)) = \(position), model \(expected)")
            let back = text.offset(of: position, encoding: encoding)
            let modelBack = model.offset(line: position.line, column: position.column, encoding)
            require(back == modelBack, "offset(of: \(position), \(encoding)) = \(back), model \(modelBack)")
            let line = model.lines[expected.line]
            let startsCharacter = offset >= line.start && offset <= line.contentEnd
                && (offset == line.contentEnd || line.scalars.contains { $0.offset == offset })
            if startsCharacter { require(back == offset, "round trip \(offset) -> \(position) -> \(back) in \(encoding)") }
        }
        for line in -1...(model.lines.count + 1) {
            for column in [-1, 0, 1, 2, 3, 5, 8, Int.max] {
                let got = text.offset(of: LineColumn(line: line, column: column), encoding: encoding)
                let want = model.offset(line: line, column: column, encoding)
                require(got == want, "offset(of: \(line):\(column), \(encoding)) = \(got), model \(want)")
            }
            if model.lines.count > 64 { break }
        }
    }
}
