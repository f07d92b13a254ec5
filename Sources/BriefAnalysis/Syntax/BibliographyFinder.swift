/// Finds bibliography entries (spec §2): every paragraph under a bibliography heading, and
/// elsewhere the paragraphs shaped like an entry. A paragraph whose lines each look like an
/// entry holds one entry per line.
enum BibliographyFinder {
    static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line], _ roles: inout [LineRole], _ parsed: inout ParsedBrief) {
        // Markers and lines are both in text order: one walk marks the lines with markers.
        var linesWithMarkers = [Bool](repeating: false, count: lines.count)
        var line = 0
        for marker in parsed.markers {
            while line + 1 < lines.count, lines[line + 1].range.lowerBound <= marker.range.lowerBound { line += 1 }
            if line < lines.count { linesWithMarkers[line] = true }
        }
        let titleLine = lines.firstIndex { !$0.isBlank }
        let lastLine = lines.lastIndex { !$0.isBlank }

        // One buffer for every paragraph's items, rather than an array per paragraph.
        var items: [TextRange] = []
        var inSection = false
        var inReadingList = false
        var index = 0
        while index < lines.count {
            switch roles[index] {
            case .heading(let role):
                inSection = role == .bibliography
                inReadingList = role == .furtherReading
                index += 1
                continue
            case .body:
                break
            default:
                index += 1
                continue
            }
            var last = index
            while last + 1 < lines.count, roles[last + 1] == .body { last += 1 }
            let paragraph = index...last
            defer { index = last + 1 }
            if index == titleLine, !inSection { continue }
            if inReadingList { continue }
            // The byline (a short last line that is a name) ends the brief, not its bibliography.
            if inSection, index == last, last == lastLine, TitleFinder.isName(bytes, bytes.trimmed(lines[last].range)) { continue }
            if paragraph.contains(where: { linesWithMarkers[$0] }) { continue }
            guard entries(bytes, lines, paragraph, markdown: parsed.kind == .markdown, headed: inSection,
                          items: &items, into: &parsed.bibliography) else { continue }
            for claimed in paragraph { roles[claimed] = .bibliography }
        }
    }

    /// The entries in one paragraph, appended to `entries`: one per item when most items
    /// (lines, or list items) are entries of their own, else the paragraph as one entry, if
    /// it is one. False when the paragraph holds none. `items` is scratch space.
    private static func entries(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line], _ paragraph: ClosedRange<Int>, markdown: Bool, headed: Bool,
                                items: inout [TextRange], into entries: inout [TextRange]) -> Bool {
        // Items start at the paragraph's least indentation, after a line that ends a
        // sentence, with what can open a name; deeper lines (a hanging indent) and wrapped
        // lines continue them.
        var base = Int.max
        for index in paragraph { base = min(base, lines[index].indent) }
        items.removeAll(keepingCapacity: true)
        var previousEndsSentence = true
        for index in paragraph {
            let line = lines[index]
            let content = TextRange(stripListMarker(bytes, line, markdown: markdown), line.range.upperBound)
            let isListItem = markdown && content.lowerBound != line.contentStart
            let startsItem = isListItem
                || (line.indent <= base && previousEndsSentence && opensName(bytes, content.lowerBound, content.upperBound))
            if startsItem || items.isEmpty {
                items.append(content)
            } else {
                items[items.count - 1].upperBound = line.range.upperBound
            }
            let trimmed = bytes.trimmed(line.range)
            if trimmed.isEmpty {
                previousEndsSentence = true
            } else {
                let last = bytes[trimmed.upperBound - 1]
                previousEndsSentence = last == UInt8(ascii: ".") || last == UInt8(ascii: ")") || last == UInt8(ascii: "/")
                    || endsWithLink(bytes, trimmed)
            }
        }
        if items.count > 1 {
            var entryCount = 0
            for item in items where EntryShape.looksLikeEntry(bytes, item) { entryCount += 1 }
            if entryCount * 2 >= items.count {
                for item in items { entries.append(bytes.trimmed(item)) }
                return true
            }
        }
        let whole = TextRange(stripListMarker(bytes, lines[paragraph.lowerBound], markdown: markdown), lines[paragraph.upperBound].range.upperBound)
        if headed || EntryShape.looksLikeEntry(bytes, whole) {
            entries.append(bytes.trimmed(whole))
            return true
        }
        return false
    }

    /// True when the line ends with a web address or DOI (`https://doi.org/10.1080/0305.1998`):
    /// APA entries end so, without a period.
    private static func endsWithLink(_ bytes: UnsafeBufferPointer<UInt8>, _ line: TextRange) -> Bool {
        var start = line.upperBound
        while start > line.lowerBound, !ByteClass.isSpace(bytes[start - 1]) { start -= 1 }
        var index = start
        while index + 2 < line.upperBound {
            if bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == UInt8(ascii: "/") { return true }
            index += 1
        }
        return line.upperBound - start > 4 && ByteScan.hasPrefix(bytes, "doi:", at: start)
    }

    /// True when the text at `offset` can open an author's name: a capital (ASCII or not),
    /// a lower-case particle (`de Gaulle`, `van der Berg`), or Chicago's `———` for the
    /// author above; not a quotation mark, a digit or other punctuation.
    private static func opensName(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ end: Int) -> Bool {
        guard offset < end else { return false }
        let byte = bytes[offset]
        if ByteClass.isUpper(byte) { return true }
        if byte == 0xE2 { return offset + 2 < end && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x94 }
        if byte >= 0xC3 { return true }
        guard ByteClass.isASCIILetter(byte) else { return false }
        // A lower-case word opens a name only as a particle before a capital.
        var cursor = offset
        while cursor < end, ByteClass.isASCIILetter(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "'") { cursor += 1 }
        let word = cursor - offset
        guard word >= 1, word <= 3, cursor + 1 < end, bytes[cursor] == UInt8(ascii: " ") else { return false }
        return ByteClass.isUpper(bytes[cursor + 1]) || opensName(bytes, cursor + 1, end) && !ByteClass.isDigit(bytes[cursor + 1])
    }

    /// The offset after a Markdown list marker (`- `, `* `, `+ `, `12. `) opening the line.
    private static func stripListMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line, markdown: Bool) -> Int {
        let start = line.contentStart
        guard markdown, start < line.range.upperBound else { return start }
        var cursor = start
        let byte = bytes[cursor]
        if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") {
            cursor += 1
        } else {
            while cursor < line.range.upperBound, ByteClass.isDigit(bytes[cursor]), cursor - start < 4 { cursor += 1 }
            guard cursor > start, cursor < line.range.upperBound,
                  bytes[cursor] == UInt8(ascii: ".") || bytes[cursor] == UInt8(ascii: ")") else { return start }
            cursor += 1
        }
        guard cursor < line.range.upperBound, ByteClass.isSpace(bytes[cursor]) else { return start }
        while cursor < line.range.upperBound, ByteClass.isSpace(bytes[cursor]) { cursor += 1 }
        return cursor
    }
}
