/// Recognises the headings that open a brief's notes or bibliography (spec §2): *Notes*,
/// *Endnotes*, *Footnotes*, *Bibliography*, *References*, *Works Cited*, *Sources*…, in any
/// case, with optional `#` marks, section number and trailing colon.
enum HeadingClassifier {
    private static let notesWords: Set<String> = ["notes", "endnotes", "footnotes", "end notes", "foot notes"]
    private static let furtherReadingWords: Set<String> = [
        "further reading", "recommended reading", "suggested reading", "additional reading", "related reading",
        "see also", "further resources", "additional resources", "for further reading", "reading list",
    ]
    private static let bibliographyWords: Set<String> = [
        "bibliography", "references", "works cited", "sources", "literature cited", "reference list",
        "select bibliography", "selected bibliography", "sources cited", "works consulted", "literature",
        "citations", "references and notes", "bibliography and notes", "cited works",
    ]

    /// The role of a line that is a heading of one of these kinds, else nil. `range` is the
    /// line's content; the returned range covers the heading word(s).
    /// The longest line content `classify` considers, in bytes.
    static let longest = 48

    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> (role: Heading.Role, text: TextRange, level: Int)? {
        guard range.length <= longest else { return nil }
        var lower = range.lowerBound
        var upper = range.upperBound
        var level = 0
        while lower < upper, bytes[lower] == UInt8(ascii: "#") { level += 1; lower += 1 }
        while lower < upper, ByteClass.isSpace(bytes[lower]) { lower += 1 }
        // Section numbers: "17 References", "17. References", "IV. Notes".
        var cursor = lower
        while cursor < upper, ByteClass.isDigit(bytes[cursor]) || bytes[cursor] == UInt8(ascii: ".") { cursor += 1 }
        if cursor > lower, cursor < upper, ByteClass.isSpace(bytes[cursor]) {
            lower = cursor
            while lower < upper, ByteClass.isSpace(bytes[lower]) { lower += 1 }
        }
        while upper > lower, ByteClass.isSpace(bytes[upper - 1]) || bytes[upper - 1] == UInt8(ascii: ":")
            || bytes[upper - 1] == UInt8(ascii: "#") { upper -= 1 }
        guard upper > lower else { return nil }
        // Every heading word starts with one of these letters; most lines stop here, before
        // any allocation.
        switch ByteClass.lowered(bytes[lower]) {
        case UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "c"), UInt8(ascii: "e"), UInt8(ascii: "f"), UInt8(ascii: "l"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "s"), UInt8(ascii: "w"), UInt8(ascii: "*"), UInt8(ascii: "_"):
            break
        default:
            return nil
        }
        var word: [UInt8] = []
        word.reserveCapacity(upper - lower)
        var lastWasSpace = false
        for index in lower..<upper {
            var byte = bytes[index]
            if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") { continue }
            if ByteClass.isSpace(byte) {
                if lastWasSpace { continue }
                lastWasSpace = true
                byte = 0x20
            } else {
                lastWasSpace = false
            }
            word.append(ByteClass.lowered(byte))
        }
        let key = String(decoding: word, as: UTF8.self)
        let text = TextRange(lower, upper)
        if notesWords.contains(key) { return (.notes, text, max(level, 1)) }
        if bibliographyWords.contains(key) { return (.bibliography, text, max(level, 1)) }
        if furtherReadingWords.contains(key) { return (.furtherReading, text, max(level, 1)) }
        return nil
    }
}
