/// The block structure of a Markdown brief that matters for notes: front matter, fenced
/// code, ATX headings and footnote definitions.
enum MarkdownBlocks {
    /// YAML front matter between `---` lines at the very top; its `title:` is the title.
    static func readFrontMatter(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line], _ roles: inout [LineRole], _ parsed: inout ParsedBrief) {
        guard let first = lines.first, isRule(bytes, first, of: UInt8(ascii: "-")) else { return }
        guard let close = lines.indices.dropFirst().first(where: {
            isRule(bytes, lines[$0], of: UInt8(ascii: "-")) || isRule(bytes, lines[$0], of: UInt8(ascii: "."))
        }) else { return }
        for index in 0...close {
            roles[index] = .frontMatter
            let line = lines[index]
            guard index > 0, index < close, line.indent == 0, bytes.hasPrefix("title:", at: line.contentStart) else { continue }
            var value = bytes.trimmed(TextRange(line.contentStart + 6, line.range.upperBound))
            if value.length >= 2, bytes[value.lowerBound] == bytes[value.upperBound - 1],
               bytes[value.lowerBound] == UInt8(ascii: "\"") || bytes[value.lowerBound] == UInt8(ascii: "'") {
                value = TextRange(value.lowerBound + 1, value.upperBound - 1)
            }
            if !value.isEmpty { parsed.title = value }
        }
    }

    /// `---` (or `...`) alone on a line.
    private static func isRule(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line, of mark: UInt8) -> Bool {
        let content = bytes.trimmed(line.range)
        guard line.indent == 0, content.length == 3 else { return false }
        return (content.lowerBound..<content.upperBound).allSatisfy { bytes[$0] == mark }
    }

    /// Fenced code blocks: a run of three or more backticks or tildes, closed by a run of the
    /// same character at least as long, or by the end of the document.
    static func readFences(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line], _ roles: inout [LineRole]) {
        var index = 0
        while index < lines.count {
            guard roles[index] == .body, let open = fence(bytes, lines[index]) else { index += 1; continue }
            roles[index] = .code
            var cursor = index + 1
            while cursor < lines.count {
                if roles[cursor] != .frontMatter { roles[cursor] = .code }
                if let close = fence(bytes, lines[cursor]), close.mark == open.mark, close.length >= open.length,
                   close.infoIsEmpty {
                    break
                }
                cursor += 1
            }
            index = cursor + 1
        }
    }

    private static func fence(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> (mark: UInt8, length: Int, infoIsEmpty: Bool)? {
        guard !line.isBlank, line.indent <= 3 else { return nil }
        let mark = bytes[line.contentStart]
        guard mark == UInt8(ascii: "`") || mark == UInt8(ascii: "~") else { return nil }
        var cursor = line.contentStart
        while cursor < line.range.upperBound, bytes[cursor] == mark { cursor += 1 }
        let length = cursor - line.contentStart
        guard length >= 3 else { return nil }
        let rest = bytes.trimmed(TextRange(cursor, line.range.upperBound))
        if mark == UInt8(ascii: "`"), (rest.lowerBound..<rest.upperBound).contains(where: { bytes[$0] == mark }) { return nil }
        return (mark, length, rest.isEmpty)
    }

    /// Indented code: lines indented four columns or more after a blank line, unless they
    /// continue a list item (footnote continuations are claimed before this runs).
    static func readIndentedCode(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line], _ roles: inout [LineRole]) {
        var lastContent: Int?
        for index in lines.indices {
            let line = lines[index]
            if line.isBlank { continue }
            defer { lastContent = index }
            guard roles[index] == .body, line.indent >= 4 else { continue }
            let previousIsCode = index > 0 && roles[index - 1] == .code
            let afterBlank = index == 0 || lines[index - 1].isBlank
            guard previousIsCode || afterBlank else { continue }
            if let previous = lastContent, roles[previous] != .code,
               lines[previous].indent >= 2 || startsListItem(bytes, lines[previous]) { continue }
            roles[index] = .code
        }
    }

    private static func startsListItem(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        var cursor = line.contentStart
        let end = line.range.upperBound
        guard cursor < end else { return false }
        let byte = bytes[cursor]
        if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") {
            return cursor + 1 < end && ByteClass.isSpace(bytes[cursor + 1])
        }
        while cursor < end, ByteClass.isDigit(bytes[cursor]) { cursor += 1 }
        return cursor > line.contentStart && cursor + 1 < end
            && (bytes[cursor] == UInt8(ascii: ".") || bytes[cursor] == UInt8(ascii: ")")) && ByteClass.isSpace(bytes[cursor + 1])
    }

    /// ATX headings (`# Title`); those naming notes or a bibliography get that role.
    static func readHeadings(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line], _ roles: inout [LineRole], _ parsed: inout ParsedBrief) {
        for (index, line) in lines.enumerated() where roles[index] == .body && line.indent <= 3 {
            var cursor = line.contentStart
            while cursor < line.range.upperBound, bytes[cursor] == UInt8(ascii: "#") { cursor += 1 }
            let level = cursor - line.contentStart
            guard level >= 1, level <= 6, cursor == line.range.upperBound || ByteClass.isSpace(bytes[cursor]) else { continue }
            let content = TextRange(line.contentStart, line.range.upperBound)
            if let heading = HeadingClassifier.classify(bytes, content) {
                roles[index] = .heading(heading.role)
                parsed.headings.append(Heading(range: heading.text, lineRange: line.range, role: heading.role, level: level))
            } else {
                var text = bytes.trimmed(TextRange(cursor, line.range.upperBound))
                while text.upperBound > text.lowerBound, bytes[text.upperBound - 1] == UInt8(ascii: "#") { text.upperBound -= 1 }
                text = bytes.trimmed(text)
                roles[index] = .heading(.other)
                parsed.headings.append(Heading(range: text, lineRange: line.range, role: .other, level: level))
            }
        }
    }

    /// `[^label]: text`, continued by the lines straight after it (lazily) and by later
    /// paragraphs indented four columns or more.
    static func readDefinitions(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line], _ roles: inout [LineRole],
                                _ parsed: inout ParsedBrief, _ labels: inout LabelTable) {
        // Room for every line that could open a definition: growing an array of notes copies them.
        var openers = 0
        for line in lines where !line.isBlank && line.indent <= 3 {
            let first = bytes[line.contentStart]
            if first == UInt8(ascii: "[") || first == UInt8(ascii: ">") { openers += 1 }
        }
        parsed.notes.reserveCapacity(parsed.notes.count + openers)
        labels.reserveCapacity(openers)
        var index = 0
        // The label of the line that stopped the last definition, read there already.
        var known: (index: Int, label: (text: TextRange, range: TextRange))?
        while index < lines.count {
            let read = known?.index == index ? known?.label : roles[index] == .body ? definitionLabel(bytes, lines[index]) : nil
            guard roles[index] == .body, let label = read else { index += 1; continue }
            var last = index
            var cursor = index + 1
            known = nil
            while cursor < lines.count {
                let next = roles[cursor] == .body && !lines[cursor].isBlank ? definitionLabel(bytes, lines[cursor]) : nil
                if let next { known = (cursor, next) }
                if roles[cursor] == .body, !lines[cursor].isBlank, next == nil,
                   last == cursor - 1 || lines[cursor].indent >= 4 {
                    last = cursor
                    cursor += 1
                } else if roles[cursor] == .blank || (roles[cursor] == .code && lines[cursor].indent >= 4) {
                    cursor += 1
                } else {
                    break
                }
            }
            let start = label.range.lowerBound
            let range = TextRange(start, lines[last].range.upperBound)
            let id = labels.id(text: bytes, label.text, foldCase: true)
            parsed.notes.append(NoteDefinition(
                label: id.label, labelID: id.id, labelRange: label.range,
                bodyRange: bytes.trimmed(TextRange(label.range.upperBound, range.upperBound)),
                range: range, style: .markdown))
            for claimed in index...last where roles[claimed] != .code { roles[claimed] = .note }
            index = last + 1
        }
    }

    /// The label of `[^label]:` opening a line (after up to three spaces and any `>` of a
    /// block quote). Labels hold no white space or brackets.
    static func definitionLabel(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> (text: TextRange, range: TextRange)? {
        guard !line.isBlank, line.indent <= 3 else { return nil }
        var cursor = line.contentStart
        let end = line.range.upperBound
        while cursor < end, bytes[cursor] == UInt8(ascii: ">") {
            cursor += 1
            while cursor < end, ByteClass.isSpace(bytes[cursor]) { cursor += 1 }
        }
        guard let marker = MarkdownInlineScanner.footnoteReference(bytes, at: cursor, limit: end),
              marker.range.upperBound < end, bytes[marker.range.upperBound] == UInt8(ascii: ":") else { return nil }
        return (marker.label, TextRange(marker.range.lowerBound, marker.range.upperBound + 1))
    }
}
