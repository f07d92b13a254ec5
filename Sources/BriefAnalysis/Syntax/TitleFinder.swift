/// Finds the title (first non-empty line) and the byline (a short last line that is a name).
enum TitleFinder {
    static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line], _ roles: [LineRole], _ parsed: inout ParsedBrief) {
        if parsed.title == nil,
           let first = lines.indices.first(where: { !lines[$0].isBlank && roles[$0] != .frontMatter && roles[$0] != .code }) {
            let line = lines[first]
            var lower = line.contentStart
            if parsed.kind == .markdown {
                while lower < line.range.upperBound, bytes[lower] == UInt8(ascii: "#") { lower += 1 }
            }
            let title = bytes.trimmed(TextRange(lower, line.range.upperBound))
            if !title.isEmpty { parsed.title = title }
        }
        guard let last = lines.indices.last(where: { !lines[$0].isBlank }), roles[last] == .body,
              last > 0, lines[last - 1].isBlank else { return }
        let range = bytes.trimmed(lines[last].range)
        if let title = parsed.title, title == range { return }
        if isName(bytes, range) { parsed.byline = range }
    }

    /// Two to five capitalised words, initials allowed, no digits or brackets, at most
    /// sixty bytes: `Hanyu Huang`, `Jane Q. Public`.
    static func isName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Bool {
        guard range.length > 2, range.length <= 60 else { return false }
        var words = 0
        var atWordStart = true
        for index in range.lowerBound..<range.upperBound {
            let byte = bytes[index]
            if ByteClass.isDigit(byte) || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(")
                || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") {
                return false
            }
            if ByteClass.isSpace(byte) { atWordStart = true; continue }
            if atWordStart {
                // A word starts with a capital (an ASCII one, or any non-ASCII letter).
                guard ByteClass.isUpper(byte) || byte >= 0xC0 else { return false }
                words += 1
                atWordStart = false
            }
        }
        let lastByte = bytes[range.upperBound - 1]
        if lastByte == UInt8(ascii: "."), range.length > 1, !ByteClass.isUpper(bytes[range.upperBound - 2]) { return false }
        return words >= 2 && words <= 5
    }
}
