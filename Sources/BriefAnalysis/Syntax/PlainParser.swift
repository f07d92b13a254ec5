/// Reads a plain-text brief (spec §1–2): `[n]` markers, `[n] …` endnote lines,
/// `[Footnote n: …]` blocks, numbered reference lists, the bibliography, title and byline.
public enum PlainParser {
    public static func parse(_ text: SourceText) -> ParsedBrief {
        parse(text, notesRead: nil)
    }

    /// Calls `notesRead` with the notes, in text order, as soon as they are read, before the
    /// markers and the bibliography: the analysis starts on them meanwhile. (A note may yet
    /// turn out to be a reference list entry.)
    static func parse(_ text: SourceText, notesRead: (([NoteDefinition]) -> Void)?) -> ParsedBrief {
        var parsed = ParsedBrief(text: text, kind: .plain)
        var labels = LabelTable()
        text.bytes.withUnsafeBufferPointer { bytes in
            let lines = LineTable.lines(text, bytes)
            var roles = LineTable.roles(lines)

            readHeadings(bytes, lines, &roles, &parsed)
            readFootnoteBlocks(bytes, lines, &roles, &parsed, &labels)
            readEndnotes(bytes, lines, &roles, &parsed, &labels)
            parsed.notes.sort { $0.range < $1.range }
            notesRead?(parsed.notes)

            let scan = PlainMarkerScanner.scan(bytes, lines: lines, roles: roles, noteStarts: parsed.notes.map(\.labelRange.lowerBound))
            parsed.isReferenceList = isReferenceList(lines, roles, parsed, scan.candidates)
            if parsed.isReferenceList {
                for index in parsed.notes.indices where parsed.notes[index].style == .endnote {
                    parsed.notes[index].style = .referenceEntry
                }
            }
            parsed.markers = PlainMarkerScanner.citations(scan.candidates, keepSpaced: parsed.isReferenceList,
                                                          notes: parsed.notes, bytes: bytes, labels: &labels)
            parsed.listCitedLabels = Set(scan.listed.map { labels.id(number: $0).id })
            parsed.labels = labels.labels
            parsed.labelNumbers = labels.numbers
            NoteLinker.link(&parsed)
            BibliographyFinder.find(bytes, lines, &roles, &parsed)
            TitleFinder.find(bytes, lines, roles, &parsed)
        }
        return parsed
    }

    private static func readHeadings(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line], _ roles: inout [LineRole], _ parsed: inout ParsedBrief) {
        for (index, line) in lines.enumerated() where !line.isBlank && line.indent <= 8 {
            let content = TextRange(line.contentStart, line.range.upperBound)
            // `classify` turns down anything longer at once; most lines are, and skipping the call pays.
            guard content.length <= HeadingClassifier.longest, let heading = HeadingClassifier.classify(bytes, content) else {
                if isOtherHeading(bytes, lines, index) { roles[index] = .heading(.other) }
                continue
            }
            roles[index] = .heading(heading.role)
            parsed.headings.append(Heading(range: heading.text, lineRange: line.range, role: heading.role, level: heading.level))
        }
    }

    /// A short line standing alone between blank lines, unindented, that does not end a
    /// sentence and holds no comma: "18 Authors' Addresses". It ends a bibliography section; plain-text
    /// headings are too loose a notion to list in the outline.
    @inline(__always)
    private static func isOtherHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line], _ index: Int) -> Bool {
        let line = lines[index]
        guard line.indent == 0, index > 0, lines[index - 1].isBlank, index + 1 < lines.count, lines[index + 1].isBlank else { return false }
        let content = bytes.trimmed(line.range)
        guard content.length >= 2, content.length <= 60 else { return false }
        let first = bytes[content.lowerBound]
        guard ByteClass.isUpper(first) || ByteClass.isDigit(first) else { return false }
        // A sentence may end inside a closing quotation mark: `Lloyd's Register. "IMO Ban."`.
        var end = content.upperBound
        if bytes[end - 1] == UInt8(ascii: "\"") || bytes[end - 1] == UInt8(ascii: "'") {
            end -= 1
        } else if end - content.lowerBound >= 4, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x9D || bytes[end - 1] == 0x99 {
            end -= 3
        }
        let last = bytes[end - 1]
        if last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";") { return false }
        // A comma marks a short bibliography entry ("Smith, John. Draft"), not a heading.
        return !(content.lowerBound..<content.upperBound).contains { bytes[$0] == UInt8(ascii: "[") || bytes[$0] == UInt8(ascii: ",") }
    }

    /// Project Gutenberg's `[Footnote n: …]`, which may run over several lines and hold
    /// brackets of its own.
    private static func readFootnoteBlocks(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line], _ roles: inout [LineRole],
                                           _ parsed: inout ParsedBrief, _ labels: inout LabelTable) {
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let start = line.contentStart
            guard !line.isBlank, bytes[start] == UInt8(ascii: "["), roles[index] == .body,
                  bytes.hasPrefix("[footnote", at: start) else { index += 1; continue }
            var cursor = start + 9
            while cursor < line.range.upperBound, ByteClass.isSpace(bytes[cursor]) { cursor += 1 }
            let labelStart = cursor
            while cursor < line.range.upperBound, ByteClass.isDigit(bytes[cursor]) || ByteClass.isASCIILetter(bytes[cursor]) { cursor += 1 }
            let labelEnd = cursor
            while cursor < line.range.upperBound, ByteClass.isSpace(bytes[cursor]) { cursor += 1 }
            guard labelEnd > labelStart, labelEnd - labelStart <= 8, cursor < line.range.upperBound,
                  bytes[cursor] == UInt8(ascii: ":") else { index += 1; continue }
            let bodyStart = cursor + 1
            let (close, lastLine) = closingBracket(bytes, lines, from: bodyStart, line: index)
            let end = close.map { $0 + 1 } ?? lines[lastLine].range.upperBound
            let body = bytes.trimmed(TextRange(bodyStart, close ?? end))
            let label = footnoteLabel(bytes, TextRange(labelStart, labelEnd), &labels)
            parsed.notes.append(NoteDefinition(
                label: label.label, labelID: label.id, labelRange: TextRange(start, bodyStart), bodyRange: body, range: TextRange(start, end), style: .footnoteBlock))
            for claimed in index...lastLine { roles[claimed] = .note }
            index = lastLine + 1
        }
    }

    /// The `]` closing a footnote block opened before `offset`, and the line it is on.
    /// Gives up at the end of the paragraph after next (a block may hold a blank line, but
    /// an unclosed one must not swallow the book).
    private static func closingBracket(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line], from offset: Int, line first: Int) -> (Int?, Int) {
        var depth = 0
        var blankRuns = 0
        var lastContentLine = first
        var index = first
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                if index > 0, !lines[index - 1].isBlank { blankRuns += 1 }
                if blankRuns >= 2 { break }
                index += 1
                continue
            }
            lastContentLine = index
            var cursor = index == first ? offset : line.range.lowerBound
            while cursor < line.range.upperBound {
                let byte = bytes[cursor]
                if byte == UInt8(ascii: "[") {
                    depth += 1
                } else if byte == UInt8(ascii: "]") {
                    if depth == 0 { return (cursor, index) }
                    depth -= 1
                }
                cursor += 1
            }
            index += 1
        }
        // Unclosed: the block is its first paragraph.
        var end = first
        while end + 1 < lines.count, !lines[end + 1].isBlank { end += 1 }
        return (nil, min(end, lastContentLine))
    }

    /// A block's label: a number (leading zeros dropped) or letters, as written.
    private static func footnoteLabel(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, _ labels: inout LabelTable) -> (id: Int, label: String) {
        var number = 0
        var index = range.lowerBound
        while index < range.upperBound, ByteClass.isDigit(bytes[index]) {
            number = number * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        if index == range.upperBound, number > 0 { return labels.id(number: number) }
        return labels.id(text: bytes, range, foldCase: false)
    }

    /// `[n] text` lines opening a paragraph, and the lines continuing them.
    private static func readEndnotes(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line], _ roles: inout [LineRole],
                                     _ parsed: inout ParsedBrief, _ labels: inout LabelTable) {
        // Room for every line that could open a note: growing an array of notes copies them.
        var openers = 0
        for line in lines where !line.isBlank && line.indent <= 8 && bytes[line.contentStart] == UInt8(ascii: "[") { openers += 1 }
        parsed.notes.reserveCapacity(parsed.notes.count + openers)
        labels.reserveCapacity(openers)
        var index = 0
        // The label of the line that stopped the last note, read there already.
        var known: (index: Int, label: (number: Int, range: TextRange))?
        while index < lines.count {
            let read = known?.index == index ? known?.label : roles[index] == .body ? endnoteLabel(bytes, lines[index]) : nil
            guard roles[index] == .body, let label = read else { index += 1; continue }
            let opensParagraph = index == 0 || roles[index - 1] == .blank || roles[index - 1] == .note
                || roles[index - 1].isHeading
            guard opensParagraph else { index += 1; continue }
            var last = index
            known = nil
            while last + 1 < lines.count, roles[last + 1] == .body {
                if let next = endnoteLabel(bytes, lines[last + 1]) {
                    known = (last + 1, next)
                    break
                }
                last += 1
            }
            let line = lines[index]
            let range = TextRange(line.contentStart, lines[last].range.upperBound)
            let id = labels.id(number: label.number)
            parsed.notes.append(NoteDefinition(
                label: id.label, labelID: id.id, labelRange: label.range,
                bodyRange: bytes.trimmed(TextRange(label.range.upperBound, range.upperBound)),
                range: range, style: .endnote))
            for claimed in index...last { roles[claimed] = .note }
            index = last + 1
        }
    }

    /// The label of a line that opens an endnote: `[n]` at the start (indented at most
    /// eight columns), then white space and text that is not `=` (a legend such as
    /// `[1]  = Whole-note` defines a symbol, not a note).
    private static func endnoteLabel(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> (number: Int, range: TextRange)? {
        guard !line.isBlank, line.indent <= 8 else { return nil }
        let start = line.contentStart
        guard let label = PlainMarkerScanner.bracketedNumber(bytes, at: start, limit: line.range.upperBound) else { return nil }
        var cursor = label.range.upperBound
        if cursor == line.range.upperBound { return (label.number, label.range) }
        guard ByteClass.isSpace(bytes[cursor]) else { return nil }
        while cursor < line.range.upperBound, ByteClass.isSpace(bytes[cursor]) { cursor += 1 }
        if cursor < line.range.upperBound, bytes[cursor] == UInt8(ascii: "=") { return nil }
        return (label.number, label.range)
    }

    /// A numbered reference list (IEEE/RFC): its entries are indented, sit under a
    /// *References* heading, or are cited again and again.
    private static func isReferenceList(_ lines: [Line], _ roles: [LineRole], _ parsed: ParsedBrief, _ candidates: [PlainMarkerScanner.Candidate]) -> Bool {
        // Notes and lines are both in text order: one walk finds each endnote's line.
        var endnotes = 0
        var indented = 0
        var firstLine: Int?
        var line = 0
        for note in parsed.notes where note.style == .endnote {
            while line + 1 < lines.count, lines[line + 1].range.lowerBound <= note.range.lowerBound { line += 1 }
            endnotes += 1
            if lines[line].indent >= 2 { indented += 1 }
            if firstLine == nil { firstLine = line }
        }
        guard endnotes > 0 else { return false }
        if indented * 2 > endnotes { return true }
        if let firstLine {
            var index = firstLine - 1
            while index >= 0, roles[index] == .blank { index -= 1 }
            if index >= 0, roles[index] == .heading(.bibliography) { return true }
        }
        var numbers = NumberSet()
        var distinct = 0
        for candidate in candidates where candidate.letter == 0 {
            if numbers.insert(candidate.number) { distinct += 1 }
        }
        return distinct >= 3 && candidates.count >= 2 * distinct
    }

}

/// What a line is, as far as the block parsers have decided.
enum LineRole: Equatable {
    case blank, body, note, bibliography, heading(Heading.Role), code, frontMatter

    var isHeading: Bool {
        if case .heading = self { return true }
        return false
    }
}
