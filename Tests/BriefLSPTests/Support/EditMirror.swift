@testable import BriefLSP

/// A document kept by the test as Unicode scalars, edited the way an editor would, which
/// produces the LSP range of each edit in either encoding.
struct EditMirror {
    private(set) var scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    var text: String {
        var string = ""
        string.unicodeScalars.append(contentsOf: scalars)
        return string
    }

    /// The LSP position of scalar index `index`: lines end at `\n`, `\r\n` or `\r`.
    func position(_ index: Int, encoding: String) -> JSONValue {
        var line = 0
        var column = 0
        var cursor = 0
        while cursor < index {
            let scalar = scalars[cursor]
            if scalar == "\r", cursor + 1 < scalars.count, scalars[cursor + 1] == "\n", cursor + 1 < index {
                cursor += 2
                line += 1
                column = 0
                continue
            }
            if scalar == "\n" || scalar == "\r" {
                line += 1
                column = 0
            } else {
                switch encoding {
                case "utf-8": column += String(scalar).utf8.count
                case "utf-32": column += 1
                default: column += scalar.value > 0xFFFF ? 2 : 1
                }
            }
            cursor += 1
        }
        return ["line": .int(line), "character": .int(column)]
    }

    /// Replaces scalars `lower..<upper` and returns the LSP change that does the same.
    mutating func replace(_ lower: Int, _ upper: Int, with replacement: String, encoding: String) -> JSONValue {
        let change: JSONValue = [
            "range": ["start": position(lower, encoding: encoding), "end": position(upper, encoding: encoding)],
            "text": .string(replacement),
        ]
        scalars.replaceSubrange(lower..<upper, with: Array(replacement.unicodeScalars))
        return change
    }

    /// Whether an edit boundary at `index` would split a `\r\n` pair, which an editor's
    /// position cannot express (both sides are the same line end).
    func splitsLineBreak(_ index: Int) -> Bool {
        index > 0 && index < scalars.count && scalars[index - 1] == "\r" && scalars[index] == "\n"
    }
}

/// A small deterministic random number generator (SplitMix64), so failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum RandomEdits {
    /// Pieces of text an edit inserts: plain words, markers, line breaks of every kind,
    /// emoji, CJK, combining marks.
    static let insertions = ["", "a", " ", "word ", "[1]", "[9]", "[3] Ibid.\n", "\n", "\r\n", "\r", "\n\n",
                             "😀", "👍🏽", "中文", "é", "e\u{301}", "“quoted”", "Ibdi.", "(", ")", "𝄞", "\t"]

    /// A random edit of `mirror`: returns the LSP change and applies it to the mirror.
    static func edit(_ mirror: inout EditMirror, encoding: String, using generator: inout SeededGenerator) -> JSONValue {
        let count = mirror.scalars.count
        var lower = Int.random(in: 0...count, using: &generator)
        var upper = min(count, lower + Int.random(in: 0...12, using: &generator))
        while mirror.splitsLineBreak(lower) { lower -= 1 }
        while mirror.splitsLineBreak(upper) { upper += 1 }
        var insertion = insertions.randomElement(using: &generator) ?? ""
        // Gluing `\r` to a following `\n` (or `\n` after a kept `\r`) would merge two line
        // breaks into one, which changes what the positions of later edits mean.
        if insertion.unicodeScalars.last == "\r", upper < count, mirror.scalars[upper] == "\n" { insertion = "x" }
        if insertion.unicodeScalars.first == "\n", lower > 0, mirror.scalars[lower - 1] == "\r" { insertion = "y" }
        return mirror.replace(lower, upper, with: insertion, encoding: encoding)
    }
}
