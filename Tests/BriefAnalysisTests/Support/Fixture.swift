import BriefAnalysis

/// A brief written inline in a test, with markers stripped out:
/// `⟦…⟧` around each expected range (in order of their opening marks) and `$0` for a cursor.
struct Fixture {
    /// The brief without markers.
    let text: String
    /// Expected ranges as UTF-8 byte offsets into `text`, in order of their `⟦`.
    let ranges: [TextRange]
    /// The `$0` cursor's byte offset, if the fixture has one.
    let cursor: Int?
    /// The fixture as written, for failure messages.
    let source: String

    init(_ marked: String) {
        source = marked
        var bytes: [UInt8] = []
        var opens: [Int] = []
        var ranges: [(order: Int, range: TextRange)] = []
        var opened = 0
        var cursor: Int?
        var index = marked.startIndex
        while index < marked.endIndex {
            let character = marked[index]
            if character == "⟦" {
                opens.append(bytes.count)
                ranges.append((opened, TextRange(bytes.count, bytes.count)))
                opened += 1
            } else if character == "⟧", let start = opens.popLast() {
                if let slot = ranges.lastIndex(where: { $0.range.lowerBound == start && $0.range.isEmpty && $0.range.upperBound == start }) {
                    ranges[slot].range = TextRange(start, bytes.count)
                }
            } else if character == "$", marked[index...].hasPrefix("$0") {
                cursor = bytes.count
                index = marked.index(index, offsetBy: 2)
                continue
            } else {
                bytes.append(contentsOf: String(character).utf8)
            }
            index = marked.index(after: index)
        }
        text = String(decoding: bytes, as: UTF8.self)
        self.ranges = ranges.sorted { $0.order < $1.order }.map(\.range)
        self.cursor = cursor
    }

    /// The text of each expected range, handy in assertions that print well.
    var rangeTexts: [String] {
        let source = SourceText(text)
        return ranges.map { source.string(in: $0) }
    }
}

extension AnalyzedBrief {
    /// Findings rendered as `BRF011 "Ibdi."` lines: code plus the text it covers, which makes
    /// a failing comparison readable.
    func findingLines(_ codes: Set<FindingCode>? = nil) -> [String] {
        findings.filter { codes?.contains($0.code) ?? true }.map { "\($0.code.rawValue) \"\(text.string(in: $0.range))\"" }
    }
}
