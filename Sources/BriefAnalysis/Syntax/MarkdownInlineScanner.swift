/// Finds `[^label]` markers in Markdown running text, skipping code spans and escapes.
enum MarkdownInlineScanner {
    /// `[^label]` at `offset`: where the label's text stands, and the whole reference.
    static func footnoteReference(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, limit: Int) -> (label: TextRange, range: TextRange)? {
        guard offset + 1 < limit, bytes[offset] == UInt8(ascii: "["), bytes[offset + 1] == UInt8(ascii: "^") else { return nil }
        var cursor = offset + 2
        while cursor < limit {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "[") || ByteClass.isWhitespace(byte) { break }
            cursor += 1
        }
        guard cursor > offset + 2, cursor < limit, bytes[cursor] == UInt8(ascii: "]") else { return nil }
        return (TextRange(offset + 2, cursor), TextRange(offset, cursor + 1))
    }

    /// Markers in every paragraph that is running text, a note or a bibliography entry.
    static func markers(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line], _ roles: [LineRole], _ notes: [NoteDefinition],
                        _ labels: inout LabelTable) -> [NoteMarker] {
        // Notes are in text order and so is the scan: a cursor into their starts tells a
        // definition's own label from a marker without hashing.
        var scan = Scan(labelStarts: notes.map(\.labelRange.lowerBound))
        var markers: [NoteMarker] = []
        // Most notes are cited about once: room for that many markers spares the copies of growing.
        markers.reserveCapacity(notes.count)
        var special = SpecialBytes()
        // One table for every paragraph, emptied rather than dropped, so that its buffers
        // are reused.
        var backticks = BacktickRuns()
        var index = 0
        while index < lines.count {
            guard isScanned(roles[index]) else { index += 1; continue }
            var last = index
            while last + 1 < lines.count, isScanned(roles[last + 1]), !lines[last + 1].isBlank { last += 1 }
            scanParagraph(bytes, TextRange(lines[index].range.lowerBound, lines[last].range.upperBound), &scan, &special, &backticks, &markers, &labels)
            index = last + 1
        }
        return markers
    }

    private static func isScanned(_ role: LineRole) -> Bool {
        switch role {
        case .body, .note, .bibliography, .heading: return true
        case .blank, .code, .frontMatter: return false
        }
    }

    /// Code spans may cross line breaks inside a paragraph, so a paragraph is scanned whole.
    private struct Scan {
        let labelStarts: [Int]
        var next = 0

        /// True when a definition's label starts at `offset`; offsets only grow.
        mutating func isLabel(at offset: Int) -> Bool {
            while next < labelStarts.count, labelStarts[next] < offset { next += 1 }
            return next < labelStarts.count && labelStarts[next] == offset
        }
    }

    private static func scanParagraph(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, _ scan: inout Scan, _ special: inout SpecialBytes,
                                      _ backticks: inout BacktickRuns, _ markers: inout [NoteMarker], _ labels: inout LabelTable) {
        var cursor = range.lowerBound
        let end = range.upperBound
        // Runs are found per paragraph.
        backticks.reset()
        while let next = special.next(bytes, from: cursor, end: end) {
            cursor = next
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\\") {
                cursor += 2
            } else if byte == UInt8(ascii: "<"), bytes.hasPrefix("<!--", at: cursor) {
                // An HTML comment hides what it holds from the reader, markers included.
                cursor = commentEnd(bytes, from: cursor + 4, limit: end)
            } else if byte == UInt8(ascii: "`") {
                var run = cursor
                while run < end, bytes[run] == UInt8(ascii: "`") { run += 1 }
                let length = run - cursor
                if !backticks.isLoaded { backticks.load(bytes, from: cursor, limit: end) }
                cursor = backticks.closing(length: length, after: cursor) ?? run
            } else if byte == UInt8(ascii: "["), let marker = footnoteReference(bytes, at: cursor, limit: end) {
                if !scan.isLabel(at: cursor) {
                    let label = labels.id(text: bytes, marker.label, foldCase: true)
                    markers.append(NoteMarker(label: label.label, labelID: label.id, range: marker.range))
                }
                cursor = marker.range.upperBound
            } else {
                cursor += 1
            }
        }
    }

    /// The offset after the `-->` closing a comment, or the paragraph's end.
    private static func commentEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        var cursor = start
        while cursor + 2 < limit {
            if bytes[cursor] == UInt8(ascii: "-"), bytes[cursor + 1] == UInt8(ascii: "-"), bytes[cursor + 2] == UInt8(ascii: ">") {
                return cursor + 3
            }
            cursor += 1
        }
        return limit
    }

    /// Where the next byte that can open something (`\\`, `<`, `` ` ``, `[`) stands. They are
    /// rare in prose, so jumping between them with `memchr` beats testing every byte. Each is
    /// searched for to the end of the document, not of the paragraph, and the answer kept
    /// while the cursor has not passed it: paragraphs come in text order, so a byte absent
    /// from a long stretch costs one search, not one per paragraph.
    struct SpecialBytes {
        /// The next offset of each mark at or after the last cursor asked about (the
        /// document's end for none; -1 before the first search).
        private var positions: (Int, Int, Int, Int) = (-1, -1, -1, -1)

        /// The first offset in `cursor..<end` holding one of the marks, or nil. Cursors
        /// must not go back.
        mutating func next(_ bytes: UnsafeBufferPointer<UInt8>, from cursor: Int, end: Int) -> Int? {
            guard cursor < end else { return nil }
            let rest = TextRange(cursor, bytes.count)
            if positions.0 < cursor { positions.0 = bytes.firstIndex(of: UInt8(ascii: "\\"), in: rest) ?? bytes.count }
            if positions.1 < cursor { positions.1 = bytes.firstIndex(of: UInt8(ascii: "<"), in: rest) ?? bytes.count }
            if positions.2 < cursor { positions.2 = bytes.firstIndex(of: UInt8(ascii: "`"), in: rest) ?? bytes.count }
            if positions.3 < cursor { positions.3 = bytes.firstIndex(of: UInt8(ascii: "["), in: rest) ?? bytes.count }
            let first = min(min(positions.0, positions.1), min(positions.2, positions.3))
            return first < end ? first : nil
        }
    }

    /// Every run of backticks in a paragraph, by length: a code span closes at the next run
    /// of the same length, and looking it up here keeps a paragraph full of unmatched runs
    /// linear.
    private struct BacktickRuns {
        /// Runs shorter than this (nearly all) are kept in arrays indexed by length.
        private static let shortLengths = 8
        /// Starts of the runs of each short length, and how far `closing` has got in each.
        private var short = [[Int]](repeating: [], count: shortLengths)
        private var shortNext = [Int](repeating: 0, count: shortLengths)
        /// The same for longer runs, by length.
        private var long: [Int: [Int]] = [:]
        private var longNext: [Int: Int] = [:]
        /// True once `load` has read the current paragraph.
        private(set) var isLoaded = false

        /// Reads the runs from `start` to `limit`.
        mutating func load(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) {
            isLoaded = true
            var cursor = start
            while let tick = bytes.firstIndex(of: UInt8(ascii: "`"), in: TextRange(cursor, limit)) {
                var run = tick
                while run < limit, bytes[run] == UInt8(ascii: "`") { run += 1 }
                let length = run - tick
                if length < Self.shortLengths { short[length].append(tick) } else { long[length, default: []].append(tick) }
                cursor = run
            }
        }

        /// Forgets the paragraph read, keeping the buffers.
        mutating func reset() {
            guard isLoaded else { return }
            isLoaded = false
            for length in short.indices where !short[length].isEmpty { short[length].removeAll(keepingCapacity: true) }
            for length in shortNext.indices { shortNext[length] = 0 }
            if !long.isEmpty { long = [:] }
            if !longNext.isEmpty { longNext = [:] }
        }

        /// The offset after the first run of `length` backticks starting after `opener`;
        /// openers are asked for in text order.
        mutating func closing(length: Int, after opener: Int) -> Int? {
            if length >= 0, length < Self.shortLengths {
                let count = short[length].count
                guard count > 0 else { return nil }
                var index = shortNext[length]
                while index < count, short[length][index] <= opener { index += 1 }
                shortNext[length] = index
                return index < count ? short[length][index] + length : nil
            }
            guard let runs = long[length] else { return nil }
            var index = longNext[length] ?? 0
            while index < runs.count, runs[index] <= opener { index += 1 }
            longNext[length] = index
            return index < runs.count ? runs[index] + length : nil
        }
    }

}
